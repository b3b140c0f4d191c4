// A real WordPress embeds a published film (run after `npm run build`). A Contributor, who may
// not post scripts or iframes, writes a post holding only the URL of an embed page on a line of
// its own; an administrator publishes it; the post shows the film in WordPress's sandboxed
// iframe, served from the published site on another origin. WordPress (Debian's package),
// MariaDB and PHP are started here by test/wordpress/wordpress.sh; `.ci/run` installs them.
// One test-only must-use plugin lets WordPress fetch oEmbed from the test's port (see there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findChromium } from '../../scripts/browsers.mjs';
import { host } from '../wordpress/static-host.mjs';

const root = resolve(import.meta.dirname, '../..');
const script = join(root, 'test/wordpress/wordpress.sh');
const shots = join(root, '.test-results/publish');
const env = { ...process.env, PATH: `${process.env.PATH}:/usr/sbin:/sbin` };
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { env }).status === 0;

/** Why WordPress cannot run here, or undefined when it can. */
function missing() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return 'it needs root on Linux (MariaDB runs as the mysql user)';
  if (!existsSync('/usr/share/wordpress/wp-load.php')) return 'Debian\'s wordpress package is not installed';
  const absent = ['mariadbd', 'mariadb-install-db', 'php', 'curl'].filter((c) => !has(c));
  if (absent.length) return `${absent.join(', ')} not found`;
  if (spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status !== 0) return 'PHP has no mysqli (php8.2-mysql)';
  if (!findChromium()) return 'no Chromium found (set CHROME_PATH)';
  return undefined;
}

const freePort = () => new Promise((done) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => done(port));
  });
});

const why = missing();
if (why) {
  console.warn(`\n*** SKIPPED: the WordPress oEmbed test, because ${why}.\n*** Install with: apt-get install -y --no-install-recommends wordpress wordpress-theme-twentytwentythree mariadb-server php8.2-cli php8.2-mysql curl\n`);
}

test('WordPress: a Contributor\'s post holding only the embed URL shows the film in a sandboxed iframe', {
  skip: why && `WordPress cannot run here: ${why}`,
  timeout: 110000,
}, async () => {
  const work = mkdtempSync(join(tmpdir(), 'film-elements-wordpress-'));
  chmodSync(work, 0o755); // MariaDB runs as the mysql user and must reach its folders
  const [sitePort, wordpressPort] = [await freePort(), await freePort()];
  const base = `http://127.0.0.1:${sitePort}/`;
  const published = spawnSync(process.execPath, [join(root, 'bin/film-elements.mjs'), 'publish', join(root, 'demo/data/ballerina.json'),
    '--out', join(work, 'site'), '--base-url', base], { encoding: 'utf8' });
  assert.equal(published.status, 0, published.stderr);
  const embedUrl = `${base}ballerina-2023/infobox/`;
  const oembed = JSON.parse(readFileSync(join(work, 'site/ballerina-2023/infobox/oembed.json'), 'utf8'));

  // The site is up before the post is written: WordPress keeps a failed lookup for good.
  const site = await host(join(work, 'site'), { port: sitePort });
  const state = join(work, 'wordpress');
  let browser;
  try {
    const started = spawnSync('bash', [script, 'start', state, String(wordpressPort), String(sitePort)], { encoding: 'utf8', env, timeout: 60000 });
    assert.equal(started.status, 0, `${started.stderr}${started.stdout}`);
    const wp = JSON.parse(started.stdout.trim().split('\n').at(-1));
    assert.match(wp.version, /^6\./);
    assert.deepEqual([wp.contrib_unfiltered_html, wp.contrib_publish_posts], [false, false], 'a Contributor may neither post scripts nor publish');

    const api = `http://127.0.0.1:${wordpressPort}/?rest_route=/wp/v2/posts`;
    const as = (user, password) => ({ authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`, 'content-type': 'application/json' });
    const post = (user, password, url, body) => fetch(url, { method: 'POST', headers: as(user, password), body: JSON.stringify(body) });
    const content = `A film we liked.\n\n${embedUrl}\n\nMore soon.`;
    const refused = await post('contrib', wp.contrib_app, api, { title: 'Ballerina', content, status: 'publish' });
    assert.equal(refused.status, 403, 'a Contributor cannot publish');
    const created = await post('contrib', wp.contrib_app, api, { title: 'Ballerina', content, status: 'pending' });
    assert.equal(created.status, 201, await created.clone().text());
    const { id } = await created.json();
    const publishedPost = await post('admin', wp.admin_app, `${api}/${id}`, { status: 'publish' });
    assert.equal(publishedPost.status, 200);
    const { link } = await publishedPost.json();

    const html = await (await fetch(link)).text();
    const iframes = html.match(/<iframe[^>]*>/g) ?? [];
    assert.equal(iframes.length, 1, 'one iframe in the post');
    const [iframe] = iframes;
    for (const attribute of ['class="wp-embedded-content"', 'sandbox="allow-scripts"', 'security="restricted"',
      `width="${oembed.width}"`, `height="${oembed.height}"`, `title="${oembed.title}"`]) {
      assert.ok(iframe.includes(attribute), `the iframe has ${attribute}: ${iframe}`);
    }
    assert.match(iframe, new RegExp(` src="${embedUrl.replace(/[.?]/g, '\\$&')}#\\?secret=[A-Za-z0-9]+"`));
    assert.doesNotMatch(html, /<script[^>]*film-elements/, 'no script of ours in the post');
    assert.ok(site.requests.includes('/ballerina-2023/infobox/oembed.json'), 'WordPress read the oEmbed response');

    browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumFlags });
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 900 });
    await page.goto(link, { waitUntil: 'load' });
    const frameHandle = await page.waitForSelector('iframe.wp-embedded-content');
    const frame = await frameHandle.contentFrame();
    await frame.waitForFunction(() => document.querySelector('film-infobox')?.shadowRoot?.textContent.includes('Lee Chung-hyun'), { timeout: 20000 });
    const inside = await frame.evaluate(() => ({
      origin: window.origin,
      url: location.href,
      text: document.querySelector('film-infobox').shadowRoot.textContent.replace(/\s+/g, ' '),
    }));
    assert.equal(inside.origin, 'null', 'the sandbox gives the embed no origin');
    assert.ok(inside.url.startsWith(embedUrl));
    assert.match(inside.text, /Ballerina.*Directed by.*Lee Chung-hyun/);
    assert.equal(await page.evaluate(() => {
      try {
        return document.querySelector('iframe.wp-embedded-content').contentDocument === null;
      } catch {
        return true;
      }
    }), true, 'the post cannot reach into the embed');
    const box = await frameHandle.boundingBox();
    assert.deepEqual([Math.round(box.width), Math.round(box.height)], [oembed.width, oembed.height]);
    mkdirSync(shots, { recursive: true });
    const body = await page.$('.wp-block-post-content, .entry-content');
    assert.ok(body, 'the post content was found');
    await body.screenshot({ path: join(shots, 'wordpress-post.png') });
  } finally {
    await browser?.close();
    spawnSync('bash', [script, 'stop', state], { env });
    await site.close();
  }
});
