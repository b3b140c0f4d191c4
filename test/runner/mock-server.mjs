import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

// Test endpoints for the `src` paths: statuses, slow answers, HTML error pages, a server that
// fails once and then recovers. `/mock/film?…` answers with the Ballerina data.
const film = () => readFileSync('demo/data/ballerina.json', 'utf8');
const failures = new Map();
export async function mockServer(ctx, next) {
  if (!ctx.path.startsWith('/mock/')) return next();
  // dist/ byte for byte, as a CDN serves it: the test server rewrites the modules it serves,
  // which an integrity hash would refuse. Under /mock/slow-dist/, an element's own file takes
  // 300 ms, as on a slow CDN edge, so what waits on it shows; under /mock/broken-dist/, it is
  // missing, and says so after 300 ms; under /mock/unforgiving-dist/, the forgiving reader's chunk
  // (read-full) is missing, as when a flaky connection drops that one request.
  // site/ (`npm run site`) is served byte for byte under /mock/site/ in the same way.
  const dist = ctx.path.match(/^\/mock\/(slow-|broken-|unforgiving-)?(dist|site)\/(.*)$/);
  if (dist) {
    const folder = resolve(dist[2]);
    const file = resolve(folder, dist[3]);
    if (!file.startsWith(folder + sep) || !existsSync(file)) return void (ctx.status = 404);
    if (dist[1] === 'unforgiving-' && /^cdn\/chunks\/read-full-/.test(dist[3])) return void (ctx.status = 404);
    if (dist[1] && /^cdn\/[\w-]+\.js$/.test(dist[3])) await new Promise((resolve) => setTimeout(resolve, 300));
    if (dist[1] === 'broken-' && dist[3].startsWith('cdn/')) return void (ctx.status = 404);
    ctx.type = extname(file);
    ctx.body = readFileSync(file);
    return;
  }
  const q = ctx.query;
  if (q.delay) await new Promise((resolve) => setTimeout(resolve, Number(q.delay)));
  if (q.failOnce && !failures.has(q.failOnce)) {
    failures.set(q.failOnce, true);
    ctx.status = 503;
    return;
  }
  ctx.status = Number(q.status ?? 200);
  if (ctx.path === '/mock/film') {
    ctx.type = 'application/json';
    ctx.body = q.title ? film().replace('"title": "Ballerina"', `"title": ${JSON.stringify(q.title)}`) : film();
  } else if (ctx.path === '/mock/static') {
    // `film-elements render`'s static HTML of the Ballerina film (dist/ must be built).
    const [{ renderElement }, { parseFilm }] = await Promise.all([import('../../bin/ssr.mjs'), import('../../dist/model/index.js')]);
    const { film: read } = parseFilm(JSON.parse(q.film ?? film()));
    ctx.type = 'text/html';
    ctx.body = await renderElement(q.tag, read, { locale: q.lang ?? 'en', lang: q.lang, theme: q.theme, filmFrom: q.from });
  } else if (ctx.path === '/mock/poster.png') {
    // A poster that loads (a 2 × 3 PNG, drawn at the size the film gives); any other image is missing.
    ctx.type = 'image/png';
    ctx.body = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAIAAAA2iEnWAAAAEElEQVR4nGOI8qsCIgYUCgBGswbNDxRnLAAAAABJRU5ErkJggg==', 'base64');
  } else if (ctx.path === '/mock/html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html><body><h1>Error</h1></body></html>';
  } else if (ctx.path === '/mock/redirect') {
    ctx.redirect('/mock/redirect');
  } else if (ctx.path === '/mock/text') {
    ctx.type = 'application/json';
    ctx.body = q.body ?? '';
  } else {
    ctx.status = 404;
  }
}

// A page under a strict Content Security Policy for test/trust/security.test.ts: it loads the
// built bundle and reports every `securitypolicyviolation` to the test that frames it.
// `?jsonld` adds the one more Trusted Types policy that the `jsonld` attribute needs.
const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";
export async function strictPage(ctx, next) {
  if (ctx.path !== '/trust/strict-csp') return next();
  ctx.type = 'text/html';
  ctx.set('Content-Security-Policy', 'jsonld' in ctx.query ? `${strictPolicy} film-elements` : strictPolicy);
  ctx.body = readFileSync('test/trust/strict-csp/page.html', 'utf8');
}
