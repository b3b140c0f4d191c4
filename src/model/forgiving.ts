/**
 * The forgiving side of the small readers in reader.ts, fetched with the full reader: text too
 * long to keep, numbers, booleans, dates and runtimes written as words, and the problems and
 * messages of each. reader.ts reads what is already in the schema's form and hands the rest here;
 * each function here reads every value, that form included, so it is the one truth of the helper.
 */
import type { IsoDate, Release } from './types.js';
import { type NumberRules, type Reader, MAX_TEXT, NUMERIC, describe, isObject, isSchemaYear } from './reader.js';
import { readDate, readWrittenDate, realDay } from './dates.js';

export { unknownKeys } from './near-keys.js';

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

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export function date(r: Reader, value: unknown, path: string): IsoDate | undefined {
  if (value === undefined || value === null) return undefined;
  if (isSchemaYear(value)) return String(value);
  if (r.jsonLd && isObject(value) && '@value' in value) return date(r, value['@value'], path);
  if (typeof value === 'string') {
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

