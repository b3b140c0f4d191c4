// `npm run bench`: builds nothing itself (the npm script builds first), then measures sizes,
// first render and update to layout, sorting, server rendering and parsing, and writes
// BENCHMARKS.md. `--quick` runs a few repetitions (for CI) and writes
// .test-results/BENCHMARKS.quick.md instead; `--out <file>` picks the file. `--only <tags>`
// (comma-separated, `sort` for the accolade re-sort) measures just those browser cases, for
// comparing a change; it prints ratios and writes no file.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, uptime } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumFlags, findChromium } from '../scripts/browsers.mjs';
import { makeAccoladeFilm } from '../scripts/make-large-accolades.mjs';
import { layoutShifts } from './layout-shift.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { serve } from '../scripts/static-server.mjs';
import { sizes } from './sizes.mjs';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { quick: { type: 'boolean' }, out: { type: 'string' }, only: { type: 'string' } } });
const quick = !!values.quick;
const only = values.only?.split(',').map((t) => t.trim());
const out = resolve(root, values.out ?? (quick ? '.test-results/BENCHMARKS.quick.md' : 'BENCHMARKS.md'));
const reps = quick ? { 1: 2, 100: 2, sort: 2, node: 3 } : { 1: 20, 100: 12, 1000: 6, sort: 12, node: 15 };
const log = (...args) => console.log('[bench]', ...args);

for (const file of ['dist/cdn/film-infobox.js', 'dist/model/index.js']) {
  if (!existsSync(join(root, file))) {
    console.error(`bench: ${file} is missing; run \`npm run build\` first (\`npm run bench\` does).`);
    process.exit(1);
  }
}
// Other work on the machine may rebuild dist/ while this runs: the benchmark measures a copy
// taken now (with the benchmark's own pages and the demo film beside it, which the pages and
// the Node measurements import by relative paths).
// One snapshot per run, so that two runs at once do not share one.
const snapshot = join(root, `node_modules/.cache/film-bench/snapshot-${process.pid}`);
rmSync(snapshot, { recursive: true, force: true });
cpSync(join(root, 'dist'), join(snapshot, 'dist'), { recursive: true });
cpSync(join(root, 'bench'), join(snapshot, 'bench'), { recursive: true });
cpSync(join(root, 'demo/data/ballerina.json'), join(snapshot, 'demo/data/ballerina.json'));
const executablePath = findChromium();
if (!executablePath) {
  console.error('bench: no Chromium found; install it or set CHROME_PATH (see scripts/browsers.mjs).');
  process.exit(1);
}

// ---------- statistics ----------
const quantile = (sorted, q) => {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
};
function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return { n: s.length, median: quantile(s, 0.5), q1: quantile(s, 0.25), q3: quantile(s, 0.75), min: s[0], max: s.at(-1) };
}
const shuffle = (list) => {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const cell = (st) => (st ? `${ms(st.median)} (${ms(st.q1)}–${ms(st.q3)})` : '–');
const ratio = (a, b) => (a && b ? `${(a.median / b.median).toFixed(2)}×` : '–');
const kB = (bytes) => (bytes / 1024).toFixed(1);

// ---------- the browser benchmark ----------
const ballerina = JSON.parse(readFileSync(join(root, 'demo/data/ballerina.json'), 'utf8'));
/** One field changed on every film: the one each element shows most plainly. */
const changed = {
  'film-infobox': { ...ballerina, title: `${ballerina.title} (restored)` },
  'film-card': { ...ballerina, title: `${ballerina.title} (restored)` },
  'review-card': { ...ballerina, reviews: [{ ...ballerina.reviews[0], quote: `${ballerina.reviews[0].quote}, again` }, ...ballerina.reviews.slice(1)] },
};
const tags = ['film-infobox', 'review-card', 'film-card'].filter((tag) => !only || only.includes(tag));
const sorting = !only || only.includes('sort');
const sizesN = quick ? [1, 100] : [1, 100, 1000];
const width = 360;

async function bundleFrameworks() {
  for (const name of ['react', 'preact']) {
    await build({
      entryPoints: [join(snapshot, `bench/${name}-infobox.mjs`)], outfile: join(snapshot, `frameworks/${name}.js`), bundle: true,
      nodePaths: [join(root, 'node_modules')],
      minify: true, format: 'esm', target: 'es2022', define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error',
    });
  }
  return { react: '/frameworks/react.js', preact: '/frameworks/preact.js' };
}

async function browserBench() {
  const modules = await bundleFrameworks();
  const server = await serve(snapshot);
  const browser = await chromium.launch({ executablePath, headless: true, args: chromiumFlags });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const inPage = async (fn, args) => {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${server.origin}/bench/page.html`);
      const result = await page.evaluate(async ([name, a]) => (await import('/bench/page.mjs'))[name](a), [fn, args]);
      if (errors.length) throw new Error(errors.join('; '));
      return result;
    } finally {
      await page.close();
    }
  };
  try {
    // The floor's DOM and styles, captured once from the elements themselves.
    const fixtures = {};
    for (const tag of tags) {
      fixtures[tag] = await inPage('capture', { tag, raw: ballerina, raw2: changed[tag], width });
      if (fixtures[tag].status !== 'ready' || fixtures[tag].status2 !== 'ready') throw new Error(`<${tag}> did not render the film`);
    }
    const accolades = makeAccoladeFilm({ count: 1000 });
    const sort = { tag: 'accolade-table', raw: accolades, props: { sort: 'award' }, props2: { sort: 'date' }, rows: 'tbody', width: 1000 };
    if (sorting) fixtures.sort = await inPage('capture', sort);
    const rowCount = sorting ? (fixtures.sort.markup2.match(/<tr/g) ?? []).length - 1 : 0;

    // Do React and Preact write the infobox's markup? Compared without template whitespace.
    const squeeze = (m) => m.replace(/>\s+/g, '>').replace(/\s+</g, '<').replace(/\s+/g, ' ').trim();
    const same = {};
    for (const name of tags.includes('film-infobox') ? ['react', 'preact'] : []) {
      const { markup } = await inPage('sample', { variant: 'framework', module: modules[name], tag: 'film-infobox', n: 1, raw: ballerina, fixture: fixtures['film-infobox'], width });
      same[name] = squeeze(markup) === squeeze(fixtures['film-infobox'].markup);
      if (!same[name]) log(`${name} markup differs:\n${squeeze(markup)}\n${squeeze(fixtures['film-infobox'].markup)}`);
    }

    const cases = [];
    for (const tag of tags) {
      for (const n of sizesN) {
        const variants = tag === 'film-infobox' ? ['floor', 'lit', 'react', 'preact'] : ['floor', 'lit'];
        for (const variant of variants) {
          cases.push({ key: `${tag}|${n}|${variant}`, reps: reps[n], options: {
            variant: variant === 'react' || variant === 'preact' ? 'framework' : variant,
            module: modules[variant], tag, n, raw: ballerina, raw2: changed[tag], fixture: fixtures[tag], update: true, width,
          } });
        }
      }
    }
    for (const variant of sorting ? ['floor', 'lit'] : []) {
      cases.push({ key: `sort|1|${variant}`, reps: reps.sort, options: { ...sort, variant, n: 1, fixture: fixtures.sort, update: true } });
    }
    const results = Object.fromEntries(cases.map((c) => [c.key, { first: [], update: [] }]));
    const rounds = Math.max(...cases.map((c) => c.reps));
    const started = Date.now();
    for (let round = 0; round < rounds; round++) {
      for (const c of shuffle(cases.filter((x) => x.reps > round))) {
        const { first, update } = await inPage('sample', c.options);
        results[c.key].first.push(first);
        results[c.key].update.push(update);
      }
      log(`round ${round + 1}/${rounds} (${Math.round((Date.now() - started) / 1000)} s)`);
    }
    const version = browser.version();
    return { results, same, rowCount, version };
  } finally {
    await browser.close();
    await server.close();
  }
}

function nodeBench(script, args) {
  return JSON.parse(execFileSync(process.execPath, ['--expose-gc', join(snapshot, 'bench', script), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 }));
}

// ---------- run ----------
if (only) {
  // Just the chosen browser cases, as ratios to the floor: for comparing a change.
  const { results } = await browserBench();
  for (const [key, { first, update }] of Object.entries(results)) {
    const [tag, n, variant] = key.split('|');
    if (variant === 'floor') continue;
    const floor = results[`${tag}|${n}|floor`];
    const r = (a, b) => (stats(a).median / stats(b).median).toFixed(2);
    log(`${tag} N=${n} ${variant}: first ${ms(stats(first).median)} ms (${r(first, floor.first)}× floor), update ${ms(stats(update).median)} ms (${r(update, floor.update)}× floor)`);
  }
  rmSync(snapshot, { recursive: true, force: true });
  process.exit(0);
}
const load = { before: loadavg() };
log('sizes');
const size = await sizes(root, snapshot);
log(`browser (${quick ? 'quick' : 'full'})`);
const browserResult = await browserBench();
log('server rendering');
const ssr = nodeBench('ssr.mjs', ['--runs', String(reps.node), '--batch', quick ? '20' : '100']);
log('parseFilm');
const parse = nodeBench('parse.mjs', ['--runs', String(reps.node), '--megabytes', quick ? '1' : '5']);
load.after = loadavg();
const uptimeLine = (() => {
  try { return execFileSync('uptime', { encoding: 'utf8' }).trim(); } catch { return `load average ${load.after.map((x) => x.toFixed(2)).join(', ')}`; }
})();

// ---------- the report ----------
const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const { results, same, rowCount } = browserResult;
const st = (key, kind) => (results[key]?.[kind]?.length ? stats(results[key][kind]) : undefined);
// The reader's page: a blog post with a widget at the top (bench/blog-post.mjs).
log('the reader\'s page: layout shift and Lighthouse');
const reader = await Promise.resolve().then(async () => ({ shifts: await layoutShifts(), lighthouse: await lighthouseScores(undefined, quick ? 1 : 3) }))
  .catch((error) => ({ error: String(error) }));

const lines = [];
const p = (...l) => lines.push(...l);

p('# Benchmarks', '',
  `Written by \`npm run bench\`${quick ? ' --quick (few repetitions: indicative only)' : ''} on ${new Date().toISOString().slice(0, 10)}. ` +
  'Times are medians with the interquartile range in brackets (ms); ratios are medians over the floor\'s median. ' +
  'Lower is better everywhere except server rendering and parsing (per second).', '');
p('## Machine and versions', '',
  `- ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB; shared with other work while measured.`,
  `- Load: \`${uptimeLine}\` at the end (1-minute load ${load.before[0].toFixed(2)} at the start). Figures from a loaded two-core machine are noisy: compare ratios within this run, not with other runs.`,
  `- Node ${process.versions.node}; Chromium ${browserResult.version} (headless, playwright-core ${version('playwright-core')}); ` +
  `Lit ${version('lit')} (lit-html ${version('lit-html')}); React ${version('react')}; Preact ${version('preact')}; esbuild ${version('esbuild')}.`, '');

p('## Method', '',
  '- Pages are served from the built `dist/` on 127.0.0.1 (cross-origin isolated, for a fine `performance.now()`). Every sample is a fresh page; ' +
  'all variants of all cases run in a freshly shuffled order in each round, so drift in the machine\'s load falls on every variant alike.',
  `- Repetitions: ${reps[1]} samples at N = 1, ${reps[100]} at N = 100, ${reps[1000] ?? 'none (quick mode)'} at N = 1,000, ${reps.sort} for sorting, ${reps.node} for the Node measurements.`,
  '- **First render to layout**: the clock starts once the code and the film (Ballerina, `demo/data/ballerina.json`) are loaded; it stops when `offsetHeight` has forced style and layout of all N elements, each 360 px wide. ' +
  'Lit: N elements created, `film` set (the element parses it; the same object is parsed once), appended, `updateComplete` awaited. ' +
  '**Floor**: the same DOM, captured once from the element\'s shadow root (Lit\'s comment markers removed), set with `innerHTML` into N shadow roots that adopt one shared stylesheet built from the element\'s styles (built inside the clock). ' +
  'React 19 (`createRoot` per shadow root, all rendered in one `flushSync`) and Preact (`render` per shadow root) render the same infobox markup from the parsed film (parsed once, inside the clock) into shadow roots that adopt the same sheet.',
  `- Same markup: React ${same.react ? 'writes' : 'does NOT write'} and Preact ${same.preact ? 'writes' : 'does NOT write'} the infobox's markup, compared with template whitespace collapsed (Lit's DOM also holds the template's whitespace text nodes, which the floor keeps).`,
  '- **Update**: after the first render and a frame, one field is changed on every film (the infobox\'s and card\'s title, the review\'s quote) and re-rendered to layout. ' +
  'Lit: `film` set to the changed document (parsed once) on every element. Floor: only the text and attributes that differ, written into nodes located before the clock starts. React and Preact: the changed film parsed once and rendered into every root.',
  `- **Sorting**: \`<accolade-table>\` with ${rowCount} rows (generated by \`scripts/make-large-accolades.mjs\`, 1,000 accolades), sorted by award, then re-sorted by date. ` +
  'Floor: a hand-written keyed re-order of the same rows (each row\'s new rank known; rows moved with `insertBefore` only when out of place; the header\'s `aria-sort`, arrows and status text written), to layout.',
  '- **Server rendering**: `<film-infobox>` rendered to HTML with declarative shadow DOM by `@lit-labs/ssr` over the built element, as `film-elements render` does, against a plain function that writes the same markup and styles with template strings; infoboxes per second, in batches.',
  '- **Sizes**: single-element entries are bundled from `src/define/<tag>.ts` with Lit by esbuild, code-split and minified (as the size test does), counting what a page loads up front; "on demand" is what the element fetches only when a page needs it (another language\'s words, the JSON-LD reader, the code of the `jsonld` attribute with the writer and every section\'s reader). The CDN files are the built files; "through the loader" is the loader with one element\'s file from `dist/cdn/` and the chunks it imports. gzip level 9, brotli quality 11. "Lit alone" is a minimal LitElement with `html` and `css`.', '');

{
  // The weight issue's table: where we are, this round's targets and the moonshot.
  const first = (n) => ratio(st(`film-infobox|${n}|lit`, 'first'), st(`film-infobox|${n}|floor`, 'first'));
  const update = ratio(st('film-infobox|100|lit', 'update'), st('film-infobox|100|floor', 'update'));
  const lcp = reader.lighthouse?.['script-tag']?.lcp;
  const bundle = size.files.find((f) => f.name.endsWith('film-elements.min.js'));
  p('## Weight at a glance', '', 'gzip, through the loader, on an English page; the render ratios from the tables below; the LCP from the reader\'s page at the end.', '',
    '| what | now | target | moonshot |', '|---|---:|---:|---:|',
    `| one infobox | ${size.loaded ? `${kB(size.loaded.gzip)} kB` : 'not built'} | ≤ 20 kB | 14 kB |`,
    `| heaviest element (review-card) | ${size.heaviest ? `${kB(size.heaviest.gzip)} kB` : 'not built'} | ≤ 22 kB | 16 kB |`,
    `| one-file bundle | ${bundle?.gzip ? `${kB(bundle.gzip)} kB` : 'not built'} | ≤ 73 kB | |`,
    `| first render, 1 infobox ÷ floor | ${first(1)} | ≤ 2× | |`,
    `| first render, 100 infoboxes ÷ floor | ${first(100)} | ≤ 1.1× | |`,
    `| update, 100 infoboxes ÷ floor | ${update} | ≤ 1.5× | |`,
    `| LCP of a blog post with the script-tag infobox (Lighthouse mobile, ${quick ? 'one run' : 'median of three'}) | ${lcp ? `${(lcp / 1000).toFixed(2)} s` : 'not measured'} | ≤ 1.8 s | 0.71 s |`, '');
}

p('## Sizes', '', '| file | minified | gzip | brotli | gzip over Lit alone | on demand, gzip |', '|---|---:|---:|---:|---:|---:|');
const sizeRow = (name, s, over = true) => p(`| ${name} | ${kB(s.min)} kB | ${kB(s.gzip)} kB | ${kB(s.brotli)} kB | ${over ? `+${kB(s.gzip - size.lit.gzip)} kB` : ''} | ${s.onDemand ? `${kB(s.onDemand.gzip)} kB` : ''} |`);
sizeRow('Lit alone (LitElement, html, css)', size.lit, false);
for (const f of size.files) if (f.missing) p(`| ${f.name} | not built | | | | |`); else sizeRow(f.name, f, !f.name.includes('loader'));
if (size.loaded) sizeRow('film-infobox through the loader (dist/cdn)', size.loaded);
sizeRow('Lit + FilmElement base + model + strings (a bare element)', size.core);
for (const e of size.entries) sizeRow(`${e.name} on its own`, e);
for (const o of size.others) sizeRow(o.name, o, false);
p('', 'The targets are in "Weight at a glance" above.', '');

if (size.loaded) {
  p('### What a page downloads', '', 'An English page with one element, through the loader: each file as a server sends it, compressed on its own. The film JSON is read on the fast path; the forgiving reader (`read-full`, with the CMS repairs, values written as words and the problems\' messages) is fetched only when a page\'s JSON needs it, and another language\'s words, the JSON-LD reader, the hydration code (`hydrate.js`, for static HTML) and the code that fetches a `src` (`fetch-text.js`) only by pages that need them.', '',
    '| file | film-infobox, gzip | review-card, gzip |', '|---|---:|---:|');
  const heaviest = new Map(size.heaviest.parts.map((part) => [part.name, part]));
  const names = [...new Set([...size.loaded.parts, ...size.heaviest.parts].map((part) => part.name))];
  for (const name of names) {
    const one = size.loaded.parts.find((part) => part.name === name);
    p(`| ${name} | ${one ? `${kB(one.gzip)} kB` : ''} | ${heaviest.has(name) ? `${kB(heaviest.get(name).gzip)} kB` : ''} |`);
  }
  p(`| **all** | **${kB(size.loaded.gzip)} kB** | **${kB(size.heaviest.gzip)} kB** |`, '');
}

p('### Where the bytes are', '', 'Minified bytes by source, from esbuild\'s metafile (gzip does not split by file; the share of the minified size is a fair guide).', '',
  '| part | all elements (src/index.ts) | share | film-infobox alone | share |', '|---|---:|---:|---:|---:|');
const oneGroups = new Map(size.infobox.groups.map((g) => [g.name, g]));
for (const g of size.all.groups.filter((g) => g.bytes > 0)) {
  const o = oneGroups.get(g.name);
  p(`| ${g.name} | ${kB(g.bytes)} kB | ${(g.share * 100).toFixed(1)} % | ${o ? `${kB(o.bytes)} kB` : ''} | ${o ? `${(o.share * 100).toFixed(1)} %` : ''} |`);
}
p('', `Template whitespace (newlines and indentation kept inside \`html\` and \`css\` literals) is ${kB(size.all.whitespace.min)} kB minified but only ${kB(size.all.whitespace.gzip)} kB gzip in the whole bundle, and ${kB(size.infobox.whitespace.gzip)} kB gzip in the infobox alone.`, '');

p('## First render to layout (ms)', '', '| element | N | floor | Lit | React 19 | Preact | Lit / floor | React / floor | Preact / floor |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const tag of tags) for (const n of sizesN) {
  const f = st(`${tag}|${n}|floor`, 'first'); const l = st(`${tag}|${n}|lit`, 'first');
  const r = st(`${tag}|${n}|react`, 'first'); const pr = st(`${tag}|${n}|preact`, 'first');
  p(`| ${tag} | ${n.toLocaleString('en')} | ${cell(f)} | ${cell(l)} | ${cell(r)} | ${cell(pr)} | ${ratio(l, f)} | ${ratio(r, f)} | ${ratio(pr, f)} |`);
}
p('', 'Targets: one infobox at most 2 × the floor, 100 infoboxes at most 1.1 ×; the review card and the film card at most 1.3 × at N = 100; faster than React 19 and Preact.', '');
p('## Update to layout (ms)', '', '| element | N | floor | Lit | React 19 | Preact | Lit / floor | React / floor | Preact / floor |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const tag of tags) for (const n of sizesN) {
  const f = st(`${tag}|${n}|floor`, 'update'); const l = st(`${tag}|${n}|lit`, 'update');
  const r = st(`${tag}|${n}|react`, 'update'); const pr = st(`${tag}|${n}|preact`, 'update');
  p(`| ${tag} | ${n.toLocaleString('en')} | ${cell(f)} | ${cell(l)} | ${cell(r)} | ${cell(pr)} | ${ratio(l, f)} | ${ratio(r, f)} | ${ratio(pr, f)} |`);
}
p('', 'Target: updating 100 infoboxes at most 1.5 × the floor.', '');
{
  const f = st('sort|1|floor', 'update'); const l = st('sort|1|lit', 'update');
  const f0 = st('sort|1|floor', 'first'); const l0 = st('sort|1|lit', 'first');
  p('## Sorting accolades (ms)', '', '| | hand-written keyed re-order | Lit (`repeat`) | Lit / hand-written |', '|---|---:|---:|---:|',
    `| re-sort ${rowCount} rows, to layout | ${cell(f)} | ${cell(l)} | ${ratio(l, f)} |`,
    `| first render of the table, to layout | ${cell(f0)} | ${cell(l0)} | ${ratio(l0, f0)} |`, '', 'Target: no slower than the hand-written re-order.', '');
}
{
  const lit = stats(ssr.samples['Lit SSR']); const plain = stats(ssr.samples['template strings']);
  const rate = (s) => `${s.median.toFixed(0)} (${s.q1.toFixed(0)}–${s.q3.toFixed(0)})`;
  p('## Server rendering (infoboxes per second)', '', '| renderer | per second | HTML per infobox | relative |', '|---|---:|---:|---:|',
    `| Lit SSR (\`film-elements render\`'s renderer) | ${rate(lit)} | ${kB(ssr.bytes['Lit SSR'])} kB | ${(lit.median / plain.median).toFixed(2)}× |`,
    `| plain template strings | ${rate(plain)} | ${kB(ssr.bytes['template strings'])} kB | 1.00× |`, '');
}
{
  const mbs = (name) => stats(parse.samples[name].map((t) => parse.bytes / 1e6 / (t / 1000)));
  const row = (name) => { const s = mbs(name); return `| ${name} | ${s.median.toFixed(1)} (${s.q1.toFixed(1)}–${s.q3.toFixed(1)}) | ${ms(stats(parse.samples[name]).median)} ms |`; };
  p('## Parsing (`parseFilm`, MB/s)', '', `A generated film of ${(parse.bytes / 1e6).toFixed(1)} MB of JSON (${parse.reviews} reviews, ${parse.accolades} accolades, ${parse.cast} cast members; ${parse.problems} problems), in Node ${process.versions.node}.`, '',
    '| input | MB/s | median time |', '|---|---:|---:|', row('parseFilm(text)'), row('parseFilm(object)'), row('JSON.parse(text) alone'), '');
}
{
  const snippets = {
    none: 'no widget', 'script-tag': 'the script-tag snippet (loader above an infobox, film inline)', static: 'the builder\'s static-first snippet',
    'none-ko': 'a Korean page, no widget', 'static-ko': 'a Korean page, the static-first snippet in Korean',
    'static-en-on-ko': 'a Korean page, the static-first snippet in English (drawn again in Korean)',
  };
  p('## A reader\'s page', '', 'A blog post (bench/blog-post.mjs: a theme\'s render-blocking sheet, the post\'s title, the widget, then the text) with an infobox at the top of the post.', '');
  if (reader.error) p(`Not measured: ${reader.error}`, '');
  else {
    p('**Layout shift on a throttled phone** (Chromium, 412 × 823 px, 400 ms latency, 4× slower CPU; `node bench/layout-shift.mjs`; the test holds it to 0.1):', '',
      '| page | CLS | shifts |', '|---|---:|---|');
    for (const [kind, r] of Object.entries(reader.shifts)) p(`| ${snippets[kind]} | ${r.cls} | ${r.shifts.map((x) => `${x.value.toFixed(3)} at ${x.at} ms`).join(', ') || 'none'} |`);
    const version = Object.values(reader.lighthouse)[0]?.version;
    const runs = quick ? 'one run' : 'the median of three runs by LCP, with the ranges of the three';
    p('', `**Lighthouse ${version}, mobile, throttling applied** (a phone's screen, slow 4G and a 4× slower CPU applied to the real load, \`throttlingMethod: 'devtools'\`; \`node bench/lighthouse.mjs\`; served gzipped from 127.0.0.1; ${runs}). LCP ÷ no widget compares each page with the same page in its language without the widget:`, '',
      '| page | Performance | range | Accessibility | Best Practices | SEO | CLS | LCP | LCP range | LCP ÷ no widget | TBT |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const [kind, r] of Object.entries(reader.lighthouse)) {
      const bare = reader.lighthouse[kind.endsWith('ko') ? 'none-ko' : 'none'];
      const seconds = (ms) => (ms / 1000).toFixed(2);
      p(`| ${snippets[kind]} | ${r.performance} | ${r.range.join('–')} | ${r.accessibility} | ${r['best-practices']} | ${r.seo} | ${r.cls} | ${seconds(r.lcp)} s | ${r.lcpRange.map(seconds).join('–')} s | ${(r.lcp / bare.lcp).toFixed(2)}× | ${r.tbt} ms |`);
    }
    p('', 'Targets: the static-first post\'s LCP at most 1.3× the same post\'s without the widget, in English and in Korean; TBT at most 50 ms; CLS 0.');
    p('', 'Target: the script-tag snippet at least 95 for mobile Performance, CLS at most 0.1.', '');
  }
}
const notes = join(root, 'bench/NOTES.md');
if (existsSync(notes)) p(readFileSync(notes, 'utf8').trim(), '');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${lines.join('\n')}\n`);
rmSync(snapshot, { recursive: true, force: true });
log(`wrote ${out}`);
