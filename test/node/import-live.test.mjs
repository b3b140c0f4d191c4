// `film-elements import --tmdb/--wikidata/--wikipedia` against the replay server (test/replay/),
// never the network (run after `npm run build`): the films fetched pass `validate`, and each
// failure (a refused key, a missing film, too many requests, no answer) is one sentence that
// says what to do, with exit status 1 and no stack trace.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startReplay } from '../replay/server.mjs';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/film-elements.mjs');
const work = mkdtempSync(join(tmpdir(), 'film-elements-live-'));
let replay;
before(async () => { replay = await startReplay(); });
after(() => replay.close());

/** The command, asynchronously: the replay server runs in this process. */
function run(args, env = {}) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: work, env: { ...process.env, TMDB_API_KEY: '', FILM_ELEMENTS_API: replay.url, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

async function validated(film) {
  const file = join(work, `film-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(film));
  const checked = await run(['validate', file]);
  assert.equal(checked.status, 0, checked.stdout);
  assert.match(checked.stdout, /: 0 errors, \d+ warnings?\n$/);
}

test('import --tmdb: the movie with its credits, releases and trailer; the key goes to TMDB only as asked', async () => {
  replay.log.splice(0);
  const result = await run(['import', '--tmdb', '496243', '--tmdb-key', 'k3y']);
  assert.equal(result.status, 0, result.stderr);
  const film = JSON.parse(result.stdout);
  assert.deepEqual(film.title, { en: 'Parasite', fr: 'Parasite', ja: 'パラサイト 半地下の家族', ko: '기생충' });
  assert.deepEqual(film.credits.directors.map((d) => d.name), ['Bong Joon-ho']);
  assert.equal(film.trailer.url, 'https://www.youtube.com/watch?v=5xH0HfJHsaY');
  assert.match(result.stderr, /^TMDB 496243: imported tmdb as "Parasite" \(fr: "Parasite", ja: "パラサイト 半地下の家族", ko: "기생충"\); 2 things not imported\n$/m);
  assert.deepEqual(replay.log.map((r) => [r.path, r.query.api_key, r.query.append_to_response]),
    [['/tmdb/3/movie/496243', 'k3y', 'credits,release_dates,videos,external_ids,translations']]);
  await validated(film);
  // A read access token goes in the Authorization header, and the key may come from the environment.
  replay.log.splice(0);
  const token = 'eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ4In0.c2lnbmF0dXJl';
  assert.equal((await run(['import', '--tmdb', 'https://www.themoviedb.org/movie/289-casablanca'], { TMDB_API_KEY: token })).status, 0);
  assert.equal(replay.log[0].authorization, `Bearer ${token}`);
  assert.equal(replay.log[0].query.api_key, undefined);
});

test('import --wikidata: the film entity, then the labels of what it names (wbgetentities, props=labels)', async () => {
  replay.log.splice(0);
  const result = await run(['import', '--wikidata', 'Q200396', '-o', join(work, 'rashomon.json')]);
  assert.equal(result.status, 0, result.stderr);
  const film = JSON.parse(readFileSync(join(work, 'rashomon.json'), 'utf8'));
  assert.deepEqual(film.credits.directors[0].name, { en: 'Akira Kurosawa', ja: '黒澤明', ko: '구로사와 아키라', 'zh-Hant': '黑澤明' });
  assert.deepEqual(film.releases.map((r) => [r.date, r.place]), [['1950-08-25', 'Japan'], ['1951', 'France'], ['1951-12-26', 'United States of America']]);
  assert.deepEqual(replay.log.map((r) => r.path), ['/wikidata/wiki/Special:EntityData/Q200396.json', '/wikidata/w/api.php']);
  const ids = replay.log[1].query.ids.split('|');
  assert.ok(ids.length <= 50 && ids.includes('Q8006') && ids.includes('Q7727'), ids.join(' '));
  assert.equal(replay.log[1].query.props, 'labels');
  assert.match(result.stderr, /Wikidata Q200396:1: not imported: CinemaScore: A \(a review score that is not a number \(a letter grade\): a film's scores are numbers\)/);
  await validated(film);
});

test('import --wikipedia: the article through the MediaWiki API, named by its address', async () => {
  const result = await run(['import', '--wikipedia', 'Rashomon', '--lang', 'en']);
  assert.equal(result.status, 0, result.stderr);
  const film = JSON.parse(result.stdout);
  assert.equal(film.sources[0].url, 'https://en.wikipedia.org/wiki/Rashomon');
  assert.match(result.stderr, /Wikipedia \(en\) Rashomon: imported wikitext as "Rashomon"/);
  await validated(film);
});

test('import --wikipedia --lang ko: a Korean Wikipedia article, read as Korean Wikipedia writes it', async () => {
  const result = await run(['import', '--wikipedia', '헤어질 결심', '--lang', 'ko']);
  assert.equal(result.status, 0, result.stderr);
  const film = JSON.parse(result.stdout);
  assert.equal(film.sources[0].url, 'https://ko.wikipedia.org/wiki/%ED%97%A4%EC%96%B4%EC%A7%88_%EA%B2%B0%EC%8B%AC');
  assert.equal(film.sources[0].title, '헤어질 결심 – 위키백과');
  assert.deepEqual(film.credits.directors.map((d) => d.name), ['박찬욱']);
  assert.deepEqual(film.runtime.map((r) => r.value), [138]);
  assert.match(result.stderr, /Wikipedia \(ko\) 헤어질 결심: imported wikitext as "헤어질 결심"/);
  await validated(film);
});

test('import live: each failure is one sentence that says what to do, and exit status 1', async () => {
  const cases = [
    [['--tmdb', '496243', '--tmdb-key', 'bad'], /^film-elements: TMDB 496243: TMDB refused the API key: copy your key again from themoviedb\.org \(Settings, then API\) and try again\.\n$/],
    [['--tmdb', '496243'], /^film-elements: TMDB 496243: TMDB needs your API key: get one free at themoviedb\.org \(Settings, then API\) and give it with the id\.\n$/],
    [['--tmdb', '404', '--tmdb-key', 'k'], /^film-elements: TMDB 404: TMDB has no movie 404: check the number in the film's TMDB address \(themoviedb\.org\/movie\/496243-parasite gives 496243\)\.\n$/],
    [['--tmdb', '429', '--tmdb-key', 'k'], /^film-elements: TMDB 429: TMDB is getting too many requests: wait 7 seconds and try again\.\n$/],
    [['--tmdb', '408', '--tmdb-key', 'k'], /^film-elements: TMDB 408: TMDB did not answer within 1\.5 seconds: check your connection and try again\.\n$/],
    [['--tmdb', 'parasite', '--tmdb-key', 'k'], /is not a TMDB movie id: give the number in the film's TMDB address/],
    [['--wikidata', 'Q1'], /^film-elements: Wikidata Q1: Wikidata has no entity Q1: check the id at the top of the film's Wikidata page\.\n$/],
    [['--wikipedia', 'No such film'], /^film-elements: Wikipedia \(en\) No such film: Wikipedia \(en\) has no article "No such film": check the title as it appears at the top of the article, and the wiki's language\.\n$/],
  ];
  for (const [args, pattern] of cases) {
    const started = Date.now();
    const result = await run(['import', ...args], { FILM_ELEMENTS_API_TIMEOUT: '1500' });
    assert.equal(result.status, 1, args.join(' '));
    assert.equal(result.stdout, '');
    assert.match(result.stderr, pattern);
    assert.ok(Date.now() - started < 8000, `${args.join(' ')} took ${Date.now() - started} ms`);
  }
  // Nothing listens here: the connection is refused at once.
  const closed = await run(['import', '--wikidata', 'Q200396'], { FILM_ELEMENTS_API: 'http://127.0.0.1:9' });
  assert.match(closed.stderr, /^film-elements: Wikidata Q200396: Wikidata could not be reached: check your connection \(and that no extension blocks 127\.0\.0\.1:9\), then try again\.\n$/);
});

test('import --help lists every kind from the importers\' list; --kind refuses others by that list', async () => {
  const { importers } = await import(join(root, 'dist/import/index.js'));
  const help = await run(['import', '--help']);
  assert.equal(help.status, 0);
  for (const source of importers) assert.match(help.stdout, new RegExp(`^  ${source.kind} +${source.label}: `, 'm'));
  const bad = await run(['import', '-', '--kind', 'pdf']);
  assert.match(bad.stderr, new RegExp(`--kind must be one of ${importers.map((i) => i.kind).join(', ')}, not "pdf"`));
});
