/**
 * The small readers both input formats share: each takes one JSON value and where it sits,
 * returns the normalised value or `undefined`, and tells the `Reader` what it dropped or
 * coerced in words a CMS author can act on.
 *
 * Each reads a value already in the schema's form here, and hands anything else to its
 * forgiving self in forgiving.ts (text too long, numbers and dates written as words, problems
 * and their messages), which a reading has only once it is fetched. A reader without it is the
 * elements' fast path: at the first value that needs forgiving, or the first problem, it
 * declines (a private `Decline` is thrown) and the film is read again in full. So the fast path
 * gives exactly the full reading's film, or none: the section readers are the same code.
 */
import type { IsoDate, LangMap, Localisable, Problem, Release, SourceRefs } from './types.js';
import { safeUrl } from './url.js';

/**
 * The forgiving helpers (forgiving.ts), fetched with the full reader (read-full.ts): each reads
 * a value as authors write it, and tells what it could not use.
 */
export interface Forgiving {
  text(r: Reader, value: unknown, path: string, what?: string): string | undefined;
  bool(r: Reader, value: unknown, path: string): boolean | undefined;
  num(r: Reader, value: unknown, path: string, rules?: NumberRules): number | undefined;
  date(r: Reader, value: unknown, path: string): IsoDate | undefined;
  datedPlace(r: Reader, value: unknown, path: string): Release | undefined;
  minutes(r: Reader, value: unknown, path: string): number | undefined;
  /** `section`: one of known-keys.ts's sections. */
  unknownKeys(r: Reader, o: JsonObject, section: string, path: string): void;
}

/** Thrown by a reader without its forgiving helpers at what only they can read. */
class Decline {}

/** The reading's forgiving helpers, or the end of the fast path. */
export function need(r: Reader): Forgiving {
  if (r.forgiving) return r.forgiving;
  throw new Decline();
}


export type JsonObject = Record<string, unknown>;

/** How JSON-LD gives text per language (jsonld-text.ts), which only the JSON-LD reader loads. */
export interface JsonLdText {
  /** Text that may be given per language: the text chosen and, given per language, every language. */
  localText(r: Reader, value: unknown, path: string, what: string): { text: string; map?: LangMap } | undefined;
  /** A name made a name per language by its language-tagged other names. */
  fromAlternates(owner: Localisable, field: string, shown: string, alternates: Array<[string, string | undefined]>): void;
}

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
  /** How JSON-LD gives text per language, which the JSON-LD reader sets (jsonld-text.ts). */
  jsonLdText?: JsonLdText;
  private unlisted = 0;

  /** `forgiving`: the forgiving helpers; without them the reader declines at the first problem. */
  constructor(readonly options: ReaderOptions, readonly forgiving?: Forgiving) {}

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
    need(this);
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
  if (typeof value === 'string' && !r.decode && value.length <= MAX_TEXT) return value.trim() || undefined;
  return need(r).text(r, value, path, what);
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
  return need(r).bool(r, value, path);
}

// ---- numbers -------------------------------------------------------------------------------

export const NUMERIC = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^-?\.\d+$/;

export interface NumberRules {
  integer?: boolean;
  min?: number;
}

export function num(r: Reader, value: unknown, path: string, rules: NumberRules = {}): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value) && (!rules.integer || Number.isInteger(value)) &&
    (rules.min === undefined || value >= rules.min)) return value;
  return need(r).num(r, value, path, rules);
}

// ---- dates ---------------------------------------------------------------------------------

/** `2023-10-05`, `2023-10` or `2023`, naming a real day or month, as the schema writes a date. */
const SCHEMA_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `value` is a date exactly as the schema writes it, which every reader takes as it is. */
export function isSchemaDate(value: string): boolean {
  const m = SCHEMA_DATE.exec(value);
  if (!m) return false;
  const [, y, month, day] = m;
  if (!month) return true;
  const at = new Date(Date.UTC(Number(y), Number(month) - 1, day ? Number(day) : 1));
  return at.getUTCMonth() === Number(month) - 1 && (!day || at.getUTCDate() === Number(day));
}

/** Whether `value` is a year given as a number, as the schema also writes a date (`2023`). */
export const isSchemaYear = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999;

export function date(r: Reader, value: unknown, path: string): IsoDate | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && isSchemaDate(value)) return value;
  if (isSchemaYear(value)) return String(value);
  return need(r).date(r, value, path);
}

/** A date with its place written after it ("15 September 1995 (Toronto)"), read as both; undefined otherwise. */
export function datedPlace(r: Reader, value: unknown, path: string): Release | undefined {
  if (typeof value !== 'string' || isSchemaDate(value)) return undefined;
  return need(r).datedPlace(r, value, path);
}

/** Minutes from 93, "93 minutes", "1 Hour 33 Minutes", "PT1H33M". */
export function minutes(r: Reader, value: unknown, path: string): number | undefined {
  return typeof value === 'string' ? need(r).minutes(r, value, path) : num(r, value, path, { min: 1 });
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


