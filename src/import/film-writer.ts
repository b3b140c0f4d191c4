/**
 * A film the model has read, written back as film JSON: the shape authors write and
 * film.schema.json describes, so an imported film reads back the same.
 */
import type { Film, FilmInput, Rating } from '../model/types.js';

type Json = Record<string, unknown>;

/** A rating as film JSON writes it: `{ value, best }`, `{ grade }` or `{ label }`. */
function ratingJson(rating: Rating): Json {
  if (rating.kind === 'grade') return { grade: rating.grade };
  if (rating.kind === 'verdict') return { label: rating.label };
  const { kind: _, ...score } = rating;
  return score;
}

export function filmJson(film: Film): FilmInput {
  const out = structuredClone(film) as unknown as Json & FilmInput;
  const reviews = out['reviews'] as Json[] | undefined;
  for (const review of reviews ?? []) {
    if (review['rating']) review['rating'] = ratingJson(review['rating'] as Rating);
    for (const criterion of (review['criteria'] as Json[] | undefined) ?? []) criterion['rating'] = ratingJson(criterion['rating'] as Rating);
  }
  return out;
}
