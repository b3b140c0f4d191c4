// `film-elements publish` as a user runs it, over the built package (run after `npm run build`):
// the site it writes, its oEmbed responses, its refusals, the HTML validator's verdict, and the
// site in Chromium with JavaScript off and on, framed in a sandbox on another origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findChromium } from '../../scripts/browsers.mjs';
import { host } from '../wordpress/static-host.mjs';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/film-elements.mjs');
const ballerina = join(root, 'demo/data/ballerina.json');
const { parseFilm, toJsonLd } = await import(join(root, 'dist/model/index.js'));
const integrity = JSON.parse(readFileSync(join(root, 'dist/integrity.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'film-elements-publish-'));
const shots = join(root, '.test-results/publish');
const base = 'https://films.example.org/reviews/';

// A second film, with a poster, written for these tests.
const projectionist = join(work, 'projectionist.json');
writeFileSync(projectionist, JSON.stringify({
  title: 'The Last Projectionist',
  releases: [{ date: '2021-03-04', place: 'Spain' }],
  credits: { directors: ['Ana Ruiz'] },
  runtime: 101,
  poster: { src: 'https://images.example.org/last-projectionist.jpg', alt: 'A projector beam in a dark hall', width: 600, height: 900 },
}));

function run(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8' });
  return { status, stdout, stderr };
}

/** The command failed with one `film-elements:` line and no stack trace. */
function refused(result, pattern) {
  assert.notEqual(result.status, 0, 'exit status');
  const lines = result.stderr.trim().split('\n');
  assert.match(lines[0], /^film-elements: /);
  assert.match(result.stderr, pattern);
  assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
}

/** Every file under `dir` with its sha256: a site's fingerprint. */
function tree(dir) {
  const files = {};
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

const site = join(work, 'site');
const published = run('publish', ballerina, projectionist, '--out', site, '--base-url', base);
// Most used first, as the elements' descriptors rank them.
const ballerinaEmbeds = ['infobox', 'card', 'review', 'scores', 'plot', 'cast', 'accolades', 'advisory', 'timeline', 'hatnote'];

test('publish writes an index, a page per film, an embed page and oEmbed JSON per element, and the library', () => {
  assert.equal(published.status, 0, published.stderr);
  assert.match(published.stdout, /^https:\/\/films\.example\.org\/reviews\/ballerina-2023\/\n {2}embed: https:\/\/films\.example\.org\/reviews\/ballerina-2023\/infobox\/\n/);
  assert.match(published.stdout, /published 2 films to .*\/site\n$/);
  const files = Object.keys(tree(site));
  for (const name of ballerinaEmbeds) {
    assert.ok(files.includes(`ballerina-2023/${name}/index.html`), name);
    assert.ok(files.includes(`ballerina-2023/${name}/oembed.json`), name);
  }
  // A film without reviews, cast or awards gets no empty embeds.
  assert.deepEqual(readdirSync(join(site, 'the-last-projectionist-2021')).sort(), ['card', 'index.html', 'infobox', 'timeline']);
  const index = readFileSync(join(site, 'index.html'), 'utf8');
  assert.match(index, /<a href="ballerina-2023\/">Ballerina \(2023\)<\/a>/);
  assert.match(index, /<a href="the-last-projectionist-2021\/">The Last Projectionist \(2021\)<\/a>/);
  assert.equal(index.match(/<film-card( [a-z-]+="[^"]*")*><template shadowrootmode="open">/g).length, 2);
});

test('the site carries the builder, which reads the library beside it', () => {
  const { files } = JSON.parse(readFileSync(join(root, 'dist/library.json'), 'utf8'));
  for (const file of [...files, 'library.json']) assert.ok(existsSync(join(site, 'lib', file)), `lib/${file}`);
  const builder = readFileSync(join(site, 'builder/index.html'), 'utf8');
  assert.match(builder, /<html lang="en" data-lib="\.\.\/lib\/">/);
  assert.ok(readFileSync(join(site, 'builder/builder.js')).equals(readFileSync(join(root, 'dist/builder/builder.js'))));
});

test('the library files are dist\'s, loaded with the integrity hash the build recorded', () => {
  const loader = readFileSync(join(site, 'lib/film-elements.loader.min.js'));
  assert.ok(loader.equals(readFileSync(join(root, 'dist/film-elements.loader.min.js'))));
  const hash = `sha384-${createHash('sha384').update(loader).digest('base64')}`;
  assert.equal(hash, integrity['film-elements.loader.min.js']);
  for (const page of ['index.html', 'ballerina-2023/index.html', 'ballerina-2023/infobox/index.html']) {
    const html = readFileSync(join(site, page), 'utf8');
    const tag = html.match(/<script type="module" src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous"><\/script>/);
    assert.ok(tag, page);
    assert.equal(resolve(join(site, page, '..'), tag[1]), join(site, 'lib/film-elements.loader.min.js'));
    assert.equal(tag[2], hash);
  }
  // Everything the loader may import is there, and nothing points off the site.
  for (const [path] of Object.entries(tree(join(root, 'dist/cdn')))) {
    assert.ok(readFileSync(join(site, 'lib/cdn', path)).equals(readFileSync(join(root, 'dist/cdn', path))), path);
  }
  for (const file of Object.keys(tree(join(site, 'lib')))) {
    assert.doesNotMatch(readFileSync(join(site, 'lib', file), 'utf8'), /(import|from)\s*\(?\s*["']https?:/, file);
  }
  assert.match(readFileSync(join(site, '_headers'), 'utf8'), /^\/lib\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
});

test('oEmbed responses: version 1.0, rich, an iframe of the embed page with its size and title', () => {
  for (const name of ballerinaEmbeds) {
    const oembed = JSON.parse(readFileSync(join(site, 'ballerina-2023', name, 'oembed.json'), 'utf8'));
    const embedUrl = `${base}ballerina-2023/${name}/`;
    assert.deepEqual(Object.keys(oembed).sort(), ['cache_age', 'height', 'html', 'provider_name', 'provider_url', 'title', 'type', 'version', 'width']);
    assert.equal(oembed.version, '1.0');
    assert.equal(oembed.type, 'rich');
    assert.equal(oembed.provider_name, 'films.example.org');
    assert.equal(oembed.provider_url, base);
    assert.equal(oembed.cache_age, 86400);
    assert.match(oembed.title, /^Ballerina \(2023\): /);
    assert.ok(Number.isInteger(oembed.width) && oembed.width >= 300 && oembed.width <= 600, `${name} width`);
    assert.ok(Number.isInteger(oembed.height) && oembed.height >= 80, `${name} height`);
    assert.equal(oembed.html, `<iframe src="${embedUrl}" width="${oembed.width}" height="${oembed.height}" title="${oembed.title}" frameborder="0" loading="lazy"></iframe>`);
  }
  const withPoster = JSON.parse(readFileSync(join(site, 'the-last-projectionist-2021/infobox/oembed.json'), 'utf8'));
  assert.equal(withPoster.thumbnail_url, 'https://images.example.org/last-projectionist.jpg');
  assert.deepEqual([withPoster.thumbnail_width, withPoster.thumbnail_height], [600, 900]);
  assert.equal(withPoster.title, 'The Last Projectionist (2021): Infobox');
});

test('film pages carry the JSON-LD, one oEmbed link per embed (the infobox first), and the embed URLs', () => {
  const page = readFileSync(join(site, 'ballerina-2023/index.html'), 'utf8');
  const film = parseFilm(JSON.parse(readFileSync(ballerina, 'utf8'))).film;
  const ld = JSON.parse(page.match(/<script type="application\/ld\+json">\n([^]*?)\n<\/script>/)[1]);
  assert.deepEqual(ld, toJsonLd(film));
  const links = [...page.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)">/g)];
  assert.deepEqual(links.map((l) => l[1]), ballerinaEmbeds.map((name) => `${base}ballerina-2023/${name}/oembed.json`));
  assert.equal(links[0][2], 'Ballerina (2023): Infobox');
  assert.match(page, /<link rel="canonical" href="https:\/\/films\.example\.org\/reviews\/ballerina-2023\/">/);
  assert.match(page, /<meta property="og:type" content="video\.movie">\n<meta property="og:title" content="Ballerina \(2023\)">/);
  const poster = readFileSync(join(site, 'the-last-projectionist-2021/index.html'), 'utf8');
  assert.match(poster, /<meta property="og:image" content="https:\/\/images\.example\.org\/last-projectionist\.jpg">\n<meta property="og:image:alt" content="A projector beam in a dark hall">/);
  for (const name of ballerinaEmbeds) assert.ok(page.includes(`<code>${base}ballerina-2023/${name}/</code>`), name);
  // The film once, for every element; each review in its own card.
  assert.equal(page.match(/<script type="application\/json"/g).length, 1);
  assert.deepEqual(JSON.parse(page.match(/<script type="application\/json" id="film">\n([^]*?)\n<\/script>/)[1]), film);
  assert.equal(page.match(/<review-card src="#film" review="[^"]+"( [a-z-]+="[^"]*")*>/g).length, film.reviews.length);
  // An embed page: the element alone, its own oEmbed link, not for search engines.
  const embed = readFileSync(join(site, 'ballerina-2023/cast/index.html'), 'utf8');
  assert.match(embed, /<meta name="robots" content="noindex">/);
  assert.equal([...embed.matchAll(/application\/json\+oembed" href="([^"]+)"/g)].map((m) => m[1]).join(), `${base}ballerina-2023/cast/oembed.json`);
  assert.match(embed, /<body class="embed">\n<cast-list( [a-z-]+="[^"]*")*><template shadowrootmode="open">/);
  assert.match(embed, /<script src="..\/..\/lib\/embed-height.js"><\/script>\n<\/body>/);
  assert.doesNotMatch(embed, /<nav>|class="embed-list"|application\/ld\+json/, 'no page chrome, no JSON-LD');
});

test('publishing again gives the same site, and replaces the old one whole', () => {
  const again = run('publish', projectionist, ballerina, '--out', site, '--base-url', base);
  assert.equal(again.status, 0, again.stderr);
  const second = join(work, 'second');
  assert.equal(run('publish', ballerina, projectionist, '--out', second, '--base-url', base).status, 0);
  assert.deepEqual(tree(site), tree(second));
  assert.deepEqual(readdirSync(work).filter((f) => f.includes('publishing')), [], 'no temporary folder left');
});

test('bad input: one message, a non-zero exit, and nothing written or lost', () => {
  const bad = join(work, 'bad.json');
  writeFileSync(bad, JSON.stringify({ title: 'Broken Film', runtime: 'a while', reviews: [{ outlet: 'Paper', rating: { value: 'three', best: 5 } }] }));
  const fresh = join(work, 'never');
  refused(run('publish', bad, '--out', fresh, '--base-url', base), /bad\.json has 2 errors at runtime, reviews\[0\]\.rating\.value: fix them first/);
  refused(run('publish', join(work, 'list.json'), '--out', fresh, '--base-url', base), /cannot read .*list\.json: no such file/);
  writeFileSync(join(work, 'number.json'), '42');
  refused(run('publish', join(work, 'number.json'), '--out', fresh, '--base-url', base), /number\.json is not a film/);
  refused(run('publish', ballerina, '--out', fresh, '--base-url', 'ftp://films.example.org/'), /--base-url must be an http or https address/);
  refused(run('publish', ballerina, '--out', fresh, '--base-url', 'films.example.org'), /--base-url must be an http or https address/);
  refused(run('publish', ballerina, '--out', fresh, '--base-url', 'https://films.example.org/?page=1'), /without query or fragment/);
  refused(run('publish', ballerina, '--out', fresh), /--base-url is required/);
  refused(run('publish', ballerina, '--base-url', base), /--out is required/);
  refused(run('publish', '--out', fresh, '--base-url', base), /no film file given/);
  refused(run('publish', ballerina, ballerina, '--out', fresh, '--base-url', base), /would both be published at ballerina-2023\//);
  refused(run('publish', ballerina, '--out', join(bad, 'site'), '--base-url', base), /cannot write .*bad\.json\/site: a part of the path is a file\./);
  assert.equal(existsSync(fresh), false);

  // A folder of someone else's files is never replaced.
  const theirs = join(work, 'theirs');
  mkdirSync(theirs);
  writeFileSync(join(theirs, 'notes.txt'), 'mine');
  refused(run('publish', ballerina, '--out', theirs, '--base-url', base), /theirs holds files that film-elements publish did not write/);
  assert.deepEqual(readdirSync(theirs), ['notes.txt']);
  // A failed run leaves the site that was there.
  const before = tree(site);
  refused(run('publish', bad, '--out', site, '--base-url', base), /bad\.json has 2 errors/);
  assert.deepEqual(tree(site), before);
  assert.deepEqual(readdirSync(work).filter((f) => f.includes('publishing')), []);
});

const java = spawnSync('java', ['-version']).status === 0;
test('every published page passes the HTML validator', {
  timeout: 120000,
  skip: !java && 'java is not installed, so vnu-jar cannot run (apt-get install -y default-jre-headless)',
}, () => {
  const pages = Object.keys(tree(site)).filter((f) => f.endsWith('.html')).map((f) => join(site, f));
  assert.ok(pages.length >= 16, `${pages.length} pages`);
  const vnu = spawnSync('java', ['-jar', join(root, 'node_modules/vnu-jar/build/dist/vnu.jar'), '--format', 'json', '--stdout', ...pages],
    { encoding: 'utf8' });
  const errors = JSON.parse(vnu.stdout).messages.filter((m) => m.type !== 'info')
    .map((m) => `${relative(site, new URL(m.url).pathname)}:${m.lastLine}: ${m.message}`);
  assert.deepEqual(errors, []);
});

/** The text each `tag` element shows from its shadow root, styles left out. */
const shadowText = (tag) => [...document.querySelectorAll(tag)].map((el) => [...(el.shadowRoot?.children ?? [])]
  .filter((c) => c.localName !== 'style').map((c) => c.textContent).join(' ').replace(/\s+/g, ' ').trim());

test('in Chromium: the film page shows the film with JavaScript off; with it on every element upgrades, and no request leaves the site', { timeout: 120000 }, async (t) => {
  const chromium = findChromium();
  if (!chromium) return t.skip('no Chromium found (set CHROME_PATH)');
  // The site as published for where it is served: a local origin.
  const local = join(work, 'local');
  const served = await host(local);
  assert.equal(run('publish', ballerina, '--out', local, '--base-url', `${served.origin}/`).status, 0);
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: chromiumFlags });
  try {
    const off = await browser.newPage();
    await off.setViewport({ width: 1200, height: 900 });
    await off.setJavaScriptEnabled(false);
    await off.goto(`${served.origin}/ballerina-2023/`, { waitUntil: 'load' });
    const still = await off.evaluate(shadowText, 'film-infobox');
    assert.match(still[0], /^Ballerina Directed by Lee Chung-hyun/);
    assert.match((await off.evaluate(shadowText, 'cast-list'))[0], /Jeon Jong-seo as Jang Ok-ju/);
    assert.equal(await off.evaluate(() => typeof customElements.get('film-infobox')), 'undefined');
    const box = await off.evaluate(() => document.querySelector('film-infobox').getBoundingClientRect().height);
    assert.ok(box > 600, `the infobox has its height before any script: ${box}`);
    mkdirSync(shots, { recursive: true });
    await off.screenshot({ path: join(shots, 'film-page-no-js.png'), fullPage: true });

    const on = await browser.newPage();
    const outside = [];
    const complaints = [];
    on.on('request', (r) => !r.url().startsWith(`${served.origin}/`) && !r.url().startsWith('data:') && outside.push(r.url()));
    on.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && complaints.push(m.text()));
    on.on('pageerror', (e) => complaints.push(e.message));
    await on.setViewport({ width: 1200, height: 900 });
    await on.goto(`${served.origin}/ballerina-2023/`, { waitUntil: 'networkidle0' });
    const tags = readdirSync(join(root, 'dist/define')).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3));
    await on.waitForFunction((list) => list.every((tag) => [...document.querySelectorAll(tag)].every((el) => el.status === 'ready' && el.hasUpdated)), { timeout: 20000 }, tags);
    assert.deepEqual(await on.evaluate(shadowText, 'film-infobox'), still, 'the same text once upgraded');
    assert.deepEqual(outside, []);
    assert.deepEqual(complaints, []);
    assert.ok(served.requests.includes('/lib/cdn/hydrate.js'));
    await on.screenshot({ path: join(shots, 'film-page.png'), fullPage: true });
  } finally {
    await browser.close();
    await served.close();
  }
});

test('in Chromium: the oEmbed iframe on another origin shows the film in a sandbox, and tells its height', { timeout: 120000 }, async (t) => {
  const chromium = findChromium();
  if (!chromium) return t.skip('no Chromium found (set CHROME_PATH)');
  const local = join(work, 'framed');
  const served = await host(local);
  assert.equal(run('publish', ballerina, '--out', local, '--base-url', `${served.origin}/`).status, 0);
  const oembed = JSON.parse(readFileSync(join(local, 'ballerina-2023/infobox/oembed.json'), 'utf8'));
  // The host page puts the iframe in a sandbox as WordPress does, with its secret in the URL.
  const iframe = oembed.html.replace('<iframe ', '<iframe sandbox="allow-scripts" ').replace(/src="([^"]+)"/, 'src="$1#?secret=Xy12"');
  const blog = await host(work, {
    pages: {
      '/post.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title>
<script>window.heights = []; addEventListener('message', (e) => window.heights.push(e.data));</script></head>
<body style="margin: 0; padding: 16px; font: 16px serif"><p>A film we liked.</p>${iframe}<p>More soon.</p></body></html>`,
    },
  });
  assert.notEqual(blog.origin, served.origin);
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: chromiumFlags });
  try {
    for (const js of [false, true]) {
      const page = await browser.newPage();
      const outside = [];
      page.on('request', (r) => ![served.origin, blog.origin].some((o) => r.url().startsWith(`${o}/`)) && !r.url().startsWith('data:') && outside.push(r.url()));
      await page.setViewport({ width: 700, height: 1200 });
      await page.setJavaScriptEnabled(js);
      await page.goto(`${blog.origin}/post.html`, { waitUntil: 'networkidle0' });
      const handle = await page.$('iframe');
      const frame = await handle.contentFrame();
      const inside = await frame.evaluate(() => ({
        origin: window.origin,
        text: document.querySelector('film-infobox').shadowRoot.textContent.replace(/\s+/g, ' '),
      }));
      assert.equal(inside.origin, 'null', 'sandboxed: the embed has no origin');
      assert.match(inside.text, /Ballerina Directed by Lee Chung-hyun.*Running time 93 minutes/);
      const box = await handle.boundingBox();
      assert.deepEqual([box.width, box.height], [oembed.width, oembed.height]);
      assert.deepEqual(outside, []);
      if (js) {
        await frame.waitForFunction(() => document.querySelector('film-infobox').status === 'ready', { timeout: 20000 });
        await page.waitForFunction(() => window.heights.some((m) => m.message === 'height'), { timeout: 10000 });
        const heights = await page.evaluate(() => window.heights);
        const wordpress = heights.find((m) => m.message === 'height');
        assert.equal(wordpress.secret, 'Xy12');
        assert.ok(wordpress.value > 600 && wordpress.value < 1400, String(wordpress.value));
        assert.ok(heights.some((m) => m.type === 'film-elements:height' && m.height === wordpress.value));
        assert.equal(await page.evaluate(() => document.querySelector('iframe').contentDocument), null, 'the host cannot reach in');
        await handle.screenshot({ path: join(shots, 'embed-in-host-page.png') });
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await blog.close();
    await served.close();
  }
});
