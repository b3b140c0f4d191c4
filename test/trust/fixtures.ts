/** What the trust suites share: the films they feed, how they mount an element, what they read back. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { FilmElement, FilmStatus } from '../../src/core/film-element.js';
import { loadBallerina } from '../helpers.js';
import type { FilmInput } from '../../src/model/types.js';
import type { TrustedElement } from './elements.js';

export type Json = Record<string, unknown>;

export const isChromium = () => navigator.userAgent.includes('Chrome/');

/**
 * Ballerina with what its data lacks for these checks: safe links on people, reviews, scores
 * and other films; a poster, cast photos and a trailer; and a second award with results, so
 * the accolade filters, the per-award totals and every kind of control are on screen.
 */
export async function richFilm(): Promise<FilmInput & Json> {
  const film = await loadBallerina();
  const credits = film['credits'] as Record<string, Json[]>;
  credits['directors']![0]!['url'] = '/people/lee-chung-hyun';
  credits['starring']![0]!['url'] = '/people/jeon-jong-seo';
  film['url'] = '/films/ballerina';
  film['poster'] = { src: '/mock/poster.png', alt: 'Ok-ju in a dark corridor', width: 200, height: 300 };
  film['trailer'] = { url: '/trailers/ballerina', name: 'Official trailer', thumbnail: { src: '/mock/thumb.png', alt: 'A still' } };
  const cast = film['cast'] as Json[];
  cast[0]!['photo'] = { src: '/mock/jeon.png', alt: 'Jeon Jong-seo' };
  (cast[1]!['actor'] as Json)['url'] = '/people/kim-ji-hoon';
  for (const [i, review] of (film['reviews'] as Json[]).entries()) {
    review['url'] = `/reviews/${i}`;
    if (review['critic'] && typeof review['critic'] === 'object') (review['critic'] as Json)['url'] = `/critics/${i}`;
    review['recommendations'] = [{ title: 'The Call', note: 'the same director', url: '/films/the-call' }];
  }
  for (const score of film['scores'] as unknown as Json[]) score['url'] = '/scores/rt';
  for (const other of film['otherFilms'] as unknown as Json[]) other['url'] = '/films/other';
  for (const source of film['sources'] as unknown as Json[]) source['url'] = `/sources/${String(source['id'])}`;
  // Every milestone cites the encyclopedia alone, which a timeline would name once: two cite
  // other sources here, so the timeline has footnote markers to reach.
  const [first, second] = film['milestones'] as unknown as Json[];
  first!['sources'] = ['preview'];
  second!['sources'] = ['blog-review'];
  (film['accolades'] as unknown as Json[]).push(
    { award: 'Buil Film Awards', date: '2024-10-11', category: 'Best New Actress', recipients: [{ name: 'Park Yu-rim', url: '/people/park-yu-rim' }], result: 'won' },
    { award: 'Buil Film Awards', date: '2024-10-11', category: 'Best Music', recipients: ['Gray'], result: 'nominated' },
  );
  return film;
}

/** A film with a title and two facts, as a hurried author writes it. */
export const partialFilm = (): Json => ({ title: 'Ballerina', year: 2023, runtime: 93 });

export interface Mount {
  box: HTMLDivElement;
  elements: FilmElement[];
}

export interface MountOptions {
  theme?: 'light' | 'dark';
  lang?: string;
  /** Attributes for every element, after the entry's own. */
  attrs?: (entry: TrustedElement) => Record<string, string> | undefined;
  /** Inline style of the wrapper (a width, `display: none`). */
  style?: string;
}

/** Mounts one element per entry (attributes set before connection) in one wrapper. */
export async function mountAll(entries: TrustedElement[], options: MountOptions = {}): Promise<Mount> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  if (options.lang) box.lang = options.lang;
  if (options.style) box.setAttribute('style', options.style);
  const elements = entries.map((entry) => {
    const el = document.createElement(entry.tag) as FilmElement;
    for (const [name, value] of Object.entries({ ...entry.attrs, ...options.attrs?.(entry) })) el.setAttribute(name, value);
    if (options.theme) el.setAttribute('theme', options.theme);
    return el;
  });
  box.append(...elements);
  return { box, elements };
}

/** Waits until the element is in `status` and its render has landed. */
export async function settle(el: FilmElement, status: FilmStatus | FilmStatus[], timeout = 5000): Promise<void> {
  const wanted = ([] as FilmStatus[]).concat(status);
  await waitUntil(() => wanted.includes(el.status), `<${el.localName}> expected ${wanted.join(' or ')}, got ${el.status}`, { timeout });
  await el.updateComplete;
}

/** Every element of a shadow tree, nested shadow roots included. */
export function* deep(root: ParentNode): Generator<Element> {
  for (const node of root.querySelectorAll('*')) {
    yield node;
    if (node.shadowRoot) yield* deep(node.shadowRoot);
  }
}

/** The element names and `name[attribute]` pairs a rendered element holds (its light DOM too). */
export function markup(el: Element): Set<string> {
  const found = new Set<string>();
  const add = (node: Element) => {
    found.add(node.localName);
    for (const attr of node.attributes) found.add(`${node.localName}[${attr.name}]`);
  };
  for (const node of deep(el.shadowRoot!)) add(node);
  for (const node of deep(el)) add(node);
  return found;
}

/** Text with runs of white space folded, as a reader sees it. */
export const folded = (value: string) => value.replace(/\s+/g, ' ').trim();

/** A resolver for the film `el` shows: waits for its render to land. */
export const rendered = (elements: FilmElement[]) => Promise.all(elements.map((el) => el.updateComplete));

/** The element the keyboard is on, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Collects what must never happen on the page: uncaught errors and rejections. */
export function watchPage() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(e.reason?.message ?? e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** A unique id for mock routes that remember (`failOnce`). */
export const uid = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** Mutes the parser's console reports for a describe block: hostile data makes thousands. */
export function quietProblems(): void {
  let warn: typeof console.warn;
  before(() => {
    warn = console.warn;
    console.warn = () => {};
  });
  after(() => {
    console.warn = warn;
  });
}
