/**
 * A film the model has read, written back as film JSON: the shape authors write and
 * film.schema.json describes, so an imported film reads back the same.
 */
import type { Film, FilmInput, Localisable, Rating } from '../model/types.js';

type Json = Record<string, unknown>;

/** A rating as film JSON writes it: `{ value, best }`, `{ grade }` or `{ label }`. */
function ratingJson(rating: Rating): Json {
  if (rating.kind === 'grade') return { grade: rating.grade };
  if (rating.kind === 'verdict') return { label: rating.label };
  const { kind: _, ...score } = rating;
  return score;
}

const LIST_ENTRY = /^(\w+)\[(\d+)\]$/;

/**
 * Text the model keeps per language (`localised`) goes back into its field as the author's
 * language map. A name's other languages, which the reader adds to `altNames`, are left there
 * only once: in the name's map.
 */
function foldLanguages(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(foldLanguages);
  if (typeof value !== 'object' || value === null) return value;
  const { localised, ...rest } = value as Json & Localisable;
  const out: Json = {};
  for (const key in rest) out[key] = foldLanguages(rest[key]);
  if (!localised) return out;
  const nameSpellings = new Set(Object.values(localised['name'] ?? {}));
  for (const field in localised) {
    const entry = LIST_ENTRY.exec(field);
    if (!entry) out[field] = localised[field];
    else if (Array.isArray(out[entry[1]!])) (out[entry[1]!] as unknown[])[Number(entry[2])] = localised[field];
  }
  const names = rest['altNames'] as string[] | undefined;
  if (names && nameSpellings.size > 1) {
    const kept = (out['altNames'] as unknown[]).filter((_, i) => !nameSpellings.has(names[i]!));
    if (kept.length) out['altNames'] = kept;
    else delete out['altNames'];
  }
  // A title given per language says its language in the map.
  if (localised['text'] && Object.keys(localised['text']).length > 1) delete out['lang'];
  return out;
}

export function filmJson(film: Film): FilmInput {
  const out = foldLanguages(film) as Json & FilmInput;
  const reviews = out['reviews'] as Json[] | undefined;
  for (const review of reviews ?? []) {
    if (review['rating']) review['rating'] = ratingJson(review['rating'] as Rating);
    for (const criterion of (review['criteria'] as Json[] | undefined) ?? []) criterion['rating'] = ratingJson(criterion['rating'] as Rating);
  }
  return out;
}
