// How much a blog post jumps while its film widget loads, on a throttled phone: Chromium with a
// phone's screen, 400 ms of network latency and a CPU four times slower, as Lighthouse's mobile
// run has it. Each layout shift the page reports (without recent input) adds to the score; the
// sum is the Cumulative Layout Shift when, as here, all shifts fall in one session window.
// `node bench/layout-shift.mjs` prints the figure for each snippet (run `npm run build` first).
import puppeteer from 'puppeteer-core';
import { readFilmFile } from '../bin/film-file.mjs';
import { renderElement } from '../bin/ssr.mjs';
import { chromiumFlags, findChromium } from '../scripts/browsers.mjs';
import { blogPost, filmId, snippet } from './blog-post.mjs';
import { serve } from '../scripts/static-server.mjs';

const root = new URL('..', import.meta.url).pathname;

/**
 * The blog posts by snippet kind, at /post/<kind>.html; `static-card` is a static <film-card>.
 * `-ko` posts are pages in Korean (`<html lang="ko">`) with the snippet written for them; on
 * `static-en-on-ko` the builder's English snippet was pasted into a Korean page, which the
 * element draws again in Korean.
 */
export async function posts() {
  // The static HTML is `film-elements render`'s, naming the film the snippet carries.
  const { film } = await readFilmFile(`${root}demo/data/ballerina.json`);
  const drawn = (tag, lang) => renderElement(tag, film, { filmFrom: `#${filmId}`, ...(lang && { locale: lang, lang }) });
  const infobox = await drawn('film-infobox');
  return {
    '/post/none.html': blogPost(snippet('none')),
    '/post/script-tag.html': blogPost(snippet('script-tag')),
    '/post/static.html': blogPost(snippet('static', { staticHtml: infobox })),
    '/post/static-card.html': blogPost(snippet('static-card', { staticHtml: await drawn('film-card') })),
    '/post/none-ko.html': blogPost(snippet('none'), 'ko'),
    '/post/static-ko.html': blogPost(snippet('static', { staticHtml: await drawn('film-infobox', 'ko') }), 'ko'),
    '/post/static-en-on-ko.html': blogPost(snippet('static', { staticHtml: infobox }), 'ko'),
  };
}

const phone = { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

/**
 * Loads each post on a throttled phone (or another `viewport`); resolves to
 * `{ kind: { cls, shifts, title } }`.
 */
export async function layoutShifts(kinds = ['none', 'script-tag', 'static'], viewport = phone) {
  const server = await serve(root, await posts());
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumFlags });
  const results = {};
  try {
    for (const kind of kinds) {
      const page = await browser.newPage();
      const cdp = await page.createCDPSession();
      await page.emulate({ viewport,
        userAgent: 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Mobile Safari/537.36' });
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 1.6e6 / 8 * 0.9, uploadThroughput: 750e3 / 8 * 0.9 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.evaluateOnNewDocument(() => {
        window.shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (!entry.hadRecentInput) window.shifts.push({ value: entry.value, at: Math.round(entry.startTime),
              moved: entry.sources.map((s) => `${s.node?.nodeName} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`).join(' ') });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${server.origin}/post/${kind}.html`, { waitUntil: 'load' });
      // The widget has drawn the film (or there is none), and a moment more for late shifts.
      const widget = 'film-infobox, film-card';
      await page.waitForFunction((widget) => !document.querySelector(widget) || document.querySelector(widget).status === 'ready', { timeout: 30000 }, widget);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const { shifts, title } = await page.evaluate((widget) => ({ shifts: window.shifts,
        title: document.querySelector(widget)?.shadowRoot?.querySelector('[part~="title"]')?.textContent.trim() }), widget);
      results[kind] = { cls: Math.round(shifts.reduce((sum, s) => sum + s.value, 0) * 1000) / 1000, shifts, title };
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [kind, { cls, shifts }] of Object.entries(await layoutShifts())) {
    console.log(`${kind}: CLS ${cls} (${shifts.map((s) => `${s.value.toFixed(3)} at ${s.at} ms: ${s.moved}`).join(', ') || 'no shift'})`);
  }
}
