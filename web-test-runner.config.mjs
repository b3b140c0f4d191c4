// Every browser test runs in the system's Chromium and, when present, Firefox (see
// scripts/browsers.mjs). Tests are TypeScript, transpiled by esbuild as they are served.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import puppeteer from 'puppeteer-core';
import { findChromium, findFirefox } from './scripts/browsers.mjs';

const chromiumArgs = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const browsers = [
  chromeLauncher({ launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs } }),
];
const firefox = process.env.FILM_BROWSERS === 'chromium' ? undefined : findFirefox();
if (firefox) {
  browsers.push(chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: firefox, headless: true } }));
}

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
  } else if (ctx.path === '/mock/html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html><body><h1>Error</h1></body></html>';
  } else if (ctx.path === '/mock/text') {
    ctx.type = 'application/json';
    ctx.body = q.body ?? '';
  } else {
    ctx.status = 404;
  }
}

export default {
  middleware: [mockServer],
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  browsers,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  reporters: [defaultReporter(), totalsReporter()],
};
