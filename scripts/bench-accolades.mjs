// How long <accolade-table> takes to re-sort 1,000 rows, to layout, against a hand-written
// keyed DOM re-order of the same rows in a plain page:
//   node scripts/bench-accolades.mjs [--rows 1000] [--runs 21]
// Both pages run in the system's Chromium, served from the TypeScript sources with Lit's
// production build. Each run sorts by the other of two columns (category, then date of
// ceremony, …) and stops the clock once the browser has laid the table out; the figure is
// the median. It prints figures and asserts nothing.
import { parseArgs } from 'node:util';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { findChromium } from './browsers.mjs';
import { makeAccoladeFilm } from './make-large-accolades.mjs';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '21' },
  },
});
const rows = Number(values.rows);
const runs = Number(values.runs);
const film = makeAccoladeFilm({ count: rows, seed: 1000 });

const server = await startDevServer({
  config: {
    rootDir: '.', port: 0, hostname: '127.0.0.1',
    nodeResolve: { exportConditions: ['production'] },
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  },
  readCliArgs: false, readFileConfig: false, logStartMessage: false,
});
const origin = `http://127.0.0.1:${server.server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: findChromium(), headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const median = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function open() {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  page.on('console', (m) => /dev mode/i.test(m.text()) && console.log(`[page] ${m.text()}`));
  await page.setViewport({ width: 940, height: 800 });
  await page.goto(`${origin}/scripts/shoot.html`, { waitUntil: 'load' });
  return page;
}

/**
 * The element: a click on a sort button, the render, and the layout it forces. Sets up the
 * page and leaves `window.step(i)` to time one re-sort.
 */
async function element() {
  const page = await open();
  const firstRender = await page.evaluate(async (film) => {
    await import('/src/define/accolade-table.ts');
    const el = document.createElement('accolade-table');
    el.style.width = '900px';
    document.body.append(el);
    const t0 = performance.now();
    el.film = film;
    while (el.status !== 'ready') await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    const table = el.shadowRoot.querySelector('table');
    void table.offsetHeight;
    const button = (column) => el.shadowRoot.querySelector(`button.sort[data-column="${column}"]`);
    window.rows = () => el.shadowRoot.querySelectorAll('tbody tr').length;
    window.step = async (i) => {
      const target = button(i % 2 ? 'date' : 'category');
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      const start = performance.now();
      target.click();
      await el.updateComplete;
      const dom = performance.now();
      void table.offsetHeight;
      return { total: performance.now() - start, dom: dom - start };
    };
    return performance.now() - t0;
  }, film);
  return { page, firstRender };
}

/** The same rows in a plain page, re-ordered by hand through a key → row map. */
async function plain() {
  const page = await open();
  await page.evaluate(async (film) => {
    const style = document.createElement('style');
    style.textContent = `
      table { inline-size: 900px; border-collapse: collapse; table-layout: fixed; font: 15px/1.5 system-ui, sans-serif; }
      th, td { padding: 0.35em 0.55em; border: 1px solid #d1d5da; text-align: start; vertical-align: top; }
      .badge { display: inline-block; padding: 0 0.5em; border-radius: 1em; font-size: 0.85em; font-weight: 600; background: #eee; }`;
    document.head.append(style);
    const dates = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
    const words = { won: 'Won', nominated: 'Nominated', pending: 'Pending' };
    const table = document.createElement('table');
    const tbody = document.createElement('tbody');
    table.append(tbody);
    const entries = film.accolades.map((a, key) => ({ key, ...a }));
    const byKey = new Map();
    for (const a of entries) {
      const tr = document.createElement('tr');
      const award = document.createElement('th');
      award.scope = 'row';
      award.textContent = a.award;
      const cell = (content) => {
        const td = document.createElement('td');
        if (content) td.append(content);
        return td;
      };
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = words[a.result] ?? a.result ?? 'Unknown';
      const date = a.date && (a.date.length > 4 ? dates.format(Date.parse(a.date)) : a.date);
      tr.append(award, cell(date), cell(a.category), cell((a.recipients ?? []).join(', ')), cell(badge),
        cell(a.sources ? '[1]' : ''));
      byKey.set(a.key, tr);
      tbody.append(tr);
    }
    document.body.append(table);
    void table.offsetHeight;

    const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
    const by = {
      category: (a, b) => collator.compare(a.category, b.category) || a.key - b.key,
      date: (a, b) => (!a.date !== !b.date ? (a.date ? -1 : 1)
        : (a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : a.key - b.key),
    };
    window.rows = () => tbody.children.length;
    window.step = async (i) => {
      const column = i % 2 ? 'date' : 'category';
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      const start = performance.now();
      const order = [...entries].sort(by[column]);
      // Walk the new order; move a row only when it is not already where it belongs.
      let cursor = tbody.firstChild;
      for (const a of order) {
        const row = byKey.get(a.key);
        if (row === cursor) cursor = cursor.nextSibling;
        else tbody.insertBefore(row, cursor);
      }
      const dom = performance.now();
      void table.offsetHeight;
      return { total: performance.now() - start, dom: dom - start };
    };
  }, film);
  return { page };
}

try {
  const ours = await element();
  const hand = await plain();
  // The two pages take turns, so a busy machine slows both alike; three runs each to warm up.
  const times = { ours: [], hand: [] };
  for (let i = 0; i < runs + 3; i++) {
    for (const [name, { page }] of Object.entries({ ours, hand })) {
      // A page in the background gets no animation frames.
      await page.bringToFront();
      const t = await page.evaluate((i) => window.step(i), i);
      if (i >= 3) times[name].push(t);
    }
  }
  const count = await ours.page.evaluate(() => window.rows());
  const fmt = (ms) => `${ms.toFixed(1)} ms`;
  const line = (name, list) => {
    const total = list.map((t) => t.total);
    console.log(`  ${name}${fmt(median(total))}  (sort and DOM ${fmt(median(list.map((t) => t.dom)))}, ` +
      `the rest style and layout; min ${fmt(Math.min(...total))}, max ${fmt(Math.max(...total))})`);
  };
  console.log(`Re-sorting ${count} rows to layout, median of ${runs} runs each (Chromium, Lit production build):`);
  line('<accolade-table>, sort button click:      ', times.ours);
  line('plain page, hand-written keyed re-order:  ', times.hand);
  console.log(`  <accolade-table> first render of ${count} rows, grouped, to layout: ${fmt(ours.firstRender)}`);
} finally {
  await browser.close();
  await server.stop();
}
