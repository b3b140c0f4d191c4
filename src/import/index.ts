/**
 * Importers: a film from what a blogger already has, without writing JSON. Each source is one
 * module of one shape (importer.ts) in the list of importers.ts: Wikipedia wikitext, a saved
 * film page, TMDB, Wikidata, schema.org JSON-LD, or film JSON itself. No DOM: they run in Node
 * and in the builder, which loads them on demand; no element imports them.
 */
import { readJsonText } from '../model/json-text.js';
import { parseFilm } from '../model/parse-film.js';
import type { FilmInput } from '../model/types.js';
import { ImportRefusal, type ImportOptions, type Sniffed } from './importer.js';
import { type ImportKind, importers } from './importers.js';
import { Notes, type Unmapped, noteWhy } from './notes.js';

export { ImportRefusal, importers, noteWhy };
export type { ImportKind, ImportOptions, Unmapped };
export type { Importer } from './importer.js';
export { fetchFilm, FetchRefusal, type FetchOptions, type LiveSource } from './live.js';

export interface Imported {
  kind: ImportKind;
  film: FilmInput;
  /** What was read but has no place in film JSON, by line. */
  unmapped: Unmapped[];
}

/** The kind of a text, by the first importer whose detector claims it; undefined when none does. */
export function detectKind(text: string): ImportKind | undefined {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  const jsonLike = /^[{[]/.test(t);
  const read = jsonLike ? readJsonText(t) : undefined;
  const sniffed: Sniffed = { text: t, jsonLike, json: read && 'value' in read ? read.value : undefined };
  return importers.find((source) => source.detect(sniffed))?.kind;
}

const LINK_KEYS = new Set(['url', 'src', 'embedUrl', 'thumbnailUrl', 'contentUrl']);

/**
 * A source that names no address of its own and was given none leaves its relative links
 * unresolved: they would point into whatever site shows the film, so they are left out, with
 * one note that says how to keep them.
 */
function withoutRelativeLinks(film: FilmInput, notes: Notes): void {
  const left: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      for (const key of Object.keys(o)) {
        const v = o[key];
        if (LINK_KEYS.has(key) && typeof v === 'string' && !/^[a-z][a-z\d+.-]*:/i.test(v.trim())) {
          left.push(v);
          delete o[key];
        } else visit(v);
      }
    }
  };
  visit(film);
  if (left.length) {
    notes.add(1, left.slice(0, 3).join(', ') + (left.length > 3 ? ', …' : ''),
      `${left.length} relative ${left.length === 1 ? 'link was' : 'links were'} left out: the page names no address of its own (no canonical link, og:url or <base>)`,
      { section: 'address', todo: 'give it with --base-url https://…', reason: 'relativeLinks' });
  }
}

/** The path of a problem (`reviews[0].rating.value`) as keys. */
const keysOf = (path: string): (string | number)[] =>
  [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));

/**
 * The last guard of every importer: what the model would still refuse in the film written
 * (a value an importer read but the model does not take) is left out and named, so that every
 * import passes `validate`. A part that stays wrong once its value is gone goes as a whole.
 */
function withoutErrors(film: FilmInput, notes: Notes): FilmInput {
  const dropped = new Set<string>();
  for (let round = 0; round < 8; round++) {
    const errors = parseFilm(film).problems.filter((p) => p.severity === 'error' && p.path);
    if (!errors.length) break;
    // Last paths first, so that taking an item out of a list moves none still to be taken.
    for (const error of errors.reverse()) {
      let keys = keysOf(error.path);
      if (dropped.has(keys.join('.')) && keys.length > 1) keys = keys.slice(0, -1);
      let owner: unknown = film;
      for (const key of keys.slice(0, -1)) owner = (owner as Record<string | number, unknown>)?.[key];
      const last = keys.at(-1)!;
      if (Array.isArray(owner) && typeof last === 'number') owner.splice(last, 1);
      else if (owner && typeof owner === 'object') delete (owner as Record<string | number, unknown>)[last];
      dropped.add(keys.join('.'));
      notes.add(1, error.path, `left out: ${error.message}`, { section: String(keys[0]) });
    }
  }
  return film;
}

const NAMES = importers.map((source) => source.label);
const NONE = `this is none of ${NAMES.slice(0, -1).join(', ')} or ${NAMES.at(-1)}, so no film could be read: copy the article's source from its edit page, or save the film's page`;

/**
 * A film from any source in the list; the kind is detected unless given. Throws ImportRefusal
 * (one sentence) when nothing can be read; what was read but could not be mapped comes back in
 * `unmapped`, by line.
 */
export function importFilm(text: string, options: ImportOptions & { kind?: ImportKind } = {}): Imported {
  if (typeof text !== 'string' || !text.trim()) throw new ImportRefusal('there is nothing to import: the text is empty', 'empty');
  const kind = options.kind ?? detectKind(text);
  const source = importers.find((s) => s.kind === kind);
  if (!source) throw new ImportRefusal(NONE, 'noKind', { kinds: importers.map((s) => s.kind) });
  const notes = new Notes();
  const film = source.read(text, notes, options);
  withoutRelativeLinks(film, notes);
  const written = withoutErrors(film, notes);
  // A title the model refuses is gone with it, and a film without one is no film.
  if (written.title === undefined) throw new ImportRefusal('the film has no title the importer could read: give it one in the source, or import another', 'noTitle');
  return { kind: source.kind, film: written, unmapped: notes.sorted() };
}
