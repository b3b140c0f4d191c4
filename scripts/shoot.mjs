// Screenshots of an element as readers see it, for looking at before calling work done:
//   node scripts/shoot.mjs film-infobox [--attrs 'fields=director,runtime'] [--out dir]
// writes <out>/<tag>-<lang>-<theme>-<width>.png for en/ko × light/dark × 240/900 px, from
// the TypeScript sources (no build needed) and demo/data/ballerina.json.
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findChromium } from './browsers.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    attrs: { type: 'string', default: '' },
    out: { type: 'string', default: '/tmp/shots' },
    src: { type: 'string', default: '/demo/data/ballerina.json' },
    langs: { type: 'string', default: 'en,ko' },
    themes: { type: 'string', default: 'light,dark' },
    widths: { type: 'string', default: '240,900' },
    page: { type: 'string' },
  },
});
const tag = positionals[0];
if (!tag && !values.page) {
  console.error('usage: node scripts/shoot.mjs <tag-name> [--attrs "a=b c=d"] [--out dir] | --page /demo/');
  process.exit(1);
}
mkdirSync(values.out, { recursive: true });

const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1', nodeResolve: true,
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })] },
  readCliArgs: false, readFileConfig: false, logStartMessage: false,
});
const origin = `http://127.0.0.1:${server.server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: findChromium(), headless: true,
  args: chromiumFlags,
});

try {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' || m.type() === 'warning' ? console.log(`[page ${m.type()}] ${m.text()}`) : 0);
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  if (values.page) {
    for (const theme of values.themes.split(',')) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
      for (const width of values.widths.split(',').map(Number)) {
        await page.setViewport({ width: Math.max(width, 320), height: 900 });
        await page.goto(origin + values.page, { waitUntil: 'networkidle0' });
        // Long pages are written in slices a person can read at full size.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, i = 1; y < height; y += 1400, i++) {
          const file = `${values.out}/page-${theme}-${width}-${i}.png`;
          await page.screenshot({ path: file, captureBeyondViewport: true, clip: { x: 0, y, width: Math.max(width, 320), height: Math.min(1400, height - y) } });
          console.log(file);
        }
      }
    }
  } else {
    for (const lang of values.langs.split(',')) for (const theme of values.themes.split(',')) for (const width of values.widths.split(',').map(Number)) {
      await page.setViewport({ width: width + 40, height: 600 });
      await page.goto(`${origin}/scripts/shoot.html`, { waitUntil: 'load' });
      await page.evaluate(async ({ tag, attrs, src, lang, theme, width }) => {
        await import(`/src/define/${tag}.ts`);
        document.documentElement.lang = lang;
        document.body.style.background = theme === 'dark' ? '#0d0f12' : '#fafafa';
        const el = document.createElement(tag);
        el.setAttribute('theme', theme);
        el.style.width = `${width}px`;
        for (const pair of attrs.split(/\s+/).filter(Boolean)) {
          const [name, ...rest] = pair.split('=');
          el.setAttribute(name, rest.join('='));
        }
        if (src) el.setAttribute('src', src);
        document.body.append(el);
        await new Promise((resolve) => {
          el.addEventListener('film-load', resolve);
          el.addEventListener('film-error', resolve);
          setTimeout(resolve, 3000);
        });
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 100));
      }, { tag, attrs: values.attrs, src: values.src, lang, theme, width });
      const file = `${values.out}/${tag}-${lang}-${theme}-${width}.png`;
      const box = await page.$('body > *:last-child');
      await box.screenshot({ path: file });
      console.log(file);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
