// site/ (`npm run site`) as a static host serves it: no bare module specifier anywhere, the builder
// working from a plain file server, and a snippet it writes for a self-hosted copy of the library
// upgrading on a blog of another origin with no request anywhere else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findChromium } from '../../scripts/browsers.mjs';
import { serve } from '../../scripts/static-server.mjs';

const site = resolve(import.meta.dirname, '../../site');
const scripts = readdirSync(site, { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => join(site, f));

test('site/ holds the builder, the film page and the library, with no bare module specifier', () => {
  for (const file of ['index.html', 'builder/index.html', 'builder/builder.js', 'lib/film-elements.loader.min.js', 'lib/library.json', 'lib/cdn/hydrate.js']) {
    assert.ok(readdirSync(join(site, file, '..')).includes(file.split('/').at(-1)), `${file} is there`);
  }
  assert.ok(scripts.length > 20);
  // Minified module syntax: `…}from"x"`, `import"x"` as a statement, `import("x")`.
  const bare = /(?:\}\s*from|(?:^|[;\n])\s*import|\bimport\s*\()\s*["']([^"'./][^"']*)["']/g;
  for (const file of scripts) {
    const named = [...readFileSync(file, 'utf8').matchAll(bare)].map((m) => m[1]).filter((s) => !/^(https?:|data:)/.test(s));
    assert.deepEqual(named, [], `${file.slice(site.length)} imports by bare name`);
  }
});

let hosts = [];
let browser;
before(async () => {
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumFlags });
});
after(async () => {
  await browser?.close();
  await Promise.all(hosts.map((h) => h.close()));
});

test('the builder from a plain file server writes a snippet for a self-hosted copy, which upgrades on another origin', async () => {
  // Three sites: the builder's, the author's copy of the library (a host that lets other sites
  // load its scripts, as GitHub Pages does), and the blog.
  const builder = await serve(site, {}, { isolated: false });
  const copy = await serve(join(site, 'lib'), {}, { isolated: false, headers: { 'access-control-allow-origin': '*' } });
  hosts.push(builder, copy);
  const page = await browser.newPage();
  const complaints = [];
  page.on('pageerror', (error) => complaints.push(String(error)));
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && complaints.push(message.text()));
  await page.goto(`${builder.origin}/builder/`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', { timeout: 30000 });
  // By the labels the author reads.
  await page.evaluate(() => [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === 'A copy on my own site').click());
  const address = await page.evaluateHandle(() => [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Address of that folder').control);
  await address.type(`${copy.origin}/`);
  await page.waitForFunction((origin) => document.getElementById('snippet').value.includes(`${origin}/film-elements.loader.min.js`), { timeout: 30000 }, copy.origin);
  const snippet = await page.$eval('#snippet', (s) => s.value);
  assert.deepEqual(complaints, []);

  const blog = await serve(site, { '/post.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><link rel="icon" href="data:,"></head><body><h1>A post</h1>\n${snippet}<p>More of the post.</p></body></html>` }, { isolated: false });
  hosts.push(blog);
  const post = await browser.newPage();
  const requests = [];
  post.on('request', (request) => requests.push(new URL(request.url()).origin));
  post.on('pageerror', (error) => complaints.push(String(error)));
  post.on('console', (message) => ['error', 'warning'].includes(message.type()) && complaints.push(message.text()));
  await post.goto(`${blog.origin}/post.html`);
  await post.waitForFunction(() => document.querySelector('film-infobox')?.status === 'ready' && document.querySelector('film-infobox').hasUpdated, { timeout: 30000 });
  const shown = await post.evaluate(() => {
    const root = document.querySelector('film-infobox').shadowRoot;
    return { title: root.querySelector('[part~="title"]').textContent.trim(), boxes: [...root.children].filter((e) => e.localName !== 'style').length };
  });
  assert.deepEqual(shown, { title: 'Ballerina', boxes: 1 });
  assert.deepEqual([...new Set(requests)].sort(), [blog.origin, copy.origin].sort(), 'no request leaves the blog and the copy');
  assert.deepEqual(complaints, []);
});
