/**
 * A list of films as its author writes it, read without a DOM (the element and the command line
 * share it): `{ "title": …, "items": [ { "film": …, "note": …, "page": … } ] }`. Each film is a
 * film given inline (film JSON or JSON-LD), the URL of one, or `#id` of a JSON script on the page;
 * a title and a note are text, or text per language. What is wrong is a problem with its path;
 * an item without a film is left out, and only a document that is no list at all is refused.
 * One film given alone is a list of one.
 */
import { chooseTag, type LangMap } from '../../model/localised.js';
import type { Problem } from '../../model/types.js';
import { safeUrl } from '../../model/url.js';

/** Text a reader sees: plain, or per language. */
export type ListText = string | LangMap;

export interface ListedFilm {
  /** The film itself (an object), or where it is: a URL, or `#id` of a JSON script on the page. */
  film: object | string;
  /** Why it is on the list, in the author's words. */
  note?: ListText;
  /** The film's own page on the site the list is on (its `url` in the list's JSON-LD). */
  page?: string;
}

export interface FilmListing {
  title?: ListText;
  items: ListedFilm[];
  /** One film given where a list was asked for: a list of that film alone. */
  single?: true;
}

/**
 * The most films a list shows: a longer list is a catalogue, and each film given by URL is a
 * request the reader did not ask for.
 */
export const MOST_FILMS = 100;

/** Text or a language map of texts; anything else is a problem at `path`. */
function text(value: unknown, path: string, problems: Problem[]): ListText | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() ? value : undefined;
  if (typeof value === 'object' && !Array.isArray(value)) {
    const map = Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'string' && v.trim()));
    if (Object.keys(map).length) return map as LangMap;
  }
  problems.push({ path, message: `expected text, or text per language, got ${JSON.stringify(value)?.slice(0, 40)}`, severity: 'error' });
  return undefined;
}

/** The reader's text of a title or a note, by the library's rule for text per language. */
export const textFor = (value: ListText | undefined, lang: string): string | undefined =>
  typeof value === 'object' ? value[chooseTag(value, lang)!] : value;

/**
 * The list in `value` (already parsed JSON) and what was wrong in it; `why` says why it is no list
 * at all. `baseUrl` (the list's own address) resolves each film's and page's relative URL.
 */
export function readListing(value: unknown, baseUrl?: string): { listing?: FilmListing; problems: Problem[]; why?: string } {
  const problems: Problem[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problems, why: 'expected an object with "items", a list of films' };
  }
  const { title, items } = value as Record<string, unknown>;
  // A film where a list was asked for (a film's own file, what a page gives every widget) is a
  // list of that film alone; whether it is a film, its reading says.
  if (items === undefined) return { listing: { items: [{ film: value }], single: true }, problems };
  if (!Array.isArray(items)) return { problems, why: '"items" is not a list' };
  const listing: FilmListing = { items: [] };
  const named = text(title, 'title', problems);
  if (named !== undefined) listing.title = named;
  items.forEach((item, i) => {
    const path = `items[${i}]`;
    if (listing.items.length === MOST_FILMS) {
      if (i === MOST_FILMS) problems.push({ path, message: `only the first ${MOST_FILMS} films are shown`, severity: 'warning' });
      return;
    }
    const found = typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as Record<string, unknown>) : undefined;
    const film = where(found?.film, baseUrl);
    if (!found || film === undefined) {
      problems.push({ path: found ? `${path}.film` : path, message: 'expected a film: film JSON, its URL or "#id" of a script on the page', severity: 'error' });
      return;
    }
    const listed: ListedFilm = { film };
    const note = text(found.note, `${path}.note`, problems);
    if (note !== undefined) listed.note = note;
    if (found.page !== undefined) {
      const page = safeUrl(found.page, baseUrl);
      if (page) listed.page = page;
      else problems.push({ path: `${path}.page`, message: 'expected the address of a web page (http, https or relative)', severity: 'error' });
    }
    listing.items.push(listed);
  });
  return { listing, problems };
}

/** A film object, `#id`, or a safe URL (resolved against `baseUrl`); undefined for anything else. */
function where(film: unknown, baseUrl?: string): object | string | undefined {
  if (typeof film === 'object' && film !== null && !Array.isArray(film)) return film;
  if (typeof film !== 'string') return undefined;
  const written = film.trim();
  if (/^#./.test(written)) return written;
  return safeUrl(written, baseUrl);
}
