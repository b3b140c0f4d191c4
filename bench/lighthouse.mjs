// Lighthouse's mobile run (a phone's screen, slow 4G and a 4× slower CPU) on the blog post of
// bench/blog-post.mjs, with no widget, with the script-tag snippet and with the builder's
// static-first one, in English and on a Korean page. The throttling is applied to the real load
// (`throttlingMethod: 'devtools'`): Lighthouse's default simulation infers LCP from an
// unthrottled local load, where the first paint races the scripts, and gave anything from 0.78 to
// 1.71 s for one static page. `node bench/lighthouse.mjs` prints the figures (run `npm run build`
// first); bench/run.mjs writes them into BENCHMARKS.md.
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findChromium } from '../scripts/browsers.mjs';
import { posts } from './layout-shift.mjs';
import { serve } from '../scripts/static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The pages measured, by kind (see `posts` in layout-shift.mjs). */
export const lighthouseKinds = ['none', 'script-tag', 'static', 'none-ko', 'static-ko', 'static-en-on-ko'];

/**
 * `runs` runs of each page; resolves to the median run's figures (by LCP) with the range of the
 * Performance scores and of LCP: `{ kind: { performance, range, lcpRange, accessibility, …, cls, lcp, tbt } }`.
 */
export async function lighthouseScores(kinds = lighthouseKinds, runCount = 3) {
  const server = await serve(root, await posts());
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true,
    args: [...chromiumFlags, '--remote-debugging-port=0'] });
  const port = Number(new URL(browser.wsEndpoint()).port);
  const results = {};
  try {
    for (const kind of kinds) {
      // Lighthouse's own advice for a score that varies from run to run: the median of several.
      const runs = [];
      for (let run = 0; run < runCount; run++) {
        const { lhr } = await lighthouse(`${server.origin}/post/${kind}.html`,
          { port, output: 'json', logLevel: 'error', onlyCategories: categories, throttlingMethod: 'devtools' });
        const audit = (id) => lhr.audits[id]?.numericValue;
        runs.push({
          ...Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
          cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000, lcp: Math.round(audit('largest-contentful-paint')),
          tbt: Math.round(audit('total-blocking-time')), version: lhr.lighthouseVersion,
        });
      }
      const range = (key) => [Math.min(...runs.map((r) => r[key])), Math.max(...runs.map((r) => r[key]))];
      runs.sort((a, b) => a.lcp - b.lcp);
      results[kind] = { ...runs[Math.floor(runs.length / 2)], range: range('performance'), lcpRange: range('lcp') };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [kind, r] of Object.entries(await lighthouseScores())) console.log(kind, JSON.stringify(r));
}
