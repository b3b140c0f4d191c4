/**
 * Films read for elements: the same object or script text fed to several widgets that show the
 * same sections is read once, unchanged sections carry over between films, and problems are told
 * once per page. Each reading holds the sections it was asked for, whatever else is on the page.
 */
import { readFilm } from '../model/read-film.js';
import type { SectionReaders } from '../model/film-json.js';
import { keepUnchanged } from '../model/share.js';
import { localise } from '../model/localised.js';
import type { Film, ParseResult, Problem } from '../model/types.js';
import { LoadFailure } from './load-failure.js';
import type { Strings } from './strings/index.js';

export type Reading = ParseResult | Promise<ParseResult>;

const readObjects = new WeakMap<object, Map<string, Reading>>();
const readTexts = new Map<string, Reading>();

/** The key of a set of section readers: their names, in one order. */
const setOf = (sections: SectionReaders): string => Object.keys(sections).sort().join();

/**
 * The reading kept under `key`, else a new one. A reading that failed (the full or the JSON-LD
 * reader could not be fetched) is forgotten, so that trying again fetches again.
 */
function kept(cache: Map<string, Reading>, key: string, read: () => Reading): Reading {
  const known = cache.get(key);
  if (known) return known;
  const reading = read();
  cache.set(key, reading);
  if (reading instanceof Promise) reading.catch(() => cache.delete(key));
  return reading;
}

/** A film handed over as a value, read with `sections`. */
export function readGiven(input: unknown, baseUrl: string | undefined, sections: SectionReaders): Reading {
  const options = { sections, ...(baseUrl !== undefined && { baseUrl }) };
  if (typeof input !== 'object' || input === null) return readFilm(input, options);
  let readings = readObjects.get(input);
  if (!readings) readObjects.set(input, (readings = new Map()));
  return kept(readings, setOf(sections), () => readFilm(input, options));
}

/**
 * The film a `src` URL names in its fragment, among the several its JSON-LD lists
 * (`/films.json#parasite`): the fragment, decoded.
 */
export function pickOf(src: string): string | undefined {
  const hash = src.indexOf('#');
  if (hash < 0 || hash === src.length - 1) return undefined;
  const fragment = src.slice(hash + 1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * A film given as JSON text, from `where` (a URL, `#id`, the inline script). Text that is no JSON
 * at all is a `LoadFailure` that names the place (thrown, or the promise's rejection). `pick`
 * names one film of several (`pickOf`).
 */
export function readText(text: string, where: string | ((s: Strings) => string), baseUrl: string | undefined, sections: SectionReaders, pick?: string): Reading {
  // The same text read for another film of its list, or for other sections, is another reading.
  const key = `${setOf(sections)}\0${pick ?? ''}\0${text}`;
  if (!readTexts.has(key) && readTexts.size > 32) readTexts.clear();
  const reading = kept(readTexts, key, () =>
    readFilm(text, { sections, ...(baseUrl !== undefined && { baseUrl }), ...(pick !== undefined && { pick }) }));
  const place = (s: Strings) => (typeof where === 'string' ? where : where(s));
  // Text that is no JSON at all is told once the full reader has said so (it is never fast).
  return reading instanceof Promise ? reading.then((read) => readable(read, place)) : readable(reading, place);
}

/** The reading, or the `LoadFailure` of text that is no JSON, naming where it came from. */
function readable(reading: ParseResult, place: (s: Strings) => string): ParseResult {
  const { unreadable } = reading;
  if (unreadable) {
    const say = unreadable.reason === 'web page' ? (s: Strings) => s.htmlNotJson(place(s)) : (s: Strings) => s.notJson(place(s), unreadable.detail);
    throw new LoadFailure(say, reading.problems);
  }
  return reading;
}

// Widgets given the same new film compare it with the same old one once: a page of a hundred
// widgets updated together does the work of one.
const carried = new WeakMap<Film, { next: Film; kept: Film }>();

/** `next`, with every part that equals the same part of `previous` replaced by that part. */
export function carryOver(previous: Film | undefined, next: Film): Film {
  if (!previous) return next;
  const known = carried.get(previous);
  if (known?.next === next) return known.kept;
  const kept = keepUnchanged(previous, next);
  carried.set(previous, { next, kept });
  return kept;
}

/**
 * The film as a reader of `locale` sees it: each text given per language chosen by the rule in
 * model/localised.ts. Remembered per film and language, so widgets that share both share one copy.
 */
export const forReader = <T extends object>(film: T, locale: string): T => localise(film, locale);

// Problems go to the console once per page, however many widgets share the data.
const reported = new Set<string>();

export function reportProblems(tag: string, all: readonly Problem[], what = 'the film data'): void {
  // Notes (a value read in another form) are not problems: they stay in `problems` for tools.
  const problems = all.filter((p) => p.severity !== 'note');
  if (!problems.length) return;
  const lines = problems.map((p) => `  ${p.path || '(document)'}: ${p.message}`).join('\n');
  if (reported.has(lines)) return;
  reported.add(lines);
  console.warn(`film-elements: <${tag}> found ${problems.length} problem(s) in ${what}:\n${lines}`);
}
