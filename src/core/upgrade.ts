/**
 * The upgrade of static HTML (declarative shadow DOM written by `film-elements render`, `publish`
 * or the builder). Hydrating markup that differs from what the element would draw keeps stale
 * text where it does not throw half-way (a snippet rendered in English on a Korean page showed two
 * boxes and threw). So the element first compares the record the markup carries (rendered.ts) with
 * what it would draw now: the same is hydrated, keeping every node; anything else is emptied (its
 * styles kept) and drawn afresh, once, in the same task, so that no frame shows an empty box.
 */
import { render, type RenderOptions } from 'lit';
import type { Film } from '../model/types.js';
import type { FilmSection, SectionReaders } from '../model/film-json.js';
import { difference, filmDigest, foundNow, renderedWith } from './rendered.js';

/** What the record needs from an element: its language, and from its class the sections it shows. */
type Drawn = HTMLElement & { readonly locale: string };

/**
 * The record of `element` drawing `film` (none: a review card given its review alone; a digest
 * already made: what an element shows that is not one film) in direction `dir`; the server adds
 * its attributes and markup as written (rendered.ts, `staticMarkup`).
 */
export function recordOf(element: Drawn, film: Film | string | undefined, dir: string): string {
  const { sections } = element.constructor as unknown as { sections: SectionReaders };
  const shown = typeof film === 'string' ? film : film ? filmDigest(film, Object.keys(sections) as FilmSection[]) : '-';
  return renderedWith({ lang: element.locale, dir, film: shown });
}

type Hydrate = typeof import('./hydrate.js').hydrate;
/** Lit's hydration once fetched; null when it could not be (the markup is then drawn afresh). */
let hydrate: Hydrate | null | undefined;
let fetching: Promise<unknown> | undefined;

/** The hydration code's arrival, while it is on its way; fetched the first time static HTML is met. */
export function hydration(): Promise<unknown> | undefined {
  if (hydrate !== undefined) return undefined;
  return (fetching ??= import('./hydrate.js').then((code) => (hydrate = code.hydrate), () => (hydrate = null)));
}

let told = false;

/**
 * The first render of an element that arrived drawn: `value` (what it renders) hydrates its shadow
 * root when the markup's record matches `record` (what the element would draw now), and is
 * rendered afresh into it otherwise, with one note for the author per page.
 */
export function upgrade(element: Drawn, record: string, value: unknown, options: RenderOptions): void {
  const root = element.shadowRoot!;
  let why = difference(element.getAttribute('rendered'), `${record} ${foundNow(element)}`);
  if (why === undefined) {
    if (!hydrate) why = 'the code that keeps it could not be fetched';
    else {
      try {
        return void hydrate(value, root, options);
      } catch (error) {
        why = `it could not be kept (${(error as Error)?.message})`;
      }
    }
  }
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
