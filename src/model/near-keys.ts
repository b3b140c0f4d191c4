/**
 * The nearest known key for one our film JSON does not know, told with the warning: an author
 * who writes `runtme` or `director` is told `runtime` or `credits.directors` instead of silence.
 * Fetched with the forgiving reader: a document with only known keys never needs it.
 */
import { type JsonObject, type Reader, at } from './reader.js';
import { type Section, knownKeys as KEYS } from './known-keys.js';

/** What a section is called in a message: "not a field of a review". */
const CALLED: Partial<Record<Section, string>> = {
  film: 'the film JSON', entity: 'a person or company', castMember: 'a cast member', contentRating: 'the content rating',
  aggregateScore: 'a score', userRating: "readers' rating", average: 'an average', otherFilm: 'another film',
  money: 'an amount of money', disputed: 'a runtime', criterion: 'a criterion', source: 'a source',
};

/**
 * Words other vocabularies use for our keys (schema.org, IMDb, review plugins), which no spelling
 * distance finds: `duration` is `runtime`, a review's `author` is its `critic`.
 */
const ALIASES: Partial<Record<Section, Record<string, string>>> = {
  film: {
    name: 'title', duration: 'runtime', runningTime: 'runtime', length: 'runtime', image: 'poster', actors: 'cast',
    actor: 'cast', stars: 'credits.starring', studio: 'companies.production', productionCompany: 'companies.production',
    distributor: 'companies.distributors', awards: 'accolades', synopsis: 'plot', summary: 'plot', storyline: 'plot',
    released: 'releases', releaseDate: 'releases', datePublished: 'releases', certificate: 'contentRating',
    mpaaRating: 'contentRating', ratings: 'scores', aggregateRating: 'scores', review: 'reviews', genre: 'genres',
    author: 'credits.writers', composer: 'credits.music', musicBy: 'credits.music', editor: 'credits.editors',
    inLanguage: 'languages', countryOfOrigin: 'countries', alternateName: 'altTitles', awardsList: 'accolades',
  },
  review: {
    author: 'critic', reviewer: 'critic', stars: 'rating', grade: 'rating', publication: 'outlet', publisher: 'outlet', site: 'outlet', score: 'rating',
    reviewRating: 'rating', reviewBody: 'body', text: 'body', summary: 'quote', excerpt: 'quote', title: 'headline',
    link: 'url', datePublished: 'date', published: 'date', language: 'lang', inLanguage: 'lang',
  },
  castMember: { role: 'character', characterName: 'character', person: 'actor' },
  image: { url: 'src', href: 'src', description: 'alt' },
  rating: { max: 'best', outOf: 'best', bestRating: 'best', ratingValue: 'value', min: 'worst', worstRating: 'worst' },
  aggregateScore: { ratingValue: 'value', max: 'best', reviewCount: 'count', ratingCount: 'count', aggregator: 'source' },
};

/** `runtme`, `Run_Time` and `runtimes` all come to the same letters. */
const fold = (key: string) => key.toLowerCase().replace(/[-_\s]/g, '').replace(/ies$/, 'y').replace(/s$/, '');

/** Edit distance with transpositions (`ruintme`), stopping once it is over `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      next.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    [before, row] = [row, next];
  }
  return row[b.length]!;
}

/**
 * The keys a misspelling may be meant for, as [spelling, key meant]: the section's own, at the
 * top the inner keys of credits and companies, and the other vocabularies' words (`auther` is
 * a slip for `author`, which means `critic`).
 */
function candidates(section: Section): Array<[string, string]> {
  const own = KEYS[section].map((k): [string, string] => [k, k]);
  const aliases = Object.entries(ALIASES[section] ?? {});
  if (section !== 'film') return [...own, ...aliases];
  const inner = (name: 'credits' | 'companies') => KEYS[name].map((k): [string, string] => [k, `${name}.${k}`]);
  return [...own, ...inner('credits'), ...inner('companies'), ...aliases];
}

/** The known key nearest to `key` in `section` (a path for another section's key), if any is near. */
export function nearestKey(section: Section, key: string): string | undefined {
  const alias = ALIASES[section]?.[key] ?? ALIASES[section]?.[key.toLowerCase()];
  if (alias) return alias;
  const folded = fold(key);
  // Short keys tolerate one slip, longer ones more: `titel` is `title`, `plto` is `plot`.
  const limit = folded.length <= 4 ? 1 : folded.length <= 8 ? 2 : 3;
  let nearest: string | undefined;
  let best = limit + 1;
  for (const [spelling, meant] of candidates(section)) {
    const d = distance(folded, fold(spelling), limit);
    if (d < best) [nearest, best] = [meant, d];
  }
  return nearest;
}

/**
 * Warns about each key of `o` that `section` does not know, with the nearest known key; the
 * rest of the object is read as usual. A warning, not an error: nothing the author meant as a
 * known field was dropped, and the element renders the same.
 */
export function unknownKeys(r: Reader, o: JsonObject, section: Section, path: string): void {
  const known = KEYS[section] as readonly string[];
  for (const key in o) {
    if (known.includes(key)) continue;
    const near = nearestKey(section, key);
    const where = `not a field of ${CALLED[section] ?? `a ${section.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)}`}, so it was ignored`;
    if (near === undefined) r.warn(at(path, key), `${where}; film.schema.json lists the fields`);
    else r.warn(at(path, key), `${where}; did you mean "${near}"?`);
  }
}
