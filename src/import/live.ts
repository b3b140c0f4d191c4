/**
 * Fetching a film live, on the author's machine: a TMDB movie by its id (with the author's own
 * key), a Wikidata film by its Q-id with the labels of what it names, a Wikipedia article by its
 * title. The text fetched is then read by the importer of its kind, as if pasted. Every failure
 * is one sentence that says what to do. Nothing here runs in tests against the real services:
 * `api` points every request at one address instead (a test's replay server).
 */
import { ImportRefusal, type RefusalReason, isObject, type Json, wikipediaArticle } from './importer.js';
import type { ImportKind } from './importers.js';

export type LiveSource = { tmdb: string; key: string } | { wikidata: string } | { wikipedia: string; lang?: string };

export interface FetchOptions {
  /** One address in front of every API, for tests: `{api}/tmdb/3/…`, `{api}/wikidata/…`, `{api}/wikipedia/{lang}/…`. */
  api?: string;
  /** How long to wait for each answer before giving up, in milliseconds. */
  timeout?: number;
  fetch?: typeof fetch;
}

/** A fetch that gave no film: the message is one sentence that says what to do. */
export class FetchRefusal<R extends RefusalReason = RefusalReason> extends ImportRefusal<R> {
  override name = 'FetchRefusal';
}

/** Long enough for a slow connection, short enough that an author is not left waiting on a dead one. */
const TIMEOUT = 15_000;
/** wbgetentities takes at most 50 ids a request. */
const BATCH = 50;

interface Service {
  name: 'TMDB' | 'Wikidata' | 'Wikipedia';
  /** What an author checks when the thing asked for is not there. */
  missing: FetchRefusal;
}

async function getJson(url: string, service: Service, options: FetchOptions, headers: Record<string, string> = {}): Promise<Json> {
  const timeout = options.timeout ?? TIMEOUT;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  const n = Math.round(timeout / 100) / 10;
  const seconds = `${n} second${n === 1 ? '' : 's'}`;
  const late = () => new FetchRefusal(`${service.name} did not answer within ${seconds}: check your connection and try again`, 'timeout', { service: service.name, seconds: n });
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url, { headers: { accept: 'application/json', ...headers }, signal: controller.signal });
    } catch {
      if (controller.signal.aborted) throw late();
      const { host } = new URL(url);
      throw new FetchRefusal(`${service.name} could not be reached: check your connection (and that no extension blocks ${host}), then try again`,
        'unreachable', { service: service.name, host });
    }
    if (response.status === 401 || response.status === 403) {
      throw service.name === 'TMDB'
        ? new FetchRefusal('TMDB refused the API key: copy your key again from themoviedb.org (Settings, then API) and try again', 'tmdbKeyRefused')
        : new FetchRefusal(`${service.name} refused the request (HTTP ${response.status}): try again later`, 'serviceRefused', { service: service.name, status: response.status });
    }
    if (response.status === 404) throw service.missing;
    if (response.status === 429) {
      const after = response.headers.get('retry-after');
      const wait = after && /^\d+$/.test(after.trim()) ? Number(after.trim()) : after && !Number.isNaN(Date.parse(after))
        ? Math.max(1, Math.ceil((Date.parse(after) - Date.now()) / 1000)) : undefined;
      throw new FetchRefusal(`${service.name} is getting too many requests: wait ${wait === undefined ? 'a minute' : `${wait} seconds`} and try again`,
        'tooManyRequests', { service: service.name, ...(wait !== undefined && { seconds: wait }) });
    }
    if (!response.ok) {
      throw new FetchRefusal(`${service.name} answered with an error (HTTP ${response.status}): try again in a few minutes`, 'serviceError', { service: service.name, status: response.status });
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      if (controller.signal.aborted) throw late();
      throw new FetchRefusal(`${service.name} answered with something that is not JSON: try again in a few minutes`, 'answerNotJson', { service: service.name });
    }
    if (!isObject(body)) throw new FetchRefusal(`${service.name} answered with something that is not a film: try again in a few minutes`, 'answerNotFilm', { service: service.name });
    return body;
  } finally {
    clearTimeout(timer);
  }
}

/** `496243`, or the film's TMDB address (`themoviedb.org/movie/496243-parasite`). */
const tmdbId = (given: string) => /^\s*(\d+)\s*$/.exec(given)?.[1] ?? /themoviedb\.org\/movie\/(\d+)/.exec(given)?.[1];
/** `Q61448040`, or its Wikidata address. */
const wikidataId = (given: string) => /^\s*(Q\d+)\s*$/i.exec(given)?.[1]?.toUpperCase() ?? /wikidata\.org\/(?:wiki|entity)\/(Q\d+)/.exec(given)?.[1];

async function tmdb(given: string, key: string, options: FetchOptions) {
  const id = tmdbId(given);
  if (!id) throw new FetchRefusal(`"${given}" is not a TMDB movie id: give the number in the film's TMDB address (themoviedb.org/movie/496243-parasite gives 496243)`, 'tmdbId', { given });
  if (!key.trim()) throw new FetchRefusal('TMDB needs your API key: get one free at themoviedb.org (Settings, then API) and give it with the id', 'tmdbKey');
  const base = options.api ? `${options.api.replace(/\/$/, '')}/tmdb` : 'https://api.themoviedb.org';
  const url = new URL(`${base}/3/movie/${id}`);
  url.searchParams.set('append_to_response', 'credits,release_dates,videos,external_ids,translations');
  // A v4 read access token (a JWT) goes in a header; a v3 key in the query, as TMDB documents both.
  const bearer = /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(key.trim());
  if (!bearer) url.searchParams.set('api_key', key.trim());
  const missing = new FetchRefusal(`TMDB has no movie ${id}: check the number in the film's TMDB address (themoviedb.org/movie/496243-parasite gives 496243)`, 'tmdbMissing', { id });
  const movie = await getJson(url.href, { name: 'TMDB', missing },
    options, bearer ? { authorization: `Bearer ${key.trim()}` } : {});
  return { text: JSON.stringify(movie), kind: 'tmdb' as const };
}

/** Every entity id a film's statements and their qualifiers name. */
function namedIds(entity: Json): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      if (value['type'] === 'wikibase-entityid' && isObject(value['value']) && typeof value['value']['id'] === 'string') ids.add(value['value']['id']);
      else if (value['type'] === 'quantity' && isObject(value['value']) && typeof value['value']['unit'] === 'string') {
        const unit = /Q\d+$/.exec(value['value']['unit'])?.[0];
        if (unit) ids.add(unit);
      } else Object.values(value).forEach(visit);
    }
  };
  visit(entity['claims']);
  return [...ids].filter((id) => /^Q\d+$/.test(id) && id !== entity['id']);
}

async function wikidata(given: string, options: FetchOptions) {
  const id = wikidataId(given);
  if (!id) throw new FetchRefusal(`"${given}" is not a Wikidata id: give the Q and number at the top of the film's Wikidata page (Q61448040)`, 'wikidataId', { given });
  const base = options.api ? `${options.api.replace(/\/$/, '')}/wikidata` : 'https://www.wikidata.org';
  const service: Service = { name: 'Wikidata', missing: new FetchRefusal(`Wikidata has no entity ${id}: check the id at the top of the film's Wikidata page`, 'wikidataMissing', { id }) };
  const doc = await getJson(`${base}/wiki/Special:EntityData/${id}.json`, service, options);
  const entities = isObject(doc['entities']) ? doc['entities'] : {};
  const film = Object.values(entities).find(isObject);
  if (!film) throw service.missing;
  // The people, places and languages it names, by their labels, fifty at a time.
  const ids = namedIds(film);
  for (let i = 0; i < ids.length; i += BATCH) {
    const url = new URL(`${base}/w/api.php`);
    for (const [k, v] of Object.entries({ action: 'wbgetentities', ids: ids.slice(i, i + BATCH).join('|'), props: 'labels', format: 'json', origin: '*' })) url.searchParams.set(k, v);
    const labels = await getJson(url.href, { ...service, missing: new FetchRefusal('Wikidata could not give the names of what the film names: try again later', 'wikidataLabels') }, options);
    if (isObject(labels['entities'])) for (const [q, e] of Object.entries(labels['entities'])) if (!(q in entities)) entities[q] = e;
  }
  return { text: JSON.stringify({ entities }), kind: 'wikidata' as const };
}

async function wikipedia(given: string, lang: string, options: FetchOptions) {
  const fromUrl = wikipediaArticle(given);
  const wiki = (fromUrl?.wiki ?? lang).toLowerCase();
  const title = fromUrl?.title ?? given.trim();
  if (!title) throw new FetchRefusal('no article title given: give the title as it appears at the top of the article (Parasite (2019 film))', 'noArticleTitle');
  if (!/^[a-z]{2,3}(?:-[a-z]+)*$/.test(wiki)) throw new FetchRefusal(`"${wiki}" is not a Wikipedia language: give its code, as in en.wikipedia.org (en, ko, ja)`, 'wikiLanguage', { wiki });
  const base = options.api ? `${options.api.replace(/\/$/, '')}/wikipedia/${wiki}` : `https://${wiki}.wikipedia.org`;
  const url = new URL(`${base}/w/api.php`);
  for (const [k, v] of Object.entries({ action: 'query', prop: 'revisions', rvprop: 'content', rvslots: 'main', format: 'json', formatversion: '2', redirects: '1', origin: '*', titles: title })) url.searchParams.set(k, v);
  const missing = new FetchRefusal(`Wikipedia (${wiki}) has no article "${title}": check the title as it appears at the top of the article, and the wiki's language`,
    'wikipediaMissing', { wiki, title });
  const body = await getJson(url.href, { name: 'Wikipedia', missing }, options);
  const page = isObject(body['query']) && Array.isArray(body['query']['pages']) ? body['query']['pages'].find(isObject) : undefined;
  const content = page?.['revisions'] && Array.isArray(page['revisions']) && isObject(page['revisions'][0]) && isObject(page['revisions'][0]['slots'])
    && isObject(page['revisions'][0]['slots']['main']) ? page['revisions'][0]['slots']['main']['content'] : undefined;
  if (!page || page['missing'] || page['invalid'] || typeof content !== 'string') throw missing;
  const name = String(page['title'] ?? title).replace(/ /g, '_');
  return { text: content, kind: 'wikitext' as const, baseUrl: `https://${wiki}.wikipedia.org/wiki/${encodeURIComponent(name).replace(/%2F/g, '/')}` };
}

/** The text of a film fetched from its source, with the kind to read it as and the address it is at. */
export async function fetchFilm(source: LiveSource, options: FetchOptions = {}): Promise<{ text: string; kind: ImportKind; baseUrl?: string }> {
  if ('tmdb' in source) return tmdb(source.tmdb, source.key, options);
  if ('wikidata' in source) return wikidata(source.wikidata, options);
  return wikipedia(source.wikipedia, source.lang ?? 'en', options);
}
