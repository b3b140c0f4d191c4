/** Which source backs each fact, for importers whose every fact comes from one place (a page, TMDb). */
import type { FilmInput } from '../model/types.js';

/** Every fact of the film points to the source `id`, besides any it already names. */
export function citeAll(film: FilmInput, id: string): void {
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

/** The sections in the order film.schema.json lists them, which is how an author reads the file. */
const ORDER = ['title', 'id', 'url', 'originalTitle', 'altTitles', 'year', 'description', 'genres', 'credits', 'companies', 'releases', 'runtime',
  'countries', 'languages', 'budget', 'boxOffice', 'poster', 'cast', 'plot', 'contentRating', 'reviews', 'scores', 'viewership', 'accolades',
  'milestones', 'otherFilms', 'trailer', 'sources'];

export function inSchemaOrder(film: FilmInput): FilmInput {
  const f = film as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of ORDER) if (f[key] !== undefined) out[key] = f[key];
  for (const key of Object.keys(f)) if (!(key in out)) out[key] = f[key];
  return out as unknown as FilmInput;
}

let regions: Intl.DisplayNames | undefined;
/** A country's English name by its ISO 3166 code ("KR" → "South Korea"), or the code when Intl has none. */
export function countryName(code: string): string {
  regions ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  try {
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}
