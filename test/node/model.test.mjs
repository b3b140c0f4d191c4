// The model in plain Node, as a package user gets it. Runs after `npm run build`; builds nothing.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const built = join(root, 'dist', 'model', 'index.js');
const ballerina = readFileSync(join(root, 'demo', 'data', 'ballerina.json'), 'utf8');

before(() => {
  if (!existsSync(built)) throw new Error('dist/model/index.js is missing: run `npm run build` first');
});

test('dist/model parses the Ballerina data in plain Node', async () => {
  const { parseFilm, toJsonLd, formatRuntime, formatCount } = await import(built);
  const { film, problems } = parseFilm(ballerina);
  assert.deepEqual(problems, []);
  assert.equal(film.title, 'Ballerina');
  assert.deepEqual(film.runtime.map((r) => r.value), [93, 92]);
  assert.equal(toJsonLd(film).duration, 'PT1H33M');
  assert.equal(formatRuntime(93, 'ko'), '93분');
  assert.equal(formatRuntime(93, 'ja'), '93分');
  assert.equal(formatCount(14_700_000, 'en'), '14.7 million');
});

test('dist/model loads without a DOM', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
  const model = await import(built);
  assert.deepEqual(Object.keys(model).sort(), [
    'formatCount', 'formatDate', 'formatDateRange', 'formatList', 'formatMoney', 'formatNumber',
    'formatPercent', 'formatRating', 'formatRuntime', 'isJsonLd', 'isoDuration', 'languageName', 'parseFilm', 'ratingPhrase',
    'readFilm', 'readJsonText', 'readReview', 'regionName', 'safeUrl', 'slug', 'toJsonLd', 'whyNotAFilm', 'writeJsonLd',
  ]);
});

test("a package that depends on this one can import 'film-elements/model'", () => {
  const app = mkdtempSync(join(tmpdir(), 'film-elements-user-'));
  try {
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(root, join(app, 'node_modules', 'film-elements'), 'dir');
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'film-page', type: 'module', dependencies: { 'film-elements': '*' } }));
    writeFileSync(join(app, 'index.js'), [
      "import { parseFilm, toJsonLd } from 'film-elements/model';",
      "import { readFileSync } from 'node:fs';",
      "const { film, problems } = parseFilm(readFileSync(process.argv[2], 'utf8'));",
      'console.log(JSON.stringify({ problems, ld: toJsonLd(film)["@type"], reviews: film.reviews.length }));',
    ].join('\n'));
    const run = spawnSync(process.execPath, ['index.js', join(root, 'demo', 'data', 'ballerina.json')], { cwd: app, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { problems: [], ld: 'Movie', reviews: 4 });
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
});

test('dates read the same in every time zone, a day ahead of UTC or eleven hours behind', () => {
  const script = `import(${JSON.stringify(built)}).then(({ formatDate, formatDateRange }) => console.log(JSON.stringify([
    formatDate('2023-10-05', 'en'), formatDate('2023-10-06', 'ko'), formatDate('2022-04', 'en'), formatDate('2023', 'ko'),
    formatDate('2023-03-26', 'en'), formatDateRange('2023-10-09', '2023-10-15', 'en'),
  ])))`;
  const seen = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Sao_Paulo', 'Europe/London'].map((tz) => {
    const run = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(run.stdout);
  });
  for (const dates of seen) {
    assert.deepEqual(dates, ['October 5, 2023', '2023년 10월 6일', 'April 2022', '2023년', 'March 26, 2023', 'October 9\u2009–\u200915, 2023']);
  }
});
