/**
 * The small readers both input formats share: each takes one JSON value and where it sits,
 * returns the normalised value or `undefined`, and tells the `Reader` what it dropped or
 * coerced in words a CMS author can act on.
 */
import type { IsoDate, Problem, Release, SourceRefs } from './types.js';
import { safeUrl } from './url.js';
import { readDate, readWrittenDate, realDay } from './dates.js';


export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A broken export can hold a million bad items; a page needs the first hundred problems. */
const MAX_PROBLEMS = 100;

export interface ReaderOptions {
  /** Reading schema.org JSON-LD: HTML entities are decoded and numbers written as text are usual. */
  jsonLd: boolean;
  baseUrl?: string;
  /** JSON-LD: the language of plain strings, from the document's `@context` (`"@language": "ko"`). */
  lang?: string;
}

export class Reader {
  readonly problems: Problem[] = [];
  /** Ids of the film's `sources`, once read, so references to them can be checked. */
  sourceIds?: Set<string>;
  /** How the document's strings are unescaped: the JSON-LD reader decodes HTML entities. */
  decode?: (text: string) => string;
  private unlisted = 0;

  constructor(readonly options: ReaderOptions) {}

  get jsonLd(): boolean {
    return this.options.jsonLd;
  }

  error(path: string, message: string): void {
    this.add({ path, message, severity: 'error' });
  }

  warn(path: string, message: string): void {
    this.add({ path, message, severity: 'warning' });
  }

  /** A value read in another form than the schema's: told to the author, never as a problem. */
  note(path: string, message: string): void {
    this.add({ path, message, severity: 'note' });
  }

  private add(problem: Problem): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem);
    else this.unlisted++;
  }

  /** The problems, with one closing line when some were left out. */
  finish(): Problem[] {
    if (this.unlisted) {
      this.problems.push({ path: '', message: `${this.unlisted} more problems like these are not listed`, severity: 'warning' });
    }
    return this.problems;
  }
}

/** How a value looks to the author who wrote it: `"three"`, `42`, `a list`. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  return Array.isArray(value) ? 'a list' : 'an object';
}

export const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** Copies `value` to `target[key]` only when it is there, so optional fields stay absent. */
export function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

// ---- text ----------------------------------------------------------------------------------

/** Text, trimmed; empty text counts as absent. JSON-LD `{ "@value": … }` objects are unwrapped. */
export function text(r: Reader, value: unknown, path: string, what = 'text'): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (r.jsonLd && isObject(value) && '@value' in value) return text(r, value['@value'], path, what);
  if (typeof value === 'string') {
    const written = (r.decode ? r.decode(value) : value).trim();
    if (written.length <= MAX_TEXT) return written || undefined;
    r.error(path, `cut to its first ${MAX_TEXT.toLocaleString('en')} of ${written.length.toLocaleString('en')} characters`);
    // Never split a surrogate pair: the cut falls before a character, not inside one.
    const end = /[\uD800-\uDBFF]/.test(written[MAX_TEXT - 1]) ? MAX_TEXT - 1 : MAX_TEXT;
    return written.slice(0, end);
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (!r.jsonLd) r.note(path, `expected ${what}, got the number ${value}; read it as "${value}"`);
    return String(value);
  }
  r.error(path, `expected ${what}, got ${describe(value)}`);
  return undefined;
}

/**
 * The most entries one list keeps. A page renders every entry it is given, and a hundred
 * thousand rows hold a reader's page for tens of seconds; a film has far fewer of anything.
 */
export const MAX_ENTRIES = 2000;

/** The longest text one field keeps: a long review fits many times over; a megabyte does not. */
export const MAX_TEXT = 50_000;

/** One value or a list of them; a single value where a list belongs is taken as a list of one. */
export function list<T>(r: Reader, value: unknown, path: string, read: (item: unknown, path: string) => T | undefined): T[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    const one = read(value, path);
    return one === undefined ? undefined : [one];
  }
  if (value.length > MAX_ENTRIES) {
    r.error(path, `kept the first ${MAX_ENTRIES.toLocaleString('en')} of ${value.length.toLocaleString('en')} entries: a page cannot show more without stalling`);
  }
  const out: T[] = [];
  for (let i = 0; i < Math.min(value.length, MAX_ENTRIES); i++) {
    const item = read(value[i], `${path}[${i}]`);
    if (item !== undefined) out.push(item);
  }
  return out.length ? out : undefined;
}

export const texts = (r: Reader, value: unknown, path: string) => list(r, value, path, (v, p) => text(r, v, p));

export function bool(r: Reader, value: unknown, path: string): boolean | undefined {
  if (value === undefined || value === null || typeof value === 'boolean') return value ?? undefined;
  const word = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (word === 'true' || word === 'yes' || word === 'false' || word === 'no') {
    const read = word === 'true' || word === 'yes';
    if (!r.jsonLd) r.note(path, `expected true or false, got ${describe(value)}; read it as ${read}`);
    return read;
  }
  r.error(path, `expected true or false, got ${describe(value)}`);
  return undefined;
}

// ---- numbers -------------------------------------------------------------------------------

export const NUMERIC = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^-?\.\d+$/;

export interface NumberRules {
  integer?: boolean;
  min?: number;
}

export function num(r: Reader, value: unknown, path: string, rules: NumberRules = {}): number | undefined {
  if (value === undefined || value === null) return undefined;
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (r.jsonLd && isObject(value) && '@value' in value) return num(r, value['@value'], path, rules);
  else if (typeof value === 'string' && NUMERIC.test(value.trim())) {
    n = Number(value.trim().replace(/,/g, ''));
    if (!r.jsonLd) r.note(path, `expected a number, got ${describe(value)}; read it as ${n}`);
  }
  if (n === undefined || !Number.isFinite(n)) {
    r.error(path, `expected a number, got ${describe(value)}`);
    return undefined;
  }
  if (rules.integer && !Number.isInteger(n)) {
    r.error(path, `expected a whole number, got ${n}`);
    return undefined;
  }
  if (rules.min !== undefined && n < rules.min) {
    r.error(path, `expected a number of at least ${rules.min}, got ${n}`);
    return undefined;
  }
  return n;
}

// ---- dates ---------------------------------------------------------------------------------

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The number written by `length` ASCII digits from `start`. */
function digits(s: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

export function date(r: Reader, value: unknown, path: string): IsoDate | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
  if (r.jsonLd && isObject(value) && '@value' in value) return date(r, value['@value'], path);
  if (typeof value === 'string') {
    // The common case, a full ISO date, is checked without building anything.
    if (value.length === 10 && FULL_DATE.test(value) && realDay(digits(value, 0, 4), digits(value, 5, 2), digits(value, 8, 2))) return value;
    const s = value.trim();
    const iso = ISO_DATE.exec(s);
    if (iso) {
      const [, y, m, d] = iso;
      if (!m || (!d && Number(m) >= 1 && Number(m) <= 12) || (d && realDay(Number(y), Number(m), Number(d)))) {
        return [y, m, d].filter(Boolean).join('-');
      }
      r.error(path, `expected a real calendar date, got ${describe(value)}`);
      return undefined;
    }
    const written = readDate(s);
    if (written) {
      r.note(path, `read ${describe(value)} as ${written}`);
      return written;
    }
  }
  r.error(path, `expected a date like "2023-10-05", got ${describe(value)}`);
  return undefined;
}

/** A date with its place written after it ("15 September 1995 (Toronto)"), read as both; undefined otherwise. */
export function datedPlace(r: Reader, value: unknown, path: string): Release | undefined {
  const written = typeof value === 'string' ? readWrittenDate(r.decode ? r.decode(value) : value) : undefined;
  if (written?.place === undefined) return undefined;
  r.note(path, `read ${describe(value)} as ${written.date} in ${JSON.stringify(written.place)}`);
  return { date: written.date, place: written.place };
}

// ---- runtimes ------------------------------------------------------------------------------

const ISO_DURATION = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;
const WORDS_DURATION = /^(?:(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)\.?)?,?\s*(?:(\d+)\s*(?:m|mins?|minutes?)\.?)?$/i;

/** Minutes from 93, "93 minutes", "1 Hour 33 Minutes", "PT1H33M". */
export function minutes(r: Reader, value: unknown, path: string): number | undefined {
  if (typeof value !== 'string') return num(r, value, path, { min: 1 });
  const s = value.trim();
  let found: number | undefined;
  let iso = false;
  const m = ISO_DURATION.exec(s);
  if (m && s.length > 2 && !/T$/i.test(s)) {
    iso = true;
    found = Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) + Number(m[4] ?? 0) / 60;
  } else {
    const w = WORDS_DURATION.exec(s);
    if (w && (w[1] || w[2])) found = Number(w[1] ?? 0) * 60 + Number(w[2] ?? 0);
  }
  if (found === undefined) {
    if (NUMERIC.test(s)) return num(r, s, path, { min: 1 });
    r.error(path, `expected minutes, like 93 or "1 hour 33 minutes", got ${describe(value)}`);
    return undefined;
  }
  found = Math.round(found);
  if (found < 1) {
    r.error(path, `expected a runtime of at least one minute, got ${describe(value)}`);
    return undefined;
  }
  if (!(iso && r.jsonLd)) r.note(path, `read ${describe(value)} as ${found} minutes`);
  return found;
}

// ---- links and sources ----------------------------------------------------------------

export function url(r: Reader, value: unknown, path: string): string | undefined {
  const written = text(r, value, path, 'a link');
  if (written === undefined) return undefined;
  const safe = safeUrl(written, r.options.baseUrl);
  if (safe === undefined) r.error(path, `left out the link ${describe(written)}: only http, https and relative links are allowed`);
  return safe;
}

export function refs(r: Reader, value: unknown, path: string): SourceRefs | undefined {
  return list(r, value, path, (item, p) => {
    const id = text(r, item, p, 'the id of a source');
    if (id === undefined || !r.sourceIds || r.sourceIds.has(id)) return id;
    r.error(p, `expected the id of an entry in "sources", got ${describe(id)}`);
    return undefined;
  });
}

/** Reads `sources` onto a sourced fact. */
export function sourced<T extends { sources?: SourceRefs }>(r: Reader, from: JsonObject, path: string, target: T): T {
  put(target, 'sources', refs(r, from['sources'], at(path, 'sources')));
  return target;
}

/** An object where one is needed, or a problem. */
export function object(r: Reader, value: unknown, path: string): JsonObject | undefined {
  if (isObject(value)) return value;
  if (value !== undefined && value !== null) r.error(path, `expected an object, got ${describe(value)}`);
  return undefined;
}


