/**
 * Ratings on their own scales: stars, points, percentages, grades and verdict labels, written
 * as objects or as text ("3/5", "91%"). An impossible score is dropped, never clamped.
 */
import type { Rating } from './types.js';
import { type JsonObject, type Reader, NUMERIC, at, describe, num, object, put, text } from './reader.js';


export const UNITS = ['stars', 'percent', 'points'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * The `unit` and `best` of a score written as an object, shared by ratings and aggregate scores:
 * a percentage is out of 100 unless it says otherwise; a missing top of the scale is an error,
 * with `example` as the top to suggest; `min`, when given, is the lowest top accepted.
 */
export function scale(r: Reader, o: JsonObject, path: string, example: number, min?: number): { unit?: Unit; best?: number } {
  let unit: Unit | undefined;
  if (o['unit'] !== undefined) {
    unit = UNITS.find((u) => u === o['unit']);
    if (!unit) r.warn(at(path, 'unit'), `expected "stars", "percent" or "points", got ${describe(o['unit'])}; left it out`);
  }
  const best = num(r, o['best'], at(path, 'best'), min === undefined ? {} : { min }) ?? (unit === 'percent' ? 100 : undefined);
  if (best === undefined && o['best'] === undefined) r.error(at(path, 'best'), `missing: give the top of the scale, for example "best": ${example}`);
  return unit ? { unit, best } : { best };
}

/** Checks a score against its own scale; an impossible one is dropped, never clamped. */
export function score(r: Reader, where: { value: string; best: string }, value: number, best: number, worst?: number, unit?: Unit): Rating | undefined {
  const low = worst ?? 0;
  if (best <= low) {
    r.error(where.best, `expected the top of the scale to be above ${low}, got ${best}`);
    return undefined;
  }
  if (value < low || value > best) {
    r.error(where.value, `expected a score from ${low} to ${best}, got ${value}`);
    return undefined;
  }
  const rating: Rating = { kind: 'score', value, best };
  put(rating, 'worst', worst);
  put(rating, 'unit', unit);
  return rating;
}

const FRACTION = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/;
const PERCENT = /^(\d+(?:\.\d+)?)\s*%$/;
const OUT_OF = /^(\d+(?:\.\d+)?)\s*(stars?|points?)?\s+(?:out\s+of|of)\s+(\d+(?:\.\d+)?)\s*(stars?|points?)?$/i;
const GRADE = /^[A-F][+\-−]?$/;

/** "3/5", "91%", "3 stars out of 5", "B+", or a verdict label such as "Mixed (Divisive)". */
export function ratingFromText(r: Reader, written: string, path: string): Rating | undefined {
  const s = written.trim();
  let value: number, best: number, unit: Unit | undefined;
  let m: RegExpExecArray | null;
  if ((m = FRACTION.exec(s))) [value, best] = [Number(m[1]), Number(m[2])];
  else if ((m = PERCENT.exec(s))) [value, best, unit] = [Number(m[1]), 100, 'percent'];
  else if ((m = OUT_OF.exec(s))) {
    [value, best] = [Number(m[1]), Number(m[3])];
    const word = (m[2] ?? m[4])?.toLowerCase();
    unit = word?.startsWith('star') ? 'stars' : word ? 'points' : undefined;
  } else if (GRADE.test(s)) return { kind: 'grade', grade: s };
  else if (NUMERIC.test(s)) {
    r.error(path, `expected a rating with its scale, like "3/5", got ${describe(written)}`);
    return undefined;
  } else return s ? { kind: 'verdict', label: s } : undefined;
  const rating = score(r, { value: path, best: path }, value, best, undefined, unit);
  if (rating) r.note(path, `read ${describe(written)} as ${value} out of ${best}`);
  return rating;
}

/** A rating as our film JSON writes it: text, `{ value, best }`, `{ grade }` or `{ label }`. */
export function rating(r: Reader, value: unknown, path: string): Rating | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    // Read as text first, so a verdict label is held to the same length as any other text.
    const written = text(r, value, path, 'a rating');
    return written === undefined ? undefined : ratingFromText(r, written, path);
  }
  if (typeof value === 'number') {
    r.error(path, `expected a rating with its scale, like "${value}/5" or { "value": ${value}, "best": 5 }, got ${value}`);
    return undefined;
  }
  const o = object(r, value, path);
  if (!o) return undefined;
  if (o['kind'] === 'grade' || o['grade'] !== undefined) {
    const grade = text(r, o['grade'], at(path, 'grade'), 'a grade');
    if (grade === undefined && o['grade'] === undefined) r.error(at(path, 'grade'), 'expected a grade, got nothing');
    return grade === undefined ? undefined : { kind: 'grade', grade };
  }
  if (o['kind'] === 'verdict' || o['label'] !== undefined) {
    const label = text(r, o['label'], at(path, 'label'), 'a verdict');
    if (label === undefined && o['label'] === undefined) r.error(at(path, 'label'), 'expected a verdict label, got nothing');
    return label === undefined ? undefined : { kind: 'verdict', label };
  }
  const score_ = num(r, o['value'], at(path, 'value'));
  if (score_ === undefined) {
    if (o['value'] === undefined) r.error(at(path, 'value'), 'expected a number, got nothing');
    return undefined;
  }
  const { unit, best } = scale(r, o, path, 5);
  if (best === undefined) return undefined;
  const where = { value: at(path, 'value'), best: at(path, 'best') };
  return score(r, where, score_, best, num(r, o['worst'], at(path, 'worst')), unit);
}
