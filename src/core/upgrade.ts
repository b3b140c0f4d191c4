/**
 * The upgrade of static HTML (declarative shadow DOM written by `film-elements render`, `publish`
 * or the builder). Hydrating markup that differs from what the element would draw keeps stale
 * text where it does not throw half-way (a snippet rendered in English on a Korean page showed two
 * boxes and threw). So the element first compares the record the markup carries (record.ts,
 * rendered.ts) with what it would draw now: the same is hydrated, keeping every node; anything
 * else is emptied (its styles kept) and drawn afresh, once, in the same task, so that no frame
 * shows an empty box. The comparing and the hydrating (hydrate.ts) are fetched only by a page
 * that has static HTML.
 */
import { render, type RenderOptions } from 'lit';

type Keep = typeof import('./hydrate.js').keep;
/** The hydration code once fetched; null when it could not be (the markup is then drawn afresh). */
let keep: Keep | null | undefined;
let fetching: Promise<unknown> | undefined;

/** The hydration code's arrival, while it is on its way; fetched the first time static HTML is met. */
export function hydration(): Promise<unknown> | undefined {
  if (keep !== undefined) return undefined;
  return (fetching ??= import('./hydrate.js').then((code) => (keep = code.keep), () => (keep = null)));
}

let told = false;

/**
 * The first render of an element that arrived drawn: `value` (what it renders) hydrates its shadow
 * root when the markup's record matches `record` (what the element would draw now), and is
 * rendered afresh into it otherwise, with one note for the author per page.
 */
export function upgrade(element: HTMLElement, record: string, value: unknown, options: RenderOptions): void {
  const why = keep ? keep(element, record, value, options) : 'the code that keeps it could not be fetched';
  if (why === undefined) return;
  const root = element.shadowRoot!;
  for (const node of [...root.childNodes]) if ((node as Element).localName !== 'style') node.remove();
  // A hydration that failed half-way may have left its part on the root: a fresh render makes its own.
  delete (root as { _$litPart$?: unknown })._$litPart$;
  // The record no longer describes the markup.
  element.removeAttribute('rendered');
  render(value, root, options);
  if (told) return;
  told = true;
  console.info(`film-elements: the static HTML of <${element.localName}> is drawn again, since ${why}.`);
}
