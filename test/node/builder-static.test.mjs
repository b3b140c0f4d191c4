// The builder's static HTML is `film-elements render`'s: the same film and element, drawn by
// Lit SSR in the browser (src/builder/static-html.ts) and by the command line, give the same
// HTML. The builder's element names its film by src="#id" instead of carrying it, so the CLI's
// inline JSON child is the one difference, and it is taken out before comparing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findChromium } from '../../scripts/browsers.mjs';
import { minifyStyles } from '../../scripts/literals.mjs';

/** The sources' styles minified as every build minifies them, after esbuild (see scripts/literals.mjs). */
const literals = {
  name: 'literals',
  async transform(context) {
    if (!context.path.startsWith('/src/') || !context.path.endsWith('.ts')) return undefined;
    const minified = await minifyStyles(context.body, context.path);
    return minified ? { body: minified.code } : undefined;
  },
};

let server, browser, page;
before(async () => {
  server = await startDevServer({
    config: { rootDir: '.', port: 0, hostname: '127.0.0.1', nodeResolve: true,
      plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), literals] },
    readCliArgs: false, readFileConfig: false, logStartMessage: false,
  });
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumFlags });
  page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.server.address().port}/scripts/shoot.html`);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

for (const [tag, lang, theme] of [['film-infobox'], ['review-card', 'ko', 'dark'], ['accolade-table', 'en', 'light'], ['cast-list', 'ko']]) {
  test(`<${tag}>${lang ? ` lang=${lang}` : ''}${theme ? ` theme=${theme}` : ''}: the builder's static HTML is the CLI's`, async () => {
    const args = ['bin/film-elements.mjs', 'render', 'demo/data/ballerina.json', '--element', tag];
    if (lang) args.push('--lang', lang);
    if (theme) args.push('--theme', theme);
    const cli = execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .replace(/<script type="application\/json">[^]*?<\/script>(?=<\/[a-z-]+>\n$)/, '').trimEnd();
    const built = await page.evaluate(async (tag, lang, theme) => {
      // The builder's own modules, with the elements and Lit they bundle: one copy of each.
      const { parseFilm } = await import('/src/index.ts');
      const { staticElement } = await import('/src/builder/static-html.ts');
      const { film } = parseFilm(await (await fetch('/demo/data/ballerina.json')).json());
      return staticElement(tag, film, { lang, theme });
    }, tag, lang, theme);
    assert.match(built, /<template shadowrootmode="open">/);
    assert.match(built, /<!--lit-part /, 'the markers that hydration needs are there');
    assert.equal(built, cli);
  });
}
