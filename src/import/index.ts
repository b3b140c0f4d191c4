/**
 * Importers: a film from what a blogger already has, without writing JSON. Wikipedia wikitext
 * (the infobox, cast, plot and accolades table), a saved film page (its JSON-LD), schema.org
 * JSON-LD, or film JSON itself. No DOM: they run in Node and in the builder, which loads them
 * on demand; no element imports them.
 */
import { readJsonText } from '../model/json-text.js';
import { parseFilm } from '../model/parse-film.js';
import { whyNotAFilm } from '../model/read-film.js';
import type { FilmInput } from '../model/types.js';
import { filmJson } from './film-writer.js';
import { pageJsonLd } from './html.js';
import { importJsonLd } from './jsonld.js';
import { Notes, type Unmapped } from './notes.js';
import { WikitextRefusal, importWikitext } from './wikitext/index.js';

export type ImportKind = 'wikitext' | 'html' | 'jsonld' | 'film-json';
export type { Unmapped };
export interface Imported {
  kind: ImportKind;
  film: FilmInput;
  /** What was read but has no place in film JSON, by line. */
  unmapped: Unmapped[];
}

/** Nothing could be read: the message is one sentence an author can act on. */
export class ImportRefusal extends Error {
  override name = 'ImportRefusal';
}

/** The kind of a text, by its first characters and its markup; undefined when none fits. */
export function detectKind(text: string): ImportKind | undefined {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (/^\{\{|^\{\|/.test(t)) return 'wikitext';
  if (/^</.test(t) && /<(?:!doctype html|html|head|body|script|meta|title)\b/i.test(t.slice(0, 100_000))) return 'html';
  if (/^[{[]/.test(t)) {
    const read = readJsonText(t);
    if (!('value' in read)) return /\{\{\s*infobox/i.test(t) ? 'wikitext' : 'film-json';
    const nodes = Array.isArray(read.value) ? read.value : [read.value];
    return nodes.some((n) => typeof n === 'object' && n !== null && ('@type' in n || '@graph' in n || '@context' in n)) ? 'jsonld' : 'film-json';
  }
  if (/\{\{|\[\[|'''|^=+[^=\n]+=+\s*$/m.test(t)) return 'wikitext';
  return undefined;
}

/** The JSON text of a document, or a refusal that says where it stops being JSON. */
function json(text: string): unknown {
  const read = readJsonText(text);
  if ('value' in read) return read.value;
  const at = read.line === undefined ? '' : ` (line ${read.line}, column ${read.column})`;
  throw new ImportRefusal(`this is not valid JSON${at}: ${read.error}`);
}

/** Every fact a page gave points to the page, as infobox facts point to the article. */
function citeAll(film: FilmInput, id: string): void {
  const cite = (fact: unknown) => {
    if (typeof fact !== 'object' || fact === null || Array.isArray(fact)) return;
    const sourced = fact as { sources?: string[] };
    sourced.sources = [...new Set([...(sourced.sources ?? []), id])];
  };
  const f = film as unknown as Record<string, unknown>;
  for (const group of ['credits', 'companies'] as const) {
    for (const people of Object.values((f[group] as Record<string, unknown[]>) ?? {})) people.forEach(cite);
  }
  for (const key of ['releases', 'runtime', 'cast', 'reviews', 'scores', 'accolades', 'viewership', 'milestones', 'otherFilms'] as const) {
    (f[key] as unknown[] | undefined)?.forEach(cite);
  }
  for (const key of ['budget', 'boxOffice', 'contentRating', 'plot', 'trailer'] as const) cite(f[key]);
}

function fromJsonLd(data: unknown, notes: Notes, text: string, from: number, baseUrl?: string, site?: string): FilmInput {
  const read = importJsonLd(data, notes, { text, from, ...(baseUrl !== undefined && { baseUrl }), ...(site !== undefined && { site }) });
  if (typeof read === 'string') throw new ImportRefusal(read);
  return read.film;
}

function importHtml(text: string, notes: Notes, baseUrl?: string): FilmInput {
  const { documents, from, page } = pageJsonLd(text, notes);
  if (!documents.length) {
    throw new ImportRefusal('this page carries no schema.org JSON-LD, so no film could be read: save the film\'s own page (on IMDb or Letterboxd, the film\'s main page)');
  }
  // A site's own aggregate rating is the site's: by its name, else by its address's host.
  const host = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(page.url ?? page.base ?? baseUrl ?? '')?.[1];
  const film = fromJsonLd(documents, notes, text, from, baseUrl ?? page.base, page.site ?? host);
  const source: { id: string; title: string; publisher?: string; url?: string } = { id: 'page', title: page.title ?? (typeof film.title === 'string' ? film.title : '') };
  if (page.site && page.site !== source.title) source.publisher = page.site;
  if (page.url) source.url = page.url;
  const others = (film.sources ?? []).filter((s) => s.id !== 'page');
  citeAll(film, 'page');
  return { ...film, sources: [source, ...others] };
}

function importFilmJson(text: string, notes: Notes, baseUrl?: string): FilmInput {
  const result = parseFilm(json(text), baseUrl === undefined ? {} : { baseUrl });
  const notAFilm = whyNotAFilm(result);
  if (notAFilm !== undefined) throw new ImportRefusal(`this JSON is not a film: ${notAFilm}`);
  for (const problem of result.problems) {
    const key = /([A-Za-z$]+)(?:\[\d+\])*$/.exec(problem.path)?.[1];
    const at = key ? text.indexOf(`"${key}"`) : -1;
    notes.add(at === -1 ? 1 : text.slice(0, at).split('\n').length, problem.path || '(document)', problem.message);
  }
  return filmJson(result.film);
}

const LINK_KEYS = new Set(['url', 'src', 'embedUrl', 'thumbnailUrl', 'contentUrl']);

/**
 * A page or JSON-LD that names no address of its own and was given none leaves its relative
 * links unresolved: they would point into whatever site shows the film, so they are left out,
 * with one note that says how to keep them.
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
    notes.add(1, left.slice(0, 3).join(', ') + (left.length > 3 ? ', …' : ''), `${left.length} relative ${left.length === 1 ? 'link was' : 'links were'} left out: the page names no address of its own (no canonical link, og:url or <base>), so give it with --base-url https://…`);
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
      notes.add(1, error.path, `left out: ${error.message}`);
    }
  }
  return film;
}

/**
 * A film from wikitext, a saved page's HTML, JSON-LD or film JSON; the kind is detected unless
 * given. Throws ImportRefusal (one sentence) when nothing can be read; what was read but could
 * not be mapped comes back in `unmapped`, by line.
 */
export function importFilm(text: string, options: { kind?: ImportKind; baseUrl?: string } = {}): Imported {
  if (typeof text !== 'string' || !text.trim()) throw new ImportRefusal('there is nothing to import: the text is empty');
  const kind = options.kind ?? detectKind(text);
  const notes = new Notes();
  let film: FilmInput;
  if (kind === 'wikitext') {
    const read = importWikitext(text, options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl });
    if (read instanceof WikitextRefusal) throw new ImportRefusal(read.message);
    film = read.film as unknown as FilmInput;
    notes.unmapped.push(...read.notes.unmapped);
  } else if (kind === 'html') film = importHtml(text, notes, options.baseUrl);
  else if (kind === 'jsonld') film = fromJsonLd(json(text), notes, text, 0, options.baseUrl);
  else if (kind === 'film-json') film = importFilmJson(text, notes, options.baseUrl);
  else {
    throw new ImportRefusal('this is neither Wikipedia wikitext, a web page, JSON-LD nor film JSON, so no film could be read: copy the article\'s source from its edit page, or save the film\'s page');
  }
  if (kind === 'html' || kind === 'jsonld') withoutRelativeLinks(film, notes);
  return { kind, film: withoutErrors(film, notes), unmapped: notes.sorted() };
}
