// Lighthouse's mobile run (its default: a phone's screen, simulated slow 4G and a 4× slower CPU)
// on the blog post of bench/blog-post.mjs, with no widget, with the script-tag snippet and with
// the builder's static-first one. `node bench/lighthouse.mjs` prints the scores (run `npm run
// build` first); bench/run.mjs writes them into BENCHMARKS.md.
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findChromium } from '../scripts/browsers.mjs';
import { posts } from './layout-shift.mjs';
import { serve } from './server.mjs';

const root = new URL('..', import.meta.url).pathname;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Three runs of each page; resolves to the median run's figures (by Performance) with the range
 * of the three Performance scores: `{ kind: { performance, range, accessibility, …, cls, lcp, tbt } }`.
 */
export async function lighthouseScores(kinds = ['none', 'script-tag', 'static']) {
  const server = await serve(root, await posts());
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true,
    args: [...chromiumFlags, '--remote-debugging-port=0'] });
  const port = Number(new URL(browser.wsEndpoint()).port);
  const results = {};
  try {
    for (const kind of kinds) {
      // Lighthouse's own advice for a score that varies from run to run: the median of several.
      const runs = [];
      for (let run = 0; run < 3; run++) {
        const { lhr } = await lighthouse(`${server.origin}/post/${kind}.html`, { port, output: 'json', logLevel: 'error', onlyCategories: categories });
        const audit = (id) => lhr.audits[id]?.numericValue;
        runs.push({
          ...Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
          cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000, lcp: Math.round(audit('largest-contentful-paint')),
          tbt: Math.round(audit('total-blocking-time')), version: lhr.lighthouseVersion,
        });
      }
      runs.sort((a, b) => a.performance - b.performance);
      results[kind] = { ...runs[1], range: [runs[0].performance, runs[2].performance] };
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
