// `film-elements import` as a user runs it, over the built package (run after `npm run build`):
// every fixture becomes film JSON that `validate` passes with no errors, what was not imported
// is listed by line, and input it cannot read gets one message and a non-zero exit. The
// importers never reach an element's bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/film-elements.mjs');
const fixtures = join(root, 'test/fixtures/import');
const work = mkdtempSync(join(tmpdir(), 'film-elements-import-'));

function run(args, input) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', input });
  return { status, stdout, stderr };
}

const MARKUP = /\[\[|\]\]|\{\{|\}\}|<ref|'''|<br|<!--|df=y/i;
// TMDB's and Wikidata's recorded answers (the replay server's) are imported as files too.
const replayed = ['tmdb/movie-496243.json', 'tmdb/movie-289.json', 'wikidata/entity-Q200396.json'].map((f) => join(root, 'test/fixtures/replay', f));

for (const name of [...readdirSync(fixtures), ...replayed]) {
  test(`import ${name}: film JSON that validate passes, without wiki markup`, () => {
    const out = join(work, `${basename(name)}.json`);
    const imported = run(['import', resolve(fixtures, name), '-o', out]);
    assert.equal(imported.status, 0, imported.stderr);
    assert.equal(imported.stdout, '');
    assert.match(imported.stderr, new RegExp(`imported (wikitext|html|tmdb|wikidata) as "[^"]+"(?: \\([A-Za-z-]+: "[^"]+"(?:, [A-Za-z-]+: "[^"]+")*\\))?; \\d+ things? not imported\\n$`));
    const strings = JSON.stringify(JSON.parse(readFileSync(out, 'utf8'))).match(/"(?:[^"\\]|\\.)*"/g);
    assert.deepEqual(strings.filter((s) => MARKUP.test(s)), []);
    // No relative link: it would point into whatever site shows the film.
    const links = [...readFileSync(out, 'utf8').matchAll(/"(?:url|src)": "([^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(links.filter((link) => !/^https?:\/\//.test(link)), []);
    const checked = run(['validate', out]);
    assert.equal(checked.status, 0, checked.stdout);
    assert.match(checked.stdout, /: 0 errors, \d+ warnings?\n$/);
  });
}

test('import: prints film JSON, and lists what it did not import with file and line', () => {
  const file = join(fixtures, 'captain-america.wiki');
  const result = run(['import', file]);
  assert.equal(result.status, 0, result.stderr);
  const film = JSON.parse(result.stdout);
  assert.equal(film.title, 'Captain America: The First Avenger');
  assert.deepEqual(film.credits.starring.slice(0, 2).map((e) => e.name), ['Chris Evans', 'Tommy Lee Jones']);
  const lines = result.stderr.trim().split('\n');
  assert.ok(lines.includes(`${file}:36: not imported: $140–216.7 million (a range of amounts: a film holds one amount, so choose one and add it by hand)`), result.stderr);
  assert.match(lines.at(-1), /imported wikitext as "Captain America: The First Avenger"; 4 things not imported$/);
});

test('import: a native title becomes the title in its language, and the message names both', () => {
  const file = join(fixtures, 'the-call.wiki');
  const result = run(['import', file]);
  assert.equal(result.status, 0, result.stderr);
  const film = JSON.parse(result.stdout);
  assert.deepEqual(film.title, { en: 'The Call', ko: '콜' });
  assert.deepEqual(film.originalTitle, { text: '콜', lang: 'ko' });
  assert.deepEqual(film.credits.music, [{ name: { en: 'Dalpalan', ko: '달파란' }, sources: ['wikipedia'] }]);
  assert.match(result.stderr.trim().split('\n').at(-1), /imported wikitext as "The Call" \(ko: "콜"\); 2 things not imported$/);
});

test('import -: reads standard input and detects a saved page', () => {
  const result = run(['import', '-'], readFileSync(join(fixtures, 'letterboxd-oldboy.html'), 'utf8'));
  assert.equal(result.status, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout).title, 'Oldboy');
  assert.match(result.stderr, /^standard input:12: not imported: "dateModified"/m);
  assert.match(result.stderr, /standard input: imported html as "Oldboy"/);
});

test('import: what it cannot read gets one message and a non-zero exit, no stack trace', () => {
  for (const [input, pattern] of [
    ['A few words about a film I liked.', /this is none of Wikipedia wikitext, a saved web page, TMDB movie JSON, a Wikidata entity, JSON-LD or film JSON, so no film could be read/],
    ['== Plot ==\nShe takes revenge.\n', /no film infobox \(\{\{Infobox film\}\} or \{\{영화 정보\}\}\) and no accolades table/],
    ['<html><head><title>x</title></head><body></body></html>', /carries no schema\.org JSON-LD/],
  ]) {
    const result = run(['import', '-'], input);
    assert.equal(result.status, 1, input);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^film-elements: standard input: /);
    assert.match(result.stderr, pattern);
    assert.doesNotMatch(result.stderr, /^\s+at /m);
  }
  assert.equal(run(['import']).status, 2);
  assert.match(run(['import', 'nope.wiki']).stderr, /cannot read nope\.wiki: no such file/);
  const badKind = run(['import', join(fixtures, 'oldboy.wiki'), '--kind', 'pdf']);
  assert.equal(badKind.status, 2);
  assert.match(badKind.stderr, /--kind must be one of wikitext, html, tmdb, wikidata, jsonld, film-json, not "pdf"/);
});

test('the importers are in no element bundle: wtf_wikipedia only in the import files', () => {
  const bundles = [
    'dist/film-elements.min.js', 'dist/index.js', 'dist/model/index.js',
    ...readdirSync(join(root, 'dist/cdn'), { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => `dist/cdn/${f}`),
  ];
  for (const file of bundles) {
    const code = readFileSync(join(root, file), 'utf8');
    assert.doesNotMatch(code, /wtf_wikipedia|ImportRefusal|import\/index\.js/, file);
  }
  assert.match(readFileSync(join(root, 'dist/import/index.js'), 'utf8'), /ImportRefusal/);
});

test('dist/film-elements.import.min.js is self-contained: it runs where there is no node_modules', async () => {
  const alone = join(work, 'alone.mjs');
  writeFileSync(alone, readFileSync(join(root, 'dist/film-elements.import.min.js')));
  const { importFilm } = await import(alone);
  const { film, kind } = importFilm(readFileSync(join(fixtures, 'oldboy.wiki'), 'utf8'));
  assert.equal(kind, 'wikitext');
  assert.deepEqual(film.credits.starring.map((e) => e.name), ['Choi Min-sik', 'Yoo Ji-tae', 'Kang Hye-jung']);
});
