/**
 * Keeping static HTML in place: fetched on demand by the elements that arrive drawn (upgrade.ts),
 * and preloaded by the loader when it sees such markup. With Lit's hydration, which adopts the
 * DOM as the element's own, comes the reading of the host and markup as found (rendered.ts),
 * which no page without static HTML needs.
 */
import type { RenderOptions } from 'lit';
import { hydrate } from '@lit-labs/ssr-client';
import { difference, foundNow } from './rendered.js';

/**
 * Hydrates `element`'s shadow root with `value` (what it renders) when the markup's record
 * matches `record` (what the element would draw now) and the host and markup it finds; otherwise,
 * or when hydration fails, says why, and the caller draws afresh.
 */
export function keep(element: HTMLElement, record: string, value: unknown, options: RenderOptions): string | undefined {
  const why = difference(element.getAttribute('rendered'), `${record} ${foundNow(element)}`);
  if (why !== undefined) return why;
  try {
    hydrate(value, element.shadowRoot!, options);
    return undefined;
  } catch (error) {
    return `it could not be kept (${(error as Error)?.message})`;
  }
}
