// The `film-elements` command as a user runs it, over the built package (run after
// `npm run build`): its output, its errors, the HTML validator's verdict, and the rendered
// HTML in Chromium with JavaScript off and then upgraded by the loader.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findChromium } from '../../scripts/browsers.mjs';

const root = resolve(import.meta.dirname, '../..');
const { parseFilm } = await import(join(root, 'dist/model/index.js'));
const bin = join(root, 'bin/film-elements.mjs');
const ballerina = join(root, 'demo/data/ballerina.json');
const tags = readdirSync(join(root, 'src/define')).map((f) => f.replace(/\.ts$/, ''));
const work = mkdtempSync(join(tmpdir(), 'film-elements-cli-'));

function run(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8' });
  return { status, stdout, stderr };
}

function file(name, text) {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

/** The command failed with one `film-elements:` message first, and no stack trace. */
function refused(result, pattern) {
  assert.notEqual(result.status, 0, 'exit status');
  assert.match(result.stderr.split('\n')[0], /^film-elements: /);
  assert.match(result.stderr, pattern);
  assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
  assert.equal(result.stdout, '');
}

test('validate: a good film has no problems and exits 0', () => {
  const result = run('validate', ballerina);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /ballerina\.json: 0 errors, 0 warnings\n$/);
});

test('validate: prints every problem with its path and exits 1 on errors', () => {
  const path = file('bad.json', JSON.stringify({
    title: 'Broken Film', runtime: 'a while', reviews: [{ outlet: 'Paper', rating: { value: 'three', best: 5 } }],
  }));
  const result = run('validate', path);
  assert.equal(result.status, 1);
  const lines = result.stdout.trim().split('\n');
  assert.match(lines[0], /^error {3}runtime: expected minutes/);
  assert.match(lines[1], /^error {3}reviews\[0\]\.rating\.value: expected a number, got "three"$/);
  assert.equal(lines.at(-1), `${path}: 2 errors, 0 warnings`);
});

test('validate: forgives what an element forgives, and says what it repaired', () => {
  // The film as a WordPress editor leaves it: wrapped in a paragraph, typographic quotes.
  const path = file('pasted.json', '<p>{“title”: “Ballerina”, “runtime”: 93}</p>');
  const result = run('validate', path);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.deepEqual(result.stdout.trim().split('\n'), [
    'repaired HTML tags around the JSON were left out',
    'repaired typographic quotes around keys and values were read as plain quotes',
    `${path}: 0 errors, 0 warnings`,
  ]);
});

test('validate: text that is not JSON is refused with its line and column', () => {
  const path = file('unclosed.json', '{\n  "title": "Ballerina",\n  "year": 2023\n  "runtime": 93\n}');
  refused(run('validate', path), /unclosed\.json is not JSON: .+ \(line 4, column 3\)\.$/m);
});

test('validate: a document that is not a film is an error', () => {
  const result = run('validate', file('list.json', '[1, 2]'));
  assert.equal(result.status, 1);
  assert.match(result.stdout, /^error {3}\(document\): expected a film/);
  assert.match(result.stdout, /1 error, 0 warnings; not a film\n$/);
});

test('validate: unknown keys are warnings that name the key meant, and exit 0', () => {
  const path = file('typos.json', JSON.stringify({ title: 'Ballerina', director: 'Lee Chung-hyun', runtme: 93, reviews: [{ outlet: 'Paper', auther: 'Kim' }] }));
  const result = run('validate', path);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.deepEqual(result.stdout.trim().split('\n'), [
    'warning director: not a field of the film JSON, so it was ignored; did you mean "credits.directors"?',
    'warning runtme: not a field of the film JSON, so it was ignored; did you mean "runtime"?',
    'warning reviews[0].auther: not a field of a review, so it was ignored; did you mean "critic"?',
    `${path}: 0 errors, 3 warnings`,
  ]);
});

test('validate: text per language is accepted; a key that is no language tag is an error with its path, exit 1', () => {
  const maps = file('languages.json', JSON.stringify({
    title: { en: 'Ballerina', ko: '발레리나' }, languages: ['ko'],
    credits: { directors: [{ en: 'Lee Chung-hyun', ko: '이충현' }] },
    companies: { production: [{ name: { en: 'Climax Studio', ko: '클라이맥스 스튜디오' } }] },
    cast: [{ actor: { name: { en: 'Jeon Jong-seo', ko: '전종서' } }, character: { en: 'Jang Ok-ju', ko: '장옥주' } }],
    releases: [{ date: '2023-10-06', place: { en: 'Netflix', ko: '넷플릭스' }, note: { en: 'streaming', ko: '스트리밍' } }],
    reviews: [{ outlet: 'Paper', quote: { en: 'Style carries it.', ko: '스타일이 끌고 간다.' } }],
  }));
  const good = run('validate', maps);
  assert.equal(good.status, 0, good.stdout + good.stderr);
  assert.equal(good.stdout, `${maps}: 0 errors, 0 warnings\n`);

  const bad = file('bad-language.json', JSON.stringify({
    title: { en: 'Ballerina', ko_KR: '발레리나' },
    credits: { directors: [{ en: 'Lee Chung-hyun', korean: '이충현' }] },
  }));
  const result = run('validate', bad);
  assert.equal(result.status, 1);
  assert.deepEqual(result.stdout.trim().split('\n'), [
    'note    title.ko_KR: read the language tag "ko_KR" as "ko-KR"',
    'error   credits.directors[0].korean: "korean" is not a language tag like "en", "ko" or "pt-BR", so this value was left out',
    `${bad}: 1 error, 0 warnings`,
  ]);
});

test('validate --search: the demo film is marked up within Google\'s rules, and says what it leaves out and why', () => {
  const result = run('validate', '--search', ballerina);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines[0], `${ballerina}: 0 errors, 0 warnings`);
  assert.deepEqual(lines.slice(1, 4).map((l) => l.split(': ').slice(0, 2).join(': ')), [
    'improve  poster: Missing field "image"',
    'improve  reviews: Missing field "review" (optional)',
    'improve  scores: Missing field "aggregateRating" (optional)',
  ]);
  assert.match(lines[4], /^left out reviews\[0\]: Another site's review: quoted from South China Morning Post, not marked as this page's own \("own": true\)/);
  assert.match(lines[8], /^left out scores\[0\]: Another site's aggregate: Rotten Tomatoes's score aggregates reviews from other websites/);
  assert.equal(lines.at(-1), `${ballerina} for search engines: 0 critical issues, 3 to improve, 5 left out`);
});

test('validate --search: an own review without an author or a number keeps it from review snippets, in Search Console\'s words', () => {
  const path = file('own.json', JSON.stringify({
    title: 'Ballerina', poster: { src: 'https://films.example/ballerina.jpg', alt: 'Ok-ju' }, credits: { directors: ['Lee Chung-hyun'] }, year: 2023,
    reviews: [
      { own: true, critic: 'Hana Seo', date: '2023-10-09', rating: '4/5' },
      { own: true, rating: '3/5' },
      { own: true, critic: 'Hana Seo', rating: 'Mixed (Divisive)' },
    ],
    scores: [{ source: 'Cinema Diary readers', own: true, value: 4.1, best: 5 }],
  }));
  const result = run('validate', '--search', path);
  assert.equal(result.status, 1, 'a critical issue fails the check');
  const search = result.stdout.trim().split('\n').filter((l) => /^(invalid|improve|left out)/.test(l)).map((l) => l.split(': ').slice(0, 2).join(': '));
  assert.deepEqual(search, [
    // The film's own needs first: they decide whether there is a rich result at all.
    'improve  scores: Missing field "aggregateRating" (optional)',
    'invalid  reviews[1]: Missing field "author"',
    'invalid  reviews[2]: Missing field "reviewRating"',
    'invalid  scores[0]: Either "ratingCount" or "reviewCount" should be specified',
  ]);
  assert.match(result.stdout, /for search engines: 3 critical issues, 1 to improve, 0 left out\n$/);
  // Without --search the same film only has its reading problems.
  assert.equal(run('validate', path).status, 0);
});

test('bad files: missing, a directory, not JSON, not a film: one message each', () => {
  refused(run('validate', 'missing.json'), /cannot read missing\.json: no such file\./);
  refused(run('render', work, '--element', 'film-infobox'), /it is a directory/);
  const notJson = file('broken.json', '{ "title": "Ballerina", }');
  refused(run('validate', notJson), /broken\.json is not JSON: /);
  refused(run('render', notJson, '--element', 'film-infobox'), /broken\.json is not JSON: /);
  refused(run('render', file('number.json', '42'), '--element', 'film-infobox'), /number\.json is not a film: \(document\): expected a film/);
});

test('usage errors: unknown command, element, option, theme or language; missing arguments', () => {
  refused(run('draw', ballerina), /unknown command "draw"/);
  refused(run('render', ballerina), /--element is required: one of film-infobox|--element is required: one of .*film-infobox/);
  refused(run('render', ballerina, '--element', 'film-poster'), /unknown element <film-poster>: use one of /);
  refused(run('render', ballerina, '--element', 'film-infobox', '--colour', 'red'), /Unknown option '--colour'/);
  refused(run('render', ballerina, '--element', 'film-infobox', '--theme', 'pink'), /--theme must be light, dark or auto/);
  refused(run('render', ballerina, '--element', 'film-infobox', '--lang', 'not a language'), /is not a language tag/);
  refused(run('validate'), /no film file given/);
  assert.equal(run('--help').status, 0);
});

test('render: the element with declarative shadow DOM, its data, language and theme', () => {
  const result = run('render', ballerina, '--element', 'film-infobox', '--lang', 'ko', '--theme', 'dark');
  assert.equal(result.status, 0, result.stderr);
  const out = result.stdout;
  assert.match(out, /^<film-infobox lang="ko" theme="dark" rendered="version=\d+\.\d+\.\d+ lang=ko dir=ltr film=\w+ attributes=\w+ markup=\w+"><template shadowrootmode="open"><style>/);
  assert.doesNotMatch(out, /shadowroot="open"/, 'no legacy attribute');
  assert.doesNotMatch(out, /<\?>/, 'no processing-instruction markers');
  assert.match(out, /<dt part="label"><!--lit-part-->감독<!--\/lit-part--><\/dt>/);
  const data = out.match(/<script type="application\/json">\n([^]*?)\n<\/script><\/film-infobox>\n$/);
  assert.ok(data, 'the film follows as an inline JSON child');
  assert.deepEqual(parseFilm(JSON.parse(data[1])).film, parseFilm(JSON.parse(readFileSync(ballerina, 'utf8'))).film, 'reads back as the same film');
  assert.doesNotMatch(out, /application\/ld\+json/);
});

test('render: text per language is drawn in the page\'s language, and the upgrade gets every language back', () => {
  const film = { title: { en: 'Ballerina', ko: '발레리나' }, year: 2023,
    credits: { directors: [{ name: { en: 'Lee Chung-hyun', ko: '이충현' } }] } };
  const result = run('render', file('languages.json', JSON.stringify(film)), '--element', 'film-infobox', '--lang', 'ko');
  assert.equal(result.status, 0, result.stderr);
  const [drawn, json] = result.stdout.split('<script type="application/json">');
  assert.match(drawn, /<h2 part="title" class="title" ?>(<!--[^>]*-->)*발레리나</);
  assert.match(drawn, /<dt part="label"><!--lit-part-->감독<!--\/lit-part--><\/dt>\s*<dd part="value">(<!--[^>]*-->|<[^>]*>)*이충현/);
  const data = JSON.parse(json.slice(0, json.indexOf('</script>')));
  assert.deepEqual(data.title, film.title);
  assert.deepEqual(data.credits.directors[0].name, film.credits.directors[0].name);
  assert.equal(JSON.stringify(data).includes('localised'), false, 'no reader-internal field');
});

test('render: a JSON-LD film is given to the element, and written for the upgrade, as our film JSON', () => {
  const movie = { '@context': 'https://schema.org', '@type': 'Movie', name: 'Linked Film', duration: 'PT1H33M', director: { '@type': 'Person', name: 'Bo Lee' } };
  const result = run('render', file('linked.json', JSON.stringify(movie)), '--element', 'film-infobox');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /<dt part="label"><!--lit-part-->Directed by<!--\/lit-part--><\/dt>\s*<dd part="value">(<!--lit-part[^>]*-->)*Bo Lee</);
  assert.doesNotMatch(result.stdout, /aria-busy/, 'rendered, not loading');
  const data = JSON.parse(result.stdout.match(/<script type="application\/json">\n([^]*?)\n<\/script>/)[1]);
  assert.equal(data.title, 'Linked Film');
  assert.equal(data['@type'], undefined);
  assert.deepEqual(parseFilm(data).film, parseFilm(movie).film, 'reads back as the same film');
});

test('render --jsonld --page -o: a whole document with the film as JSON-LD, written to a file', () => {
  const out = join(work, 'page.html');
  const result = run('render', ballerina, '--element', 'film-card', '--jsonld', '--page', '-o', out);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, '');
  const page = readFileSync(out, 'utf8');
  assert.match(page, /^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
  assert.match(page, /<title>Ballerina<\/title>/);
  const ld = JSON.parse(page.match(/<script type="application\/ld\+json">\n([^]*?)\n<\/script>/)[1]);
  assert.equal(ld['@type'], 'Movie');
  assert.equal(ld.name, 'Ballerina');
  assert.match(page, /<film-card( [a-z-]+="[^"]*")*><template shadowrootmode="open">/);
});

test('render: hostile text stays text, and no script can be closed early', () => {
  const title = '</script><img src=x onerror=alert(1)><!--';
  const result = run('render', file('hostile.json', JSON.stringify({ title, runtime: 90 })), '--element', 'film-infobox', '--jsonld', '--page');
  assert.equal(result.status, 0, result.stderr);
  assert.doesNotMatch(result.stdout, /<img src=x/);
  assert.equal(result.stdout.match(/<\/script>/g).length, 2, 'only the two scripts end');
  assert.match(result.stdout, /<title>&lt;\/script&gt;&lt;img src=x onerror=alert\(1\)&gt;&lt;!--<\/title>/);
});

test('render: data problems are reported on stderr, and the rest still renders', () => {
  const result = run('render', file('partial.json', JSON.stringify({ title: 'Partial', runtime: 'soon', countries: ['KR'] })), '--element', 'film-infobox');
  assert.equal(result.status, 0);
  assert.match(result.stderr, /partial\.json: error {3}runtime: expected minutes/);
  assert.match(result.stdout, /Partial/);
});

const java = spawnSync('java', ['-version']).status === 0;
test('the rendered pages of every element pass the HTML validator', {
  skip: !java && 'java is not installed, so vnu-jar cannot run (apt-get install -y default-jre-headless)',
}, () => {
  const pages = tags.flatMap((tag) => ['en', 'ko'].map((lang) => {
    const out = join(work, `valid-${tag}-${lang}.html`);
    // A list's JSON-LD names each film's place on the page, so it needs the page's address.
    const page = tag === 'film-list' ? ['--base-url', 'https://blog.example/films/'] : [];
    const result = run('render', ballerina, '--element', tag, '--lang', lang, '--jsonld', ...page, '--page', '-o', out);
    assert.equal(result.status, 0, `${tag}: ${result.stderr}`);
    return out;
  }));
  const vnu = spawnSync('java', ['-jar', join(root, 'node_modules/vnu-jar/build/dist/vnu.jar'), '--format', 'json', '--stdout', ...pages],
    { encoding: 'utf8' });
  const errors = JSON.parse(vnu.stdout).messages.filter((m) => m.type !== 'info')
    .map((m) => `${m.url.split('/').pop()}:${m.lastLine}: ${m.message}`);
  assert.deepEqual(errors, []);
});

/** Serves the repository's dist/ and one page of rendered HTML, as a web server would. */
async function serve(html) {
  const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/page.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(html);
    }
    const local = join(root, path);
    if (!path.startsWith('/dist/') || !existsSync(local)) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': `${types[extname(local)] ?? 'application/octet-stream'}; charset=utf-8` });
    res.end(readFileSync(local));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

const look = (tag) => {
  const el = document.querySelector(tag);
  const box = el.getBoundingClientRect();
  return {
    shadow: !!el.shadowRoot,
    text: [...(el.shadowRoot?.children ?? [])].filter((c) => c.localName !== 'style')
      .map((c) => c.textContent).join(' ').replace(/\s+/g, ' ').trim(),
    box: { x: box.x, y: box.y, width: box.width, height: box.height },
  };
};

test('the static HTML displays with JavaScript off, and the loader upgrades it in place', async (t) => {
  const chromium = findChromium();
  if (!chromium) return t.skip('no Chromium found (set CHROME_PATH)');
  const result = run('render', ballerina, '--element', 'film-infobox', '--page');
  assert.equal(result.status, 0, result.stderr);
  const html = result.stdout.replace('<body>', '<body style="margin: 0; width: 420px">');
  const { server, origin } = await serve(html);
  const browser = await puppeteer.launch({
    executablePath: chromium, headless: true,
    args: chromiumFlags,
  });
  try {
    // Without JavaScript: the shadow root is there, with the infobox's text, at a real size.
    const off = await browser.newPage();
    await off.setViewport({ width: 800, height: 1400 });
    await off.setJavaScriptEnabled(false);
    await off.goto(`${origin}/page.html`, { waitUntil: 'load' });
    const still = await off.evaluate(look, 'film-infobox');
    assert.equal(still.shadow, true);
    assert.match(still.text, /^Ballerina Directed by Lee Chung-hyun\[1\]/);
    assert.match(still.text, /Running time 93 minutes/);
    assert.ok(still.box.width === 420 && still.box.height > 300, JSON.stringify(still.box));
    const before = await (await off.$('film-infobox')).screenshot();
    assert.equal(await off.evaluate(() => typeof customElements.get('film-infobox')), 'undefined');

    // With JavaScript, the loader hydrates it: the same nodes, the same pixels, no errors.
    const on = await browser.newPage();
    const complaints = [];
    on.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && complaints.push(m.text()));
    on.on('pageerror', (e) => complaints.push(e.message));
    await on.setViewport({ width: 800, height: 1400 });
    await on.goto(`${origin}/page.html`, { waitUntil: 'load' });
    await on.evaluate(() => {
      window.serverBase = document.querySelector('film-infobox').shadowRoot.querySelector('[part~="base"]');
    });
    await on.addScriptTag({ type: 'module', url: '/dist/film-elements.loader.min.js' });
    await on.waitForFunction(() => {
      const el = document.querySelector('film-infobox');
      return customElements.get('film-infobox') && el.status === 'ready' && el.hasUpdated;
    }, { timeout: 20000 });
    const hydrated = await on.evaluate(async () => {
      const el = document.querySelector('film-infobox');
      await el.updateComplete;
      const resources = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      return {
        sameNodes: el.shadowRoot.querySelector('[part~="base"]') === window.serverBase && window.serverBase.isConnected,
        hydration: resources.includes('/dist/cdn/hydrate.js'),
      };
    });
    assert.deepEqual(hydrated, { sameNodes: true, hydration: true });
    assert.deepEqual(await on.evaluate(look, 'film-infobox'), still);
    const after = await (await on.$('film-infobox')).screenshot();
    assert.ok(Buffer.from(after).equals(Buffer.from(before)), 'the hydrated element looks exactly as the static one');
    assert.deepEqual(complaints, []);
  } finally {
    await browser.close();
    server.close();
  }
});
