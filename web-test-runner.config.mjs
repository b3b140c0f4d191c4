// Every browser test runs in the system's Chromium and, when present, Firefox and WebKit (see
// scripts/browsers.mjs and scripts/webkit.mjs). FILM_BROWSERS picks the engines
// (`FILM_BROWSERS=chromium`, `FILM_BROWSERS=firefox,webkit`); an engine named there must exist.
// Tests are TypeScript, transpiled by esbuild as they are served.
import { createHash } from 'node:crypto';
import { extname, resolve, sep } from 'node:path';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { PNG } from 'pngjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findChromium, findFirefox } from './scripts/browsers.mjs';
import { findWebKit, WebKitLauncher } from './scripts/webkit.mjs';
import { replayPlugin } from './test/replay/plugin.mjs';

// Tests run in several tabs at once: background tabs must not have their timers slowed.
const chromiumArgs = [...chromiumFlags, '--disable-background-timer-throttling', '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows'];

const engines = {
  chromium: () => findChromium() && chromeLauncher({ launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs } }),
  firefox: () => findFirefox() &&
    chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true } }),
  webkit: () => findWebKit() && new WebKitLauncher(findWebKit()),
};
const named = process.env.FILM_BROWSERS?.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
for (const name of named ?? []) {
  if (!(name in engines)) throw new Error(`FILM_BROWSERS: unknown engine "${name}" (known: ${Object.keys(engines).join(', ')})`);
}
// By default every engine that is installed (.ci/run installs all three).
const browsers = (named ?? Object.keys(engines)).flatMap((name) => {
  const launcher = engines[name]();
  if (!launcher && named) throw new Error(`FILM_BROWSERS names ${name}, which is not installed here (see scripts/browsers.mjs)`);
  return launcher ? [launcher] : [];
});

/** Writes the run's totals so .ci/run can print one plain summary line. */
function totalsReporter() {
  const count = (suite, totals) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite?.suites ?? []) count(child, totals);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test has no test results to count.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/browser.json', JSON.stringify(totals));
    },
  };
}

// Test endpoints for the `src` paths: statuses, slow answers, HTML error pages, a server that
// fails once and then recovers. `/mock/film?…` answers with the Ballerina data.
const film = () => readFileSync('demo/data/ballerina.json', 'utf8');
const failures = new Map();
async function mockServer(ctx, next) {
  if (!ctx.path.startsWith('/mock/')) return next();
  // dist/ byte for byte, as a CDN serves it: the test server rewrites the modules it serves,
  // which an integrity hash would refuse. Under /mock/slow-dist/, an element's own file takes
  // 300 ms, as on a slow CDN edge, so what waits on it shows; under /mock/broken-dist/, it is
  // missing, and says so after 300 ms.
  // site/ (`npm run site`) is served byte for byte under /mock/site/ in the same way.
  const dist = ctx.path.match(/^\/mock\/(slow-|broken-)?(dist|site)\/(.*)$/);
  if (dist) {
    const folder = resolve(dist[2]);
    const file = resolve(folder, dist[3]);
    if (!file.startsWith(folder + sep) || !existsSync(file)) return void (ctx.status = 404);
    if (dist[1] && /^cdn\/[\w-]+\.js$/.test(dist[3])) await new Promise((resolve) => setTimeout(resolve, 300));
    if (dist[1] === 'broken-' && dist[3].startsWith('cdn/')) return void (ctx.status = 404);
    ctx.type = extname(file);
    ctx.body = readFileSync(file);
    return;
  }
  const q = ctx.query;
  if (q.delay) await new Promise((resolve) => setTimeout(resolve, Number(q.delay)));
  if (q.failOnce && !failures.has(q.failOnce)) {
    failures.set(q.failOnce, true);
    ctx.status = 503;
    return;
  }
  ctx.status = Number(q.status ?? 200);
  if (ctx.path === '/mock/film') {
    ctx.type = 'application/json';
    ctx.body = q.title ? film().replace('"title": "Ballerina"', `"title": ${JSON.stringify(q.title)}`) : film();
  } else if (ctx.path === '/mock/static') {
    // `film-elements render`'s static HTML of the Ballerina film (dist/ must be built).
    const [{ renderElement }, { parseFilm }] = await Promise.all([import('./bin/ssr.mjs'), import('./dist/model/index.js')]);
    const { film: read } = parseFilm(JSON.parse(film()));
    ctx.type = 'text/html';
    ctx.body = await renderElement(q.tag, read, { locale: q.lang ?? 'en', lang: q.lang, theme: q.theme, filmFrom: q.from });
  } else if (ctx.path === '/mock/poster.png') {
    // A poster that loads (a 2 × 3 PNG, drawn at the size the film gives); any other image is missing.
    ctx.type = 'image/png';
    ctx.body = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAIAAAA2iEnWAAAAEElEQVR4nGOI8qsCIgYUCgBGswbNDxRnLAAAAABJRU5ErkJggg==', 'base64');
  } else if (ctx.path === '/mock/html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html><body><h1>Error</h1></body></html>';
  } else if (ctx.path === '/mock/redirect') {
    ctx.redirect('/mock/redirect');
  } else if (ctx.path === '/mock/text') {
    ctx.type = 'application/json';
    ctx.body = q.body ?? '';
  } else {
    ctx.status = 404;
  }
}

// A page under a strict Content Security Policy for test/trust/security.test.ts: it loads the
// built bundle and reports every `securitypolicyviolation` to the test that frames it.
// `?jsonld` adds the one more Trusted Types policy that the `jsonld` attribute needs.
const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";
async function strictPage(ctx, next) {
  if (ctx.path !== '/trust/strict-csp') return next();
  ctx.type = 'text/html';
  ctx.set('Content-Security-Policy', 'jsonld' in ctx.query ? `${strictPolicy} film-elements` : strictPolicy);
  ctx.body = readFileSync('test/trust/strict-csp/page.html', 'utf8');
}

/**
 * Chromium-only commands for test/trust/: `emulate-forced-colors` (`{ active }`; puppeteer's
 * emulateMedia lacks it), `set-font-sizes` (`{ standard, fixed }`,
 * the browser's default font sizes as a reader sets them), `a11y-full-tree`, the whole accessibility tree (a11ySnapshot gives
 * only the "interesting" nodes: no tables, no lists), and `heap-used`, the page's JS heap in
 * bytes after a full garbage collection (`performance.memory` is cached and does not move).
 */
function chromiumCommands() {
  return {
    name: 'film-chromium-commands',
    async executeCommand({ command, payload, session }) {
      if (!['emulate-forced-colors', 'set-font-sizes', 'a11y-full-tree', 'heap-used'].includes(command)) return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession || session.browser.type !== 'puppeteer') throw new Error(`${command} needs Chromium`);
      if (command === 'a11y-full-tree') return page.accessibility.snapshot({ interestingOnly: false });
      const cdp = await page.createCDPSession();
      if (command === 'set-font-sizes') return cdp.send('Page.setFontSizes', { fontSizes: payload });
      if (command === 'heap-used') {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}

/** The engine a session runs in, by the name FILM_BROWSERS uses. */
const engineOf = (browser) => (browser instanceof WebKitLauncher ? 'webkit' : /firefox/i.test(browser.name) ? 'firefox' : 'chromium');

/**
 * `screenshot` (`{ name, clip }`, clip in CSS px of the viewport, inside it): the pixels there,
 * saved to .test-results/screenshots/<engine>/<name>.png; returns `{ file, width, height, digest }`
 * where the digest is of the decoded pixels, so two shots can be compared exactly.
 * `pixel-diff` (`{ a, b }`, two files from `screenshot`): how many pixels differ, and where.
 * WebKitWebDriver's element screenshots come back black, so every engine crops a viewport shot.
 */
function screenshots() {
  const shots = new Map();
  return {
    name: 'film-screenshots',
    async executeCommand({ command, payload, session }) {
      if (command === 'pixel-diff') {
        const [a, b] = [shots.get(payload.a), shots.get(payload.b)];
        if (!a || !b) throw new Error('pixel-diff compares two screenshots taken in this run');
        if (a.width !== b.width || a.height !== b.height) return { differing: -1, size: [a.width, a.height, b.width, b.height] };
        let differing = 0;
        const rows = new Set();
        for (let i = 0; i < a.data.length; i += 4) {
          if (a.data.readUInt32BE(i) !== b.data.readUInt32BE(i)) {
            differing++;
            rows.add(Math.floor(i / 4 / a.width));
          }
        }
        return { differing, rows: [...rows].slice(0, 20) };
      }
      if (command !== 'screenshot') return undefined;
      const engine = engineOf(session.browser);
      const clip = Object.fromEntries(['x', 'y', 'width', 'height'].map((k) => [k, Math.round(payload.clip[k])]));
      let png;
      if (engine === 'webkit') png = Buffer.from(await session.browser.driver.takeScreenshot(), 'base64');
      else png = Buffer.from(await session.browser.getPage(session.id).screenshot({ type: 'png' }));
      const page = PNG.sync.read(png);
      const shot = new PNG({ width: clip.width, height: clip.height });
      PNG.bitblt(page, shot, clip.x, clip.y, clip.width, clip.height, 0, 0);
      const dir = `.test-results/screenshots/${engine}`;
      mkdirSync(dir, { recursive: true });
      const file = `${dir}/${payload.name}.png`;
      writeFileSync(file, PNG.sync.write(shot));
      shots.set(file, shot);
      return { file, width: shot.width, height: shot.height, digest: createHash('sha256').update(shot.data).digest('hex') };
    },
  };
}

/**
 * React ships only CommonJS and Vue's ES build expects a bundler, so test/integration/ gets
 * each framework bundled into one ES module on request: the specifiers in a group all resolve
 * to that group's module, so React and ReactDOM share one copy.
 */
function frameworkBundles() {
  const groups = {
    react: { specifiers: ['react', 'react-dom/client'], source:
      "import React from 'react'; import { createRoot } from 'react-dom/client';" +
      'export const { createElement, StrictMode } = React; export { createRoot };' },
    vue: { specifiers: ['vue'], source: "export { createApp, h, ref, nextTick } from 'vue';" },
  };
  const cache = new Map();
  return {
    name: 'framework-bundles',
    resolveImport({ source }) {
      const group = Object.keys(groups).find((name) => groups[name].specifiers.includes(source));
      return group && `/__framework/${group}.js`;
    },
    async serve(ctx) {
      const group = groups[ctx.path.match(/^\/__framework\/(\w+)\.js$/)?.[1]];
      if (!group) return undefined;
      if (!cache.has(group)) {
        cache.set(group, build({
          stdin: { contents: group.source, resolveDir: process.cwd(), loader: 'js' },
          bundle: true, format: 'esm', write: false, target: 'es2022', logLevel: 'silent',
          define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false',
            __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
        }).then((result) => result.outputFiles[0].text));
      }
      return { body: await cache.get(group), type: 'js' };
    },
  };
}

/**
 * `markup-snapshot` (`{ engine, drawn }`): the stored markup of test/core/markup.test.ts for that
 * engine, or null; with FILM_MARKUP=write in the environment it first stores what was drawn.
 */
function markupSnapshots() {
  return {
    name: 'film-markup-snapshots',
    executeCommand({ command, payload }) {
      if (command !== 'markup-snapshot') return undefined;
      const file = `test/markup/${payload.engine}.json`;
      if (process.env.FILM_MARKUP === 'write') {
        mkdirSync('test/markup', { recursive: true });
        writeFileSync(file, `${JSON.stringify(payload.drawn, null, 1)}\n`);
      }
      return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
    },
  };
}

export default {
  middleware: [mockServer, strictPage],
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  browsers,
  // One file at a time per browser: a page in a background tab gets no animation frames,
  // which fixtures wait for.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), a11ySnapshotPlugin(), chromiumCommands(), screenshots(), frameworkBundles(), markupSnapshots(), replayPlugin()],
  reporters: [defaultReporter(), totalsReporter()],
};
