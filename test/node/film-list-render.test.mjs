// `film-elements render --element film-list`: the list as static HTML (run after `npm run build`),
// shown with JavaScript off, each film's infobox opening natively, and upgraded in place by the
// loader with JavaScript on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findChromium } from '../../scripts/browsers.mjs';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'film-list-render-'));
const run = (...args) => spawnSync(process.execPath, [join(root, 'bin/film-elements.mjs'), ...args], { cwd: work, encoding: 'utf8' });

// Ballerina by its file, beside a film made up for the test, inline.
const listFile = join(work, 'list.json');
writeFileSync(listFile, JSON.stringify({
  title: 'Two films',
  items: [
    { film: join(root, 'demo/data/ballerina.json'), note: 'A bodyguard’s revenge.' },
    { film: { title: 'The Quiet Hour', year: 2021, credits: { directors: ['Ada Park'] } }, note: 'Made up for this test.' },
  ],
}));

async function serve(html) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/page.html') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    const local = join(root, path);
    if (!path.startsWith('/dist/') || !existsSync(local)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': `${{ '.js': 'text/javascript', '.json': 'application/json' }[extname(local)] ?? 'application/octet-stream'}; charset=utf-8` });
    res.end(readFileSync(local));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

const look = () => {
  const root = document.querySelector('film-list').shadowRoot;
  const fold = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    shadow: Boolean(root),
    titles: [...root.querySelectorAll('ol > li .film-title')].map(fold),
    notes: [...root.querySelectorAll('.note')].map(fold),
    heading: root.querySelector('h2')?.textContent,
  };
};

test('refuses a list whose film cannot be read, naming it', () => {
  const bad = join(work, 'bad.json');
  writeFileSync(bad, JSON.stringify({ items: [{ film: 'missing.json' }] }));
  const result = run('render', bad, '--element', 'film-list');
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^film-elements: cannot read .*missing\.json: no such file\.\n$/);
});

test('--jsonld writes the list\'s ItemList for the page at --base-url, each film at its place there, and refuses without it', () => {
  const without = run('render', listFile, '--element', 'film-list', '--jsonld');
  assert.equal(without.status, 2);
  assert.match(without.stderr, /--jsonld for a list needs --base-url, the address of the page it goes on/);
  assert.equal(without.stdout, '');

  const result = run('render', listFile, '--element', 'film-list', '--jsonld', '--base-url', 'https://blog.example/my-films/#top');
  assert.equal(result.status, 0, result.stderr);
  const [, json] = result.stdout.match(/^<script type="application\/ld\+json">\n([^]*?)\n<\/script>\n<film-list/) ?? [];
  assert.ok(json, 'the ItemList comes first, then the element');
  const list = JSON.parse(json);
  assert.equal(list['@type'], 'ItemList');
  assert.equal(list.name, 'Two films');
  assert.deepEqual(list.itemListElement.map((item) => [item.position, item.item.name, item.item.url]), [
    [1, 'Ballerina', 'https://blog.example/my-films/#film-list-1'],
    [2, 'The Quiet Hour', 'https://blog.example/my-films/#film-list-2'],
  ]);
  assert.deepEqual(list.itemListElement[1].item.director, [{ '@type': 'Person', name: 'Ada Park' }]);
  // Each address's anchor is an entry of the element as drawn.
  for (const rank of [1, 2]) assert.match(result.stdout, new RegExp(`id="film-list-${rank}"`));
});

test('the list as static HTML shows with JavaScript off, opens its infoboxes natively, and upgrades in place', async (t) => {
  const chromium = findChromium();
  if (!chromium) return t.skip('no Chromium found');
  const result = run('render', listFile, '--element', 'film-list', '--page');
  assert.equal(result.status, 0, result.stderr);
  const { server, origin } = await serve(result.stdout);
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: chromiumFlags });
  try {
    const off = await browser.newPage();
    await off.setJavaScriptEnabled(false);
    await off.goto(`${origin}/page.html`, { waitUntil: 'load' });
    const still = await off.evaluate(look);
    assert.deepEqual(still, {
      shadow: true, heading: 'Two films',
      titles: ['1 Ballerina', '2 The Quiet Hour'],
      notes: ['A bodyguard’s revenge.', 'Made up for this test.'],
    });
    // The disclosure opens without a script, on the infobox drawn inside it.
    const summary = await off.evaluateHandle(() => document.querySelector('film-list').shadowRoot.querySelector('details summary'));
    await summary.click();
    const opened = await off.evaluate(() => {
      const details = document.querySelector('film-list').shadowRoot.querySelector('details');
      const box = details.querySelector('film-infobox');
      return { open: details.open, text: box.shadowRoot.querySelector('section').textContent.replace(/\s+/g, ' ').trim().slice(0, 40), height: box.getBoundingClientRect().height };
    });
    assert.equal(opened.open, true);
    assert.match(opened.text, /^Ballerina Directed by Lee Chung-hyun/);
    assert.ok(opened.height > 200, String(opened.height));

    const on = await browser.newPage();
    const complaints = [];
    on.on('console', (m) => ['error', 'warn', 'warning', 'info'].includes(m.type()) && complaints.push(m.text()));
    on.on('pageerror', (e) => complaints.push(e.message));
    await on.goto(`${origin}/page.html`, { waitUntil: 'load' });
    await on.evaluate(() => { window.served = document.querySelector('film-list').shadowRoot.querySelector('ol'); });
    await on.addScriptTag({ type: 'module', url: '/dist/film-elements.loader.min.js' });
    await on.waitForFunction(() => customElements.get('film-list') && document.querySelector('film-list').hasUpdated, { timeout: 20000 });
    const kept = await on.evaluate(async () => {
      const el = document.querySelector('film-list');
      await el.updateComplete;
      return el.shadowRoot.querySelector('ol') === window.served && window.served.isConnected;
    });
    assert.equal(kept, true, `the static list is hydrated, not drawn again: ${complaints}`);
    assert.deepEqual(await on.evaluate(look), still);
    assert.deepEqual(complaints, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('publish --list writes the list’s page, its films linked to their pages and back, its ItemList a summary of them', () => {
  const quiet = join(work, 'quiet.json');
  writeFileSync(quiet, JSON.stringify({ title: 'The Quiet Hour', year: 2021, credits: { directors: ['Ada Park'] } }));
  const lists = join(work, 'published-list.json');
  writeFileSync(lists, JSON.stringify({ title: 'Two films', items: [{ film: join(root, 'demo/data/ballerina.json') }, { film: 'quiet.json' }] }));
  const out = join(work, 'site');
  const result = run('publish', join(root, 'demo/data/ballerina.json'), quiet, '--out', out, '--base-url', 'https://films.example/', '--list', lists);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^list: https:\/\/films\.example\/lists\/two-films\/$/m);
  const page = readFileSync(join(out, 'lists/two-films/index.html'), 'utf8');
  const jsonld = JSON.parse(/<script type="application\/ld\+json">\n([^]*?)\n<\/script>/.exec(page)[1]);
  assert.deepEqual(jsonld.itemListElement, [
    { '@type': 'ListItem', position: 1, url: 'https://films.example/ballerina-2023/' },
    { '@type': 'ListItem', position: 2, url: 'https://films.example/the-quiet-hour-2021/' },
  ]);
  // The list itself, with each title linked to the film's page.
  assert.match(page, /<a part="link" class="link" href="https:\/\/films\.example\/ballerina-2023\/">/);
  for (const slug of ['ballerina-2023', 'the-quiet-hour-2021']) {
    assert.match(readFileSync(join(out, slug, 'index.html'), 'utf8'), /<nav><a href="\.\.\/">All films<\/a> · <a href="\.\.\/lists\/two-films\/">Two films<\/a><\/nav>/);
  }
});
