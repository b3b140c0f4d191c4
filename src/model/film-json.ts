/**
 * Reads the film JSON as authors write it (see film.schema.json) into a `Film`. Each section
 * has its own small reader; a key no section knows is a warning that names the nearest known key.
 *
 * The sections only some elements show (the cast, the reviews, the accolades…) have readers of
 * their own in sections/, which a reading is given (`readFilm(input, { sections })`): an element
 * passes those it shows, so a page with one infobox never loads the reader of reviews. What reads
 * a whole film (`parseFilm`, the command line, the JSON-LD writer) passes them all
 * (`everySection`, sections/index.ts).
 */
import type {
  LangMap, Localisable, Companies, Credits, CreditRole, Disputed, Film, Money, Release, Source, Title, ParseOptions,
} from './types.js';
import {
  type JsonObject, type Reader, at, date, datedPlace, describe, isObject, list, minutes, num, object, put, sourced, text, texts, url,
} from './reader.js';
import { entity } from './names.js';
import { image, trailer } from './media.js';
import { isLangMap, putText, tagOf } from './names.js';
import { chooseTag, originalLanguage } from './localised.js';
import { type Section, unknownKeys } from './known-keys.js';

/**
 * Warns about the keys of an object that `section` does not know, and hands the value on. Text
 * given per language where the section's object may stand (a person's name) is no such object.
 */
export function checked(r: Reader, value: unknown, section: Section, path: string): unknown {
  if (isObject(value) && !isLangMap(r, value, section)) unknownKeys(r, value, section, path);
  return value;
}

export const person = (r: Reader, value: unknown, path: string) => entity(r, checked(r, value, 'entity', path), path);
export const people = (r: Reader, value: unknown, path: string) => list(r, value, path, (v, p) => person(r, v, p));
export const picture = (r: Reader, value: unknown, path: string) => image(r, checked(r, value, 'image', path), path);

const CREDIT_ROLES: CreditRole[] = ['directors', 'starring', 'producers', 'writers', 'screenplay', 'story', 'basedOn', 'narrators', 'music', 'cinematography', 'editors'];

/** A title: text, text per language (each language's title, `lang` the one chosen), or `{ text, lang }`. */
function title(r: Reader, value: unknown, path: string): Title | undefined {
  if (!isObject(value) || isLangMap(r, value, 'title')) {
    const found: Title = { text: '' };
    if (putText(r, found, 'text', value, path, 'a title') === undefined) return undefined;
    const map = found.localised?.['text'];
    if (map) found.lang = chooseTag(map)!;
    return found;
  }
  unknownKeys(r, value, 'title', path);
  const found: Title = { text: '' };
  if (putText(r, found, 'text', value['text'], at(path, 'text'), 'a title') === undefined) return undefined;
  put(found, 'lang', tagOf(r, value['lang'], at(path, 'lang')));
  return found;
}

function credits(r: Reader, value: unknown, path: string): Credits | undefined {
  const o = object(r, value, path);
  if (!o) return undefined;
  unknownKeys(r, o, 'credits', path);
  const found: Credits = {};
  for (const role of CREDIT_ROLES) put(found, role, people(r, o[role], at(path, role)));
  return Object.keys(found).length ? found : undefined;
}

function companies(r: Reader, value: unknown, path: string): Companies | undefined {
  const o = object(r, value, path);
  if (!o) return undefined;
  unknownKeys(r, o, 'companies', path);
  const found: Companies = {};
  put(found, 'production', people(r, o['production'], at(path, 'production')));
  put(found, 'distributors', people(r, o['distributors'], at(path, 'distributors')));
  return Object.keys(found).length ? found : undefined;
}

/** Reads a required field, saying so when it is missing altogether. */
export function required<T>(r: Reader, o: JsonObject, key: string, path: string, read: (v: unknown, p: string) => T | undefined, what: string): T | undefined {
  const found = read(o[key], at(path, key));
  if (found === undefined && (o[key] === undefined || o[key] === null || o[key] === '')) r.error(at(path, key), `expected ${what}, got nothing`);
  return found;
}

/** A date (`"2023-10-05"`, or a year as a number: `2023`), a date with its place after it, or `{ date, place, note }`. */
function release(r: Reader, value: unknown, path: string): Release | undefined {
  if (typeof value === 'string' || typeof value === 'number') {
    const d = datedPlace(r, value, path) ?? date(r, value, path);
    return d === undefined || typeof d === 'object' ? d : { date: d };
  }
  const o = object(r, checked(r, value, 'release', path), path);
  const placed = o && o['place'] === undefined ? datedPlace(r, o['date'], at(path, 'date')) : undefined;
  const d = placed?.date ?? (o && required(r, o, 'date', path, (v, p) => date(r, v, p), 'a date like "2023-10-05"'));
  if (!o || d === undefined) return undefined;
  const found: Release = { date: d };
  if (placed) found.place = placed.place!;
  putText(r, found, 'place', o['place'], at(path, 'place'));
  putText(r, found, 'note', o['note'], at(path, 'note'));
  return sourced(r, o, path, found);
}

/** 93, "1 Hour 33 Minutes", or a list of `{ value, sources }` kept in the order given. */
function runtime(r: Reader, value: unknown, path: string): Disputed<number>[] | undefined {
  return list(r, value, path, (item, p) => {
    if (!isObject(item)) {
      const m = minutes(r, item, p);
      return m === undefined ? undefined : { value: m };
    }
    unknownKeys(r, item, 'disputed', p);
    const m = required(r, item, 'value', p, (v, q) => minutes(r, v, q), 'minutes');
    return m === undefined ? undefined : sourced<Disputed<number>>(r, item, p, { value: m });
  });
}

function money(r: Reader, value: unknown, path: string): Money | undefined {
  const o = object(r, checked(r, value, 'money', path), path);
  const amount = o && required(r, o, 'amount', path, (v, p) => num(r, v, p, { min: 0 }), 'an amount');
  const currency = o && required(r, o, 'currency', path, (v, p) => text(r, v, p, 'a currency code'), 'a currency code like "KRW"');
  if (!o || amount === undefined || currency === undefined) return undefined;
  if (!/^[A-Za-z]{3}$/.test(currency)) {
    r.error(at(path, 'currency'), `expected a three-letter currency code like "USD", got ${describe(currency)}`);
    return undefined;
  }
  const found: Money = { amount, currency: currency.toUpperCase() };
  putText(r, found, 'note', o['note'], at(path, 'note'));
  return sourced<Money>(r, o, path, found);
}

/** Puts text read by `localText` on `found[key]`, with its languages. */
export function keep<T extends Localisable>(found: T, key: keyof T & string, read: { text: string; map?: LangMap }): T {
  (found as Record<string, unknown>)[key] = read.text;
  if (read.map) (found.localised ??= {})[key] = read.map;
  return found;
}

/** The sections only some elements show, each read by a reader of its own, in the order a film lists them. */
export const SECTIONS = [
  'cast', 'plot', 'contentRating', 'reviews', 'scores', 'viewership', 'accolades', 'milestones', 'otherFilms',
] as const satisfies ReadonlyArray<keyof Film>;
export type FilmSection = (typeof SECTIONS)[number];

/** A section's reader: its value and where it sits, to what the film holds there. */
export type SectionReader<K extends FilmSection = FilmSection> = (r: Reader, value: unknown, path: string) => Film[K] | undefined;

/** The readers of the sections a reading holds; the film has only those sections. */
export type SectionReaders = { readonly [K in FilmSection]?: SectionReader<K> };

/** Sources come first: every other section's `sources` references are checked against them. */
function sources(r: Reader, value: unknown, path: string): Source[] | undefined {
  const seen = new Set<string>();
  const found = list(r, value, path, (item, p) => {
    const o = object(r, checked(r, item, 'source', p), p);
    const id = o && required(r, o, 'id', p, (v, q) => text(r, v, q, 'an id'), 'an id');
    const title = o && required(r, o, 'title', p, (v, q) => text(r, v, q, 'a title'), 'a title');
    if (!o || id === undefined || title === undefined) return undefined;
    if (seen.has(id)) {
      r.error(at(p, 'id'), `the id ${describe(id)} is already used by another source; left this one out`);
      return undefined;
    }
    seen.add(id);
    const source: Source = { id, title };
    put(source, 'kind', text(r, o['kind'], at(p, 'kind')));
    put(source, 'publisher', text(r, o['publisher'], at(p, 'publisher')));
    put(source, 'date', date(r, o['date'], at(p, 'date')));
    put(source, 'url', url(r, o['url'], at(p, 'url')));
    return source;
  });
  r.sourceIds = seen;
  return found;
}

export function readFilmJson(r: Reader, o: JsonObject, sections: SectionReaders = {}): Film {
  const film: Film = { title: '' };
  unknownKeys(r, o, 'film', '');
  put(film, 'sources', sources(r, o['sources'], 'sources'));
  const name = putText(r, film, 'title', o['title'], 'title', 'a title');
  if (name === undefined) r.error('title', `expected the film's title, got ${describe(o['title'])}`);
  put(film, 'id', text(r, o['id'], 'id', 'an id'));
  put(film, 'url', url(r, o['url'], 'url'));
  put(film, 'originalTitle', title(r, o['originalTitle'], 'originalTitle'));
  put(film, 'altTitles', list(r, o['altTitles'], 'altTitles', (v, p) => title(r, v, p)));
  put(film, 'year', num(r, o['year'], 'year', { integer: true, min: 1800 }));
  putText(r, film, 'description', o['description'], 'description');
  put(film, 'genres', texts(r, o['genres'], 'genres'));
  put(film, 'credits', credits(r, o['credits'], 'credits'));
  put(film, 'companies', companies(r, o['companies'], 'companies'));
  put(film, 'releases', list(r, o['releases'], 'releases', (v, p) => release(r, v, p)));
  put(film, 'runtime', runtime(r, o['runtime'], 'runtime'));
  put(film, 'countries', texts(r, o['countries'], 'countries'));
  put(film, 'languages', texts(r, o['languages'], 'languages'));
  put(film, 'budget', money(r, o['budget'], 'budget'));
  put(film, 'boxOffice', money(r, o['boxOffice'], 'boxOffice'));
  put(film, 'poster', picture(r, o['poster'], 'poster'));
  for (const key of SECTIONS) {
    const read = sections[key] as SectionReader | undefined;
    if (read) put(film, key, read(r, o[key], key) as never);
  }
  put(film, 'trailer', trailer(r, trailerChecked(r, o['trailer']), 'trailer'));
  return withOriginalTitle(film);
}

/**
 * The original title in the film's original language: chosen by that language first when it was
 * given per language, and taken from the title when the title was given in that language.
 */
function withOriginalTitle(film: Film): Film {
  const original = originalLanguage(film);
  const given = film.originalTitle?.localised?.['text'];
  if (given) {
    const tag = chooseTag(given, undefined, original)!;
    film.originalTitle = { ...film.originalTitle!, text: given[tag]!, lang: tag };
  }
  const titles = film.localised?.['title'];
  const tag = !film.originalTitle && titles && original && chooseTag(titles, original);
  if (tag && tag.split('-')[0] === original!.split('-')[0]) film.originalTitle = { text: titles![tag]!, lang: tag };
  return film;
}

/** The trailer's keys and its thumbnail's, checked before the shared reader reads them. */
function trailerChecked(r: Reader, value: unknown): unknown {
  if (isObject(value)) checked(r, value['thumbnail'], 'image', 'trailer.thumbnail');
  return checked(r, value, 'trailer', 'trailer');
}

/** How a film is read: `sections`, the readers of the sections it is to hold (none: the core alone). */
export interface ReadOptions extends ParseOptions {
  sections?: SectionReaders;
}

/** The year of first release, when the data gives releases but no year. */
export function withYear(film: Film): Film {
  if (film.year === undefined && film.releases) {
    // A loop, not Math.min(...list): spreading a huge list would overflow the stack.
    let first = Infinity;
    for (const release of film.releases) first = Math.min(first, Number(release.date.slice(0, 4)));
    film.year = first;
  }
  return film;
}
