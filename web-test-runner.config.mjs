// Every browser test runs in the system's Chromium and, when present, Firefox and WebKit (see
// scripts/browsers.mjs and scripts/webkit.mjs). FILM_BROWSERS picks the engines
// (`FILM_BROWSERS=chromium`, `FILM_BROWSERS=firefox,webkit`); an engine named there must exist.
// Tests are TypeScript, transpiled by esbuild as they are served.
// The plugins and the test server's endpoints are in test/runner/.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findChromium, findFirefox } from './scripts/browsers.mjs';
import { findWebKit, WebKitLauncher } from './scripts/webkit.mjs';
import { chromiumCommands } from './test/runner/chromium-commands.mjs';
import { frameworkBundles } from './test/runner/framework-bundles.mjs';
import { markupSnapshots } from './test/runner/markup-snapshots.mjs';
import { mockServer, strictPage } from './test/runner/mock-server.mjs';
import { screenshots } from './test/runner/screenshots.mjs';
import { totalsReporter } from './test/runner/totals-reporter.mjs';
import { replayPlugin } from './test/replay/plugin.mjs';

// Fixtures wait on timers and animation frames, which Chromium slows in a page it deems hidden.
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
