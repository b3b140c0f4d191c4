import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { FilmElement } from '../src/core/film-element.js';
import type { FilmInput } from '../src/model/types.js';

/** The text a reader sees, with runs of white space folded. */
export const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const shadow = (el: Element) => el.shadowRoot!;

/** Waits until the element has settled in `status` (and its render has landed). */
export async function settled<T extends FilmElement>(el: T, status: FilmElement['status'], timeout = 5000): Promise<T> {
  await waitUntil(() => el.status === status, `expected status ${status}, got ${el.status}`, { timeout });
  await el.updateComplete;
  return el;
}

/** The labelled rows of an infobox-like `<dl>`, as [label, value] text pairs. */
export const rows = (el: Element) =>
  [...shadow(el).querySelectorAll('.row')].map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]);

let ballerina: unknown;
/** The demo data set, as the file holds it. */
export async function loadBallerina(): Promise<FilmInput & Record<string, unknown>> {
  ballerina ??= await (await fetch('/demo/data/ballerina.json')).json();
  return structuredClone(ballerina) as FilmInput & Record<string, unknown>;
}

export { fixture, html, oneEvent, waitUntil };
