/**
 * The record of what an element draws, which static HTML carries in its `rendered` attribute
 * (see rendered.ts): written on a server as the element renders, and checked by the element as
 * it upgrades. Small, and all that every element carries of it; the rest of the record (the host
 * and markup as found) comes with the hydration code or the server's.
 */
import type { Film } from '../model/types.js';
import { SECTIONS, type FilmSection, type SectionReaders } from '../model/film-json.js';

/** The library's version (kept equal to package.json's by test/node/package.test.mjs). */
export const VERSION = '0.1.0';

/** FNV-1a, 32 bits, in base 36: small and fast; a digest to notice a change, not to resist forgery. */
export function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * The film as the element shows it: the sections of other elements are left out, since a page
 * (or a server) that read them too draws this element the same.
 */
export function filmDigest(film: Film, shown: readonly FilmSection[]): string {
  const others = new Set<string>(SECTIONS.filter((key) => !shown.includes(key)));
  return digest(JSON.stringify(film, function (key, value) {
    return this === film && others.has(key) ? undefined : value;
  }));
}

/** What the record needs from an element: its language, and from its class the sections it shows. */
type Drawn = HTMLElement & { readonly locale: string };

/** The record of what an element draws now, as a server writes it and as the element checks it. */
export const renderedWith = (parts: { lang: string; dir: string; film: string }): string =>
  `version=${VERSION} lang=${parts.lang} dir=${parts.dir} film=${parts.film}`;

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
