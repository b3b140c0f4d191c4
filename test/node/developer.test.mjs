// The developer's path, on the packed package (run after `npm run build`): `npm pack`, installed
// from the registry's packages into fresh projects as a developer's own: React 19 + TypeScript
// 5.9 (`jsx: react-jsx`) and Vue 3 + vue-tsc. The README's developer section is used as written:
// its files are the projects' files, its page is the page without a bundler, its server example
// is run. Installs share npm's cache and prefer it (`--prefer-offline`); `FILM_NPM_CACHE` names
// another cache.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile as execFileCallback, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findChromium } from '../../scripts/browsers.mjs';
import { serve } from '../../scripts/static-server.mjs';

const execFile = promisify(execFileCallback);
const root = resolve(import.meta.dirname, '../..');
const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('\n## For developers'), readme.indexOf('\n## ', readme.indexOf('\n## For developers') + 5));
/** The README's developer section's code blocks in `language`, as written. */
const blocks = (language) => [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].filter((m) => m[1] === language).map((m) => m[2]);
const block = (language, containing) => blocks(language).find((b) => b.includes(containing)) ?? assert.fail(`the README's developer section has a ${language} block with ${containing}`);

const work = mkdtempSync(join(tmpdir(), 'film-elements-developer-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const cache = process.env.FILM_NPM_CACHE ? ['--cache', process.env.FILM_NPM_CACHE] : [];
const npm = (args, cwd) => execFile('npm', [...args, ...cache], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
const run = (command, args, cwd) => execFile(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 })
  .then(({ stdout, stderr }) => ({ status: 0, output: stdout + stderr }), (error) => ({ status: error.code, output: `${error.stdout}${error.stderr}` }));

const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const tarball = join(work, packed.filename);
const dev = (name) => ours.devDependencies[name];

/** A project of a developer's own, with these dependencies and film-elements from the tarball, installed. */
async function project(name, dependencies, files) {
  const dir = join(work, name);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module', dependencies: { ...dependencies, 'film-elements': `file:${tarball}` } }));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  await npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  return dir;
}

const film = "{ title: 'Ballerina', credits: { directors: ['Lee Chung-hyun'] }, runtime: 93 }";
const tsconfig = (options) => JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler',
  lib: ['es2022', 'dom'], noEmit: true, skipLibCheck: false, types: [], ...options } });

// Both projects install at once; each test awaits the one it needs.
const react = project('react-app', { react: dev('react'), 'react-dom': dev('react-dom'), '@types/react': dev('@types/react'),
  typescript: dev('typescript5').replace('npm:typescript@', ''), '@lit-labs/ssr': dev('@lit-labs/ssr') }, {
  'tsconfig.json': tsconfig({ jsx: 'react-jsx' }),
  // The README's files, as written.
  'src/film-elements.d.ts': block('ts', "from 'film-elements/react'"),
  'src/Infobox.tsx': block('tsx', '<film-infobox'),
  'src/typo-top.tsx': `import 'film-elements/film-infobox';\nexport const A = () => <film-infobox film={{ titel: 'Ballerina' }} />;\n`,
  'src/typo-credits.tsx': `import 'film-elements/film-infobox';\nexport const B = () => <film-infobox film={{ title: 'Ballerina', credits: { director: ['Lee Chung-hyun'] } }} />;\n`,
  'src/types.d.ts': "import type {} from 'film-elements/react';\n",
  'server.mjs': `${block('js', 'film-elements/server')}\nconsole.log(html);\n`,
  'film.json': JSON.stringify({ title: 'Ballerina', runtime: 93 }),
});
const vue = project('vue-app', { vue: dev('vue'), 'vue-tsc': '3.3.14', typescript: dev('typescript5').replace('npm:typescript@', '') }, {
  'tsconfig.json': tsconfig({ jsx: 'preserve' }),
  'src/env.d.ts': "import type {} from 'film-elements/vue';\n",
  'src/App.vue': `<script setup lang="ts">
import 'film-elements/film-infobox';
import type { FilmInput, FilmLoadDetail } from 'film-elements';
const film = ${film} satisfies FilmInput;
const loaded = (e: CustomEvent<FilmLoadDetail>) => console.log(e.detail.problems.length);
</script>
<template><film-infobox :film="film" fields="director,runtime" :onfilm-load="loaded" /></template>
`,
  'src/TypoTop.vue': `<script setup lang="ts">\nimport 'film-elements/film-infobox';\n</script>\n<template><film-infobox :film="{ titel: 'Ballerina' }" /></template>\n`,
  'src/TypoCredits.vue': `<script setup lang="ts">\nimport 'film-elements/film-infobox';\n</script>\n<template><film-infobox :film="{ title: 'Ballerina', credits: { director: ['Lee Chung-hyun'] } }" /></template>\n`,
});

const tsc = (dir, files, bin = 'node_modules/typescript/bin/tsc') => {
  writeFileSync(join(dir, 'tsconfig.check.json'), JSON.stringify({ extends: './tsconfig.json', files }));
  return run(process.execPath, [bin, '--noEmit', '-p', 'tsconfig.check.json'], dir);
};

test('the README names the Vite template without a question (`npm create -y`)', async () => {
  const line = block('sh', 'npm create').split('\n').find((l) => l.startsWith('npm create'));
  assert.match(line, /^npm create -y vite@latest my-films -- --template react-ts$/);
  const { status, output } = await run('npm', [...line.slice(4).split(' '), '--no-interactive', ...cache], work);
  assert.equal(status, 0, output);
  assert.equal(JSON.parse(readFileSync(join(work, 'my-films/package.json'), 'utf8')).name, 'my-films');
});

test('React 19 + TypeScript 5.9: the README\'s component type-checks, with the film and a typed onfilm-load', async () => {
  const dir = await react;
  const { status, output } = await tsc(dir, ['src/film-elements.d.ts', 'src/Infobox.tsx']);
  assert.equal(status, 0, output);
  assert.match(readFileSync(join(dir, 'node_modules/typescript/package.json'), 'utf8'), /"version": "5\.9\./);
});

test('React: a misspelt key at the top of the film and one inside credits are type errors that name the key', async () => {
  const dir = await react;
  const top = await tsc(dir, ['src/types.d.ts', 'src/typo-top.tsx']);
  assert.notEqual(top.status, 0);
  assert.match(top.output, /typo-top\.tsx.*error TS\d+:.*'titel'/);
  const credits = await tsc(dir, ['src/types.d.ts', 'src/typo-credits.tsx']);
  assert.notEqual(credits.status, 0);
  assert.match(credits.output, /typo-credits\.tsx.*error TS\d+:.*'director' does not exist in type 'CreditsJson'\. Did you mean to write 'directors'\?/);
});

test('Vue 3 + vue-tsc: the page type-checks, and misspelt keys are type errors that name the key', async () => {
  const dir = await vue;
  const bin = 'node_modules/vue-tsc/bin/vue-tsc.js';
  const good = await tsc(dir, ['src/env.d.ts', 'src/App.vue'], bin);
  assert.equal(good.status, 0, good.output);
  const top = await tsc(dir, ['src/env.d.ts', 'src/TypoTop.vue'], bin);
  assert.match(top.output, /TypoTop\.vue.*error TS\d+:.*'titel'/);
  const credits = await tsc(dir, ['src/env.d.ts', 'src/TypoCredits.vue'], bin);
  assert.match(credits.output, /TypoCredits\.vue.*error TS\d+:.*'director'/);
});

test('renderElement from the installed package: the README\'s example, the HTML that `render` writes', async () => {
  const dir = await react;
  const { status, output } = await run(process.execPath, ['server.mjs'], dir);
  assert.equal(status, 0, output);
  assert.match(output, /^<film-infobox lang="ko" theme="dark" heading-level="2" rendered="version=[^"]+"><template shadowrootmode="open">/);
  assert.doesNotMatch(output, / shadowroot="/);
  assert.match(output, /Ballerina/);
  const script = "import { renderElement } from 'film-elements/server'; process.stdout.write(await renderElement('film-infobox', JSON.parse(process.argv[1]), { lang: 'ko', theme: 'dark' }) + '\\n');";
  const api = await run(process.execPath, ['--input-type=module', '-e', script, readFileSync(join(dir, 'film.json'), 'utf8')], dir);
  const cli = await run(process.execPath, ['node_modules/film-elements/bin/film-elements.mjs', 'render', 'film.json', '--element', 'film-infobox', '--lang', 'ko', '--theme', 'dark'], dir);
  assert.equal(cli.status, 0, cli.output);
  assert.equal(api.output, cli.output);
});

test('without the optional peers, server and import say what to install; an unknown subpath is not exported', async () => {
  const dir = await vue;
  const server = await run(process.execPath, ['--input-type=module', '-e',
    "import { renderElement } from 'film-elements/server'; await renderElement('film-infobox', { title: 'x' }).catch((e) => console.log(e.name + ': ' + e.message));"], dir);
  assert.equal(server.output.trim(), 'RenderRefusal: rendering needs @lit-labs/ssr next to film-elements: `npm install @lit-labs/ssr`.');
  const importer = await run(process.execPath, ['--input-type=module', '-e',
    "await import('film-elements/import').catch((e) => console.log(e.message));"], dir);
  assert.equal(importer.output.trim(), 'film-elements/import needs wtf_wikipedia next to film-elements: `npm install wtf_wikipedia`.');
  const nope = await run(process.execPath, ['--input-type=module', '-e', "await import('film-elements/nope').catch((e) => console.log(e.code));"], dir);
  assert.equal(nope.output.trim(), 'ERR_PACKAGE_PATH_NOT_EXPORTED');
});

let browser;
let host;
before(async () => {
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumFlags });
});
after(async () => {
  await browser?.close();
  await host?.close();
});

test('a page without a bundler shows the infobox from the packed files alone (the README\'s page)', async () => {
  const dir = await react;
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Films</title><link rel="icon" href="data:,"></head><body>\n${block('html', 'dist/cdn/')}</body></html>`;
  host = await serve(dir, { '/index.html': page }, { isolated: false });
  const tab = await browser.newPage();
  const complaints = [];
  const requests = [];
  tab.on('pageerror', (error) => complaints.push(String(error)));
  tab.on('console', (message) => ['error', 'warning'].includes(message.type()) && complaints.push(message.text()));
  tab.on('request', (request) => requests.push(new URL(request.url()).origin));
  await tab.goto(`${host.origin}/index.html`);
  await tab.waitForFunction(() => document.querySelector('film-infobox')?.status === 'ready', { timeout: 30000 });
  const title = await tab.evaluate(() => document.querySelector('film-infobox').shadowRoot.querySelector('[part~="title"]').textContent.trim());
  assert.equal(title, 'Ballerina');
  assert.deepEqual([...new Set(requests)], [host.origin]);
  assert.deepEqual(complaints, []);
});
