/**
 * The keys our film JSON knows, section by section (film.schema.json has the same lists; a test
 * keeps the two in step). A key no section knows is told, with the nearest known key, by
 * near-keys.ts, which comes with the forgiving reader: an author who writes `runtme` or
 * `director` is told `runtime` or `credits.directors` instead of silence.
 */
import { type JsonObject, type Reader, need } from './reader.js';

/** The actor's own keys, which a cast member may write beside its role (`{ name, character }`) instead of under `actor`. */
export const actorBesideRole = ['name', 'altNames', 'url'] as const;

const KEYS = {
  film: [
    '$schema', 'title', 'id', 'url', 'originalTitle', 'altTitles', 'year', 'description', 'genres', 'credits',
    'companies', 'releases', 'runtime', 'countries', 'languages', 'budget', 'boxOffice', 'poster', 'cast', 'plot',
    'contentRating', 'reviews', 'scores', 'viewership', 'accolades', 'milestones', 'otherFilms', 'trailer', 'sources',
  ],
  entity: ['name', 'altNames', 'url', 'knownFor', 'sources'],
  title: ['text', 'lang'],
  image: ['src', 'alt', 'caption', 'width', 'height'],
  disputed: ['value', 'sources'],
  credits: ['directors', 'starring', 'producers', 'writers', 'screenplay', 'story', 'basedOn', 'narrators', 'music', 'cinematography', 'editors'],
  companies: ['production', 'distributors'],
  release: ['date', 'place', 'note', 'sources'],
  passage: ['text', 'sources'],
  // `name`, `altNames` and `url` are the short form that puts the actor's fields beside the role.
  castMember: ['actor', 'character', 'note', 'knownFor', 'about', 'photo', 'sources', ...actorBesideRole],
  plot: ['logline', 'text', 'spoilers', 'sources'],
  advisory: ['category', 'items'],
  contentRating: ['rating', 'system', 'advisories', 'sources'],
  rating: ['value', 'best', 'worst', 'unit', 'kind', 'grade', 'label'],
  criterion: ['name', 'rating'],
  recommendation: ['title', 'note', 'url'],
  userRating: ['value', 'best', 'count'],
  review: [
    'id', 'own', 'outlet', 'critic', 'date', 'url', 'lang', 'quote', 'body', 'headline', 'rating', 'verdict', 'criteria',
    'pros', 'cons', 'audience', 'recommendations', 'spoilers', 'userRating', 'sources',
  ],
  aggregateScore: ['source', 'own', 'name', 'value', 'best', 'unit', 'count', 'average', 'url', 'sources'],
  average: ['value', 'best'],
  viewership: ['source', 'period', 'views', 'hours', 'chart', 'sources'],
  period: ['start', 'end'],
  chart: ['name', 'rank'],
  accolade: ['award', 'date', 'category', 'recipients', 'result', 'sources'],
  milestone: ['date', 'end', 'kind', 'text', 'sources'],
  otherFilm: ['title', 'year', 'description', 'url', 'sources'],
  trailer: ['url', 'name', 'thumbnail', 'date', 'sources'],
  money: ['amount', 'currency', 'note', 'sources'],
  source: ['id', 'title', 'kind', 'publisher', 'date', 'url'],
} as const;

export type Section = keyof typeof KEYS;
/** The known keys as types, for the check that holds film-input.ts's types to them. */
export type KnownKeys = { readonly [S in Section]: (typeof KEYS)[S][number] };

/** Every section's known keys, for the test that holds them to film.schema.json. */
export const knownKeys: { readonly [S in Section]: readonly string[] } = KEYS;

/**
 * Warns about each key of `o` that `section` does not know (near-keys.ts says which known key is
 * nearest); the rest of the object is read as usual.
 */
export function unknownKeys(r: Reader, o: JsonObject, section: Section, path: string): void {
  const known = KEYS[section] as readonly string[];
  for (const key in o) if (!known.includes(key)) return need(r).unknownKeys(r, o, section, path);
}
