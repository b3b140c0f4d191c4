/**
 * The Movie Database (TMDB), API v3: a movie's details (`/movie/{id}`), alone or with
 * `append_to_response=credits,release_dates,videos,external_ids,translations`, as the author's
 * own request or `film-elements import --tmdb` fetches it. TMDB is the source of every fact.
 * Field names follow TMDB's API reference (developer.themoviedb.org/reference/movie-details).
 */
import { ImportRefusal, type Json, importer, isObject, jsonOf } from '../importer.js';
import type { Notes } from '../notes.js';
import { citeAll, countryName, inSchemaOrder } from '../sourcing.js';
import { withoutTags } from '../jsonld.js';
import type { FilmInput } from '../../model/types.js';
import { canonicalTag } from '../../model/localised.js';

/** Where TMDB serves its images; `w780` is a poster's size for a page (TMDB's configuration lists it). */
export const TMDB_IMAGES = 'https://image.tmdb.org/t/p/w780';

/** TMDB's release types, by number (the `type` of a release date). */
const RELEASE_TYPES: Record<number, string> = { 1: 'premiere', 2: 'theatrical (limited)', 3: 'theatrical', 4: 'digital', 5: 'physical', 6: 'TV' };

/** The body that rates films in a country, for the certifications TMDB lists (TMDB's /certification/movie/list). */
const RATING_SYSTEMS: Record<string, string> = {
  US: 'MPA', GB: 'BBFC', KR: 'KMRB', JP: 'Eirin', DE: 'FSK', FR: 'CNC', CA: 'Canadian Home Video Rating System', AU: 'ACB',
  IN: 'CBFC', BR: 'ClassInd', ES: 'ICAA', IT: 'MiC', NL: 'Kijkwijzer', NZ: 'OFLC', HK: 'Film Censorship Ordinance', TW: 'MOC',
};

/**
 * Crew jobs, as TMDB writes them, and the credit each becomes. The writers of the work a film
 * adapts (TMDB's Writing jobs "Novel", "Comic Book", "Theatre Play"…) are its "Based on", as an
 * encyclopedia's infobox lists them; "Characters" is who created the characters a film takes.
 */
const JOBS: Record<string, string> = {
  Director: 'directors', Screenplay: 'screenplay', Writer: 'writers', Story: 'story', Producer: 'producers',
  'Original Music Composer': 'music', Music: 'music', 'Director of Photography': 'cinematography', Editor: 'editors',
  ...Object.fromEntries(['Novel', 'Book', 'Author', 'Comic Book', 'Graphic Novel', 'Short Story', 'Theatre Play', 'Play',
    'Musical', 'Opera', 'Characters', 'Original Film Writer'].map((job) => [job, 'basedOn'])),
};

/** What a TMDB response alone is, when it is one of the sub-responses a movie's details can append. */
function partAlone(json: Json): string | undefined {
  if (Array.isArray(json['cast']) && Array.isArray(json['crew'])) return 'credits';
  const results = json['results'];
  if (Array.isArray(results) && results.some((r) => isObject(r) && 'release_dates' in r)) return 'release_dates';
  if (Array.isArray(results) && results.some((r) => isObject(r) && 'site' in r && 'key' in r)) return 'videos';
  if (Array.isArray(json['translations'])) return 'translations';
  if ('imdb_id' in json && ('wikidata_id' in json || 'facebook_id' in json)) return 'external_ids';
  return undefined;
}

const isDetails = (json: Json) => typeof json['id'] === 'number' && typeof json['original_title'] === 'string';

// Control characters are no text an author could mean; a string of nothing else is absent.
const text = (v: unknown) => {
  const plain = typeof v === 'string' ? v.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim() : '';
  return plain || undefined;
};
/** A language code as TMDB gives it (`ko`), when it is one. */
const language = (v: unknown) => (text(v) ? canonicalTag(text(v)!) : undefined);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

function person(p: Json): Json {
  const out: Json = { name: text(p['name']) };
  if (text(p['original_name']) && p['original_name'] !== p['name']) out['altNames'] = [text(p['original_name'])];
  if (typeof p['id'] === 'number') out['url'] = `https://www.themoviedb.org/person/${p['id']}`;
  return out;
}

function creditsOf(credits: Json): { credits: Json; cast: Json[] } {
  const roles: Record<string, Json[]> = {};
  const seen = new Set<string>();
  for (const member of list(credits['crew'])) {
    const role = JOBS[String(member['job'])];
    if (!role || !text(member['name']) || seen.has(`${role}/${member['id']}`)) continue;
    seen.add(`${role}/${member['id']}`);
    (roles[role] ??= []).push(person(member));
  }
  const cast = list(credits['cast']).filter((m) => text(m['name']))
    .sort((a, b) => (Number(a['order']) || 0) - (Number(b['order']) || 0))
    .map((m) => ({ actor: person(m), ...(text(m['character']) && { character: text(m['character']) }) }));
  return { credits: roles, cast };
}

/** Releases per country with their kind; the certification of the film's own country (else the US's) as its rating. */
function releasesOf(data: Json, film: Json, countries: string[], notes: Notes): void {
  const releases: Json[] = [];
  const ratings: { country: string; rating: string }[] = [];
  for (const country of list(data['results'])) {
    // A country's two letters (TMDB's `KR`); anything else names no country, and no rating's system.
    const code = /^[A-Z]{2}$/.test(text(country['iso_3166_1']) ?? '') ? text(country['iso_3166_1'])! : undefined;
    for (const release of list(country['release_dates'])) {
      const date = /^\d{4}-\d{2}-\d{2}/.exec(String(release['release_date'] ?? ''))?.[0];
      const certification = text(release['certification']);
      if (code && certification && !ratings.some((r) => r.country === code && r.rating === certification)) ratings.push({ country: code, rating: certification });
      if (!date) continue;
      const kind = RELEASE_TYPES[Number(release['type'])];
      const said = text(release['note']);
      // A premiere's note names its festival, which is where it was; other notes say what kind it was.
      const place = Number(release['type']) === 1 && said ? said : code && countryName(code);
      const note = [kind, Number(release['type']) === 1 ? undefined : said].filter(Boolean).join(', ');
      releases.push({ date, ...(place && { place }), ...(note && { note }) });
    }
  }
  if (releases.length) film['releases'] = releases.sort((a, b) => String(a['date']).localeCompare(String(b['date'])));
  const chosen = ratings.find((r) => countries.includes(r.country)) ?? ratings.find((r) => r.country === 'US') ?? ratings[0];
  if (chosen) {
    film['contentRating'] = { rating: chosen.rating, system: RATING_SYSTEMS[chosen.country] ?? `${countryName(chosen.country)}'s rating` };
    const others = ratings.filter((r) => r !== chosen).map((r) => `${r.country} ${r.rating}`);
    if (others.length) {
      notes.add(1, others.slice(0, 12).join(', ') + (others.length > 12 ? ', …' : ''), `the ratings of ${others.length} other ${others.length === 1 ? 'country' : 'countries'}: a film keeps one rating`, { section: 'contentRating', reason: 'otherRatings' });
    }
  }
}

/**
 * The YouTube trailer: TMDB's official ones first, then the earliest published; with the day it
 * was published (`published_at`, a UTC timestamp), which search engines need to show a video. No
 * thumbnail: its address would be YouTube's, which TMDB does not give, and nothing is fetched
 * from YouTube before the reader asks to play.
 */
function trailerOf(videos: Json): Json | undefined {
  const trailers = list(videos['results']).filter((v) => v['site'] === 'YouTube' && v['type'] === 'Trailer' && /^[\w-]{6,20}$/.test(String(v['key'])));
  trailers.sort((a, b) => Number(b['official'] === true) - Number(a['official'] === true) || String(a['published_at'] ?? '').localeCompare(String(b['published_at'] ?? '')));
  const chosen = trailers[0];
  if (!chosen) return undefined;
  const date = /^\d{4}-\d{2}-\d{2}/.exec(String(chosen['published_at'] ?? ''))?.[0];
  return { url: `https://www.youtube.com/watch?v=${chosen['key']}`, ...(text(chosen['name']) && { name: text(chosen['name']) }), ...(date && { date }) };
}

/** The title in each language TMDB translated it into, with the original in its own. */
function titlesOf(movie: Json): string | Record<string, string> {
  const title = text(movie['title'])!;
  const map: Record<string, string> = { en: title };
  for (const t of list(isObject(movie['translations']) ? (movie['translations'] as Json)['translations'] : undefined)) {
    const lang = language(t['iso_639_1']);
    const translated = isObject(t['data']) ? text(t['data']['title']) : undefined;
    if (lang && translated && !(lang in map)) map[lang] = translated;
  }
  const original = language(movie['original_language']);
  if (original && text(movie['original_title'])) map[original] = text(movie['original_title'])!;
  return Object.keys(map).length > 1 ? map : title;
}

export function readTmdb(movie: Json, notes: Notes): FilmInput {
  const title = text(movie['title']) ?? text(movie['original_title']);
  if (!title) throw new ImportRefusal('this TMDB movie has no title: fetch the movie\'s details (/movie/{id}) again', 'tmdbNoTitle');
  const film: Json = { title: titlesOf({ ...movie, title }) };
  const original = language(movie['original_language']);
  if (text(movie['original_title']) && original) film['originalTitle'] = { text: text(movie['original_title']), lang: original };
  if (text(movie['overview'])) film['plot'] = { text: text(movie['overview']), spoilers: false };
  const genres = list(movie['genres']).map((g) => text(g['name'])).filter(Boolean);
  if (genres.length) film['genres'] = genres;
  if (isObject(movie['credits'])) {
    const { credits, cast } = creditsOf(movie['credits']);
    if (Object.keys(credits).length) film['credits'] = credits;
    if (cast.length) film['cast'] = cast;
  }
  const companies = list(movie['production_companies']).map((c) => text(c['name'])).filter(Boolean).map((name) => ({ name }));
  if (companies.length) film['companies'] = { production: companies };
  const countries = list(movie['production_countries']).map((c) => text(c['iso_3166_1'])).filter(Boolean) as string[];
  if (countries.length) film['countries'] = countries;
  // The original language first: it is the one the original title is in.
  const languages = list(movie['spoken_languages']).map((l) => language(l['iso_639_1'])).filter(Boolean) as string[];
  if (original && !languages.includes(original)) languages.unshift(original);
  if (languages.length) film['languages'] = [...languages].sort((a, b) => Number(b === original) - Number(a === original));
  if (isObject(movie['release_dates'])) releasesOf(movie['release_dates'], film, countries, notes);
  if (!film['releases'] && /^\d{4}-\d{2}-\d{2}$/.test(String(movie['release_date']))) film['releases'] = [{ date: movie['release_date'] }];
  const releases = (film['releases'] as Json[] | undefined) ?? [];
  if (releases.length) film['year'] = Number(String(releases[0]!['date']).slice(0, 4));
  if (Number(movie['runtime']) > 0) film['runtime'] = [{ value: Number(movie['runtime']) }];
  // TMDB writes 0 for a budget or revenue it does not know: never a figure.
  if (Number(movie['budget']) > 0) film['budget'] = { amount: Number(movie['budget']), currency: 'USD' };
  if (Number(movie['revenue']) > 0) film['boxOffice'] = { amount: Number(movie['revenue']), currency: 'USD', note: 'worldwide' };
  const poster = text(movie['poster_path']);
  if (poster && /^\/[\w.-]+$/.test(poster)) film['poster'] = { src: `${TMDB_IMAGES}${poster}`, alt: `Poster of ${title}` };
  if (Number(movie['vote_count']) > 0 && Number(movie['vote_average']) > 0) {
    film['scores'] = [{ source: 'TMDB', name: 'User Score', value: Number(movie['vote_average']), best: 10, count: Number(movie['vote_count']) }];
  }
  const trailer = isObject(movie['videos']) ? trailerOf(movie['videos']) : undefined;
  if (trailer) film['trailer'] = trailer;
  const homepage = text(movie['homepage']);
  if (homepage && /^https?:\/\//.test(homepage)) film['url'] = homepage;
  citeAll(film as unknown as FilmInput, 'tmdb');
  const year = film['year'] ? ` (${film['year']})` : '';
  const sources: Json[] = [{ id: 'tmdb', title: `${title}${year} – The Movie Database`, kind: 'database', publisher: 'The Movie Database (TMDB)', url: `https://www.themoviedb.org/movie/${movie['id']}` }];
  const imdb = text(movie['imdb_id']) ?? (isObject(movie['external_ids']) ? text(movie['external_ids']['imdb_id']) : undefined);
  if (imdb && /^tt\d+$/.test(imdb)) sources.push({ id: 'imdb', title: `${title}${year} – IMDb`, kind: 'database', publisher: 'IMDb', url: `https://www.imdb.com/title/${imdb}/` });
  film['sources'] = sources;
  const unread = ['tagline', 'belongs_to_collection', 'backdrop_path'].filter((key) => movie[key] !== null && movie[key] !== undefined && movie[key] !== '');
  if (unread.length) notes.add(1, unread.join(', '), 'what TMDB gives that a film has no place for: its tagline, the collection it belongs to and its backdrop image', { reason: 'tmdbUnread' });
  return inSchemaOrder(film as unknown as FilmInput);
}

export const tmdb = importer({
  kind: 'tmdb',
  label: 'TMDB movie JSON',
  reads: 'a movie\'s details from The Movie Database (API v3, with credits, release dates, videos and external ids appended)',
  detect: ({ json }) => isObject(json) && typeof json['id'] === 'number' && (isDetails(json) || partAlone(json) !== undefined),
  read(text, notes) {
    const json = jsonOf(text);
    if (!isObject(json)) throw new ImportRefusal('this is not a TMDB movie: fetch /movie/{id} from the TMDB API', 'notTmdb');
    if (!isDetails(json)) {
      const part = partAlone(json) ?? 'a part';
      throw new ImportRefusal(`this is TMDB's ${part} of a movie alone, which names no film: fetch /movie/${json['id']}?append_to_response=${part} instead`,
        'tmdbPartAlone', { part, id: String(json['id']) });
    }
    if (withoutTags(json)) notes.add(1, 'HTML in TMDB\'s text', 'HTML tags inside its text were removed: a film\'s text is plain text', { reason: 'htmlRemoved' });
    return readTmdb(json, notes);
  },
});
