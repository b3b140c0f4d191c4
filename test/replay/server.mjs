// A local stand-in for TMDB, Wikidata and Wikipedia that replays recorded responses
// (test/fixtures/replay/), failures included, so that no test touches the network. Started by
// the test on port 0; `FILM_ELEMENTS_API` (the command) or `?api=` (the builder) point at it.
//   /tmdb/3/movie/{id}            movie-{id}.json; key "bad" → 401, id 404 → 404, id 429 → 429
//                                 with Retry-After, id 408 → no answer at all (a timeout)
//   /wikidata/wiki/Special:EntityData/{Q}.json, /wikidata/w/api.php?action=wbgetentities
//   /wikipedia/{lang}/w/api.php?action=query&titles=…   an article of test/fixtures/import/
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const replay = join(root, 'test/fixtures/replay');
/** Articles by wiki and title, from the wikitext fixtures. */
const ARTICLES = { en: { Rashomon: 'rashomon.wiki', 'Parasite (2019 film)': 'parasite.wiki' }, ko: { '헤어질 결심': 'decision-to-leave.ko.wiki' } };

const read = (path) => readFileSync(join(replay, path), 'utf8');
/** The labels of every entity the recorded wbgetentities answers hold. */
function labels() {
  const all = {};
  for (const file of readdirSync(join(replay, 'wikidata')).filter((f) => f.startsWith('labels-'))) Object.assign(all, JSON.parse(read(`wikidata/${file}`)).entities);
  return all;
}

function answer(request, response, log) {
  const url = new URL(request.url, 'http://replay');
  log.push({ path: url.pathname, query: Object.fromEntries(url.searchParams), authorization: request.headers.authorization });
  const json = (status, body, headers = {}) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
  let m;
  if ((m = /^\/tmdb\/3\/movie\/(\d+)$/.exec(url.pathname))) {
    const key = url.searchParams.get('api_key') ?? request.headers.authorization?.replace(/^Bearer /, '');
    if (!key || key === 'bad') return json(401, read('tmdb/error-401.json'));
    if (m[1] === '408') return; // never answers: the client gives up
    if (m[1] === '429') return json(429, read('tmdb/error-429.json'), { 'retry-after': '7' });
    const file = `tmdb/movie-${m[1]}.json`;
    return existsSync(join(replay, file)) ? json(200, read(file)) : json(404, read('tmdb/error-404.json'));
  }
  if ((m = /^\/wikidata\/wiki\/Special:EntityData\/(Q\d+)\.json$/.exec(url.pathname))) {
    const file = `wikidata/entity-${m[1]}.json`;
    if (existsSync(join(replay, file))) return json(200, read(file));
    response.writeHead(404, { 'content-type': 'text/html' });
    return response.end('<!DOCTYPE html><title>Not Found</title><p>No entity with this id.</p>');
  }
  if (url.pathname === '/wikidata/w/api.php' && url.searchParams.get('action') === 'wbgetentities') {
    const known = labels();
    const ids = (url.searchParams.get('ids') ?? '').split('|');
    return json(200, { entities: Object.fromEntries(ids.map((id) => [id, known[id] ?? { id, missing: '' }])), success: 1 });
  }
  if ((m = /^\/wikipedia\/([a-z-]+)\/w\/api\.php$/.exec(url.pathname))) {
    const title = url.searchParams.get('titles') ?? '';
    const file = ARTICLES[m[1]]?.[title];
    const page = file
      ? { pageid: 1, ns: 0, title, revisions: [{ slots: { main: { contentmodel: 'wikitext', contentformat: 'text/x-wiki', content: readFileSync(join(root, 'test/fixtures/import', file), 'utf8') } } }] }
      : { ns: 0, title, missing: true };
    return json(200, { batchcomplete: true, query: { pages: [page] } });
  }
  json(404, { error: 'no recorded response' });
}

/** The replay server on a free port: its address, what it was asked, and how to stop it. */
export async function startReplay() {
  const log = [];
  const server = createServer((request, response) => {
    // As the real APIs do, so that the builder's page may read the answers and Retry-After.
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('access-control-expose-headers', 'Retry-After');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { 'access-control-allow-headers': 'authorization, accept', 'access-control-allow-methods': 'GET' });
      return response.end();
    }
    answer(request, response, log);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    log,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
  };
}
