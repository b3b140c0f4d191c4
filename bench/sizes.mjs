// Sizes: the built CDN files as they ship, each single-element entry bundled with Lit,
// code-split and minified as a user's bundler would, Lit alone, React and Preact for scale,
// and where the bytes of the all-elements bundle come from (esbuild's metafile).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

export const gzip = (code) => gzipSync(code, { level: 9 }).length;
export const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const measure = (code) => ({ min: code.length, gzip: gzip(code), brotli: brotli(code) });
/** The sizes of files fetched one by one: each compressed on its own, as a server sends it. */
const total = (codes) => codes.map(measure).reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }),
  { min: 0, gzip: 0, brotli: 0 });

/** Minified ESM with Lit's production build, as a user's bundler makes it. */
const bundling = (root) => ({
  bundle: true, minify: true, write: false, format: 'esm', target: 'es2022', legalComments: 'none',
  tsconfig: join(root, 'tsconfig.json'), define: { 'process.env.NODE_ENV': '"production"' }, absWorkingDir: root,
});

async function bundle(root, entry, { metafile = false, stdin, resolveDir = root } = {}) {
  const result = await build({
    ...(stdin ? { stdin: { contents: stdin, resolveDir, loader: 'ts' } } : { entryPoints: [entry] }),
    ...bundling(root), metafile,
  });
  return { code: result.outputFiles[0].contents, metafile: result.metafile };
}

/**
 * One element as a user's bundler ships it: its entry with code splitting, counting the files
 * a page loads up front (the entry and what it imports statically) and, apart, what it imports
 * on demand (`import()`: the Korean words, the JSON-LD reader and writer) only when a page needs it.
 */
export async function entrySize(root, entry) {
  const result = await build({
    ...bundling(root), entryPoints: [entry], splitting: true, outdir: join(root, 'node_modules/.cache/film-sizes'), metafile: true,
  });
  const files = new Map(result.outputFiles.map((f) => [relative(root, f.path).replace(/\\/g, '/'), f.contents]));
  const outputs = result.metafile.outputs;
  // Each module imported on demand is an entry point of its own in the metafile: find this one.
  const start = Object.keys(outputs).find((path) => outputs[path].entryPoint === relative(root, resolve(root, entry)).replace(/\\/g, '/'));
  const upFront = new Set();
  const visit = (path) => {
    if (upFront.has(path)) return;
    upFront.add(path);
    for (const { path: next, kind } of outputs[path].imports) if (kind === 'import-statement') visit(next);
  };
  visit(start);
  const lazy = Object.keys(outputs).filter((path) => !upFront.has(path) && path.endsWith('.js'));
  return { ...total([...upFront].map((path) => files.get(path))), onDemand: total(lazy.map((path) => files.get(path))) };
}

/**
 * One element through the loader, as a blogger's page fetches it from dist/cdn/: the loader, the
 * element's file and the chunks it imports statically (not those it `import()`s on demand).
 */
export function throughLoader(built, tag) {
  const cdn = join(built, 'dist/cdn');
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(join(cdn, file), 'utf8');
    for (const [, next] of code.matchAll(/(?:from|import)\s*"\.\/([^"]+)"/g)) visit(join(dirname(file), next));
  };
  visit(`${tag}.js`);
  const parts = [join(built, 'dist/film-elements.loader.min.js'), ...[...files].map((f) => join(cdn, f))];
  const codes = parts.map((path) => readFileSync(path));
  // Each file by name (a chunk's hash left out), to say what the bytes went to.
  const named = parts.map((path, i) => ({ name: relative(join(built, 'dist'), path).replace(/\\/g, '/').replace(/-[\w-]{8}\.js$/, '.js'), ...measure(codes[i]) }));
  return { ...total(codes), parts: named };
}

const litAlone = `import { LitElement, html, css } from 'lit';
class LitAlone extends LitElement {
  static styles = css\`:host { display: block; }\`;
  static properties = { name: {} };
  render() { return html\`<p>Hello, \${this.name}</p>\`; }
}
customElements.define('lit-alone', LitAlone);`;

/**
 * Other component libraries' elements that do comparable work, one import each, installed from
 * the npm registry into a cache of their own (not the project's dependencies); a peer whose
 * package cannot be installed here is left out of the table and named on the console.
 */
const peers = [
  { name: 'GitHub relative-time-element', pkg: '@github/relative-time-element', entry: '@github/relative-time-element' },
  { name: 'Material Web filled button', pkg: '@material/web', entry: '@material/web/button/filled-button.js' },
  { name: 'Shoelace rating', pkg: '@shoelace-style/shoelace', entry: '@shoelace-style/shoelace/dist/components/rating/rating.js' },
  { name: 'Web Awesome rating', pkg: '@awesome.me/webawesome', entry: '@awesome.me/webawesome/dist/components/rating/rating.js' },
];

async function peerSize(root, { name, pkg, entry }) {
  const dir = join(root, 'node_modules/.cache/film-peers');
  const manifest = join(dir, 'node_modules', pkg, 'package.json');
  try {
    if (!existsSync(manifest)) {
      mkdirSync(dir, { recursive: true });
      execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', dir, pkg], { stdio: 'ignore', timeout: 180_000 });
    }
    const { code } = await bundle(root, null, { stdin: `import '${entry}';`, resolveDir: dir });
    const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
    return { name: `${name} (${pkg} ${version})`, ...measure(code) };
  } catch (error) {
    console.log(`sizes: ${name} left out: ${String(error?.message ?? error).split('\n')[0]}`);
    return undefined;
  }
}

/** Which part of the library an input file of the bundle belongs to. */
function group(path) {
  const p = path.replace(/\\/g, '/');
  const name = part(p);
  // What the elements `import()` when a page first needs it, which a code-split build leaves out.
  return /src\/(model\/jsonld-(reader|writer)|core\/strings\/(ko|ja|zh|es|fr|de|ar))\.ts$/.test(p) ? `${name} (on demand)` : name;
}

function part(p) {
  if (p.includes('node_modules/lit-html/')) return 'Lit: lit-html (templates)';
  if (/node_modules\/(lit-element|@lit\/reactive-element|lit)\//.test(p)) return 'Lit: LitElement, ReactiveElement, css';
  let m;
  if ((m = p.match(/src\/core\/strings\/(\w+)\.ts$/))) return { en: 'strings: English table', ko: 'strings: Korean table' }[m[1]] ?? 'strings: lookup';
  if ((m = p.match(/src\/model\/sections\/([\w-]+)\.ts$/))) return `model: sections/${m[1]}.ts`;
  if ((m = p.match(/src\/model\/([\w-]+)\.ts$/))) return `model: ${m[1]}.ts`;
  if ((m = p.match(/src\/core\/([\w-]+)\.ts$/))) return `core: ${m[1]}.ts`;
  if ((m = p.match(/src\/elements\/([\w-]+)\/[\w-]+?(\.styles|\.en)?\.ts$/))) {
    return `element: ${m[1]}${m[2] === '.styles' ? ' (styles)' : m[2] === '.en' ? ' (English words)' : ''}`;
  }
  return 'entries';
}

function breakdown(metafile) {
  const [output] = Object.values(metafile.outputs);
  const groups = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    groups.set(group(path), (groups.get(group(path)) ?? 0) + bytesInOutput);
  }
  const total = output.bytes;
  return [...groups].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => ({ name, bytes, share: bytes / total }));
}

/** Whitespace that template literals (css`` and html``) keep through minification. */
function templateWhitespace(code) {
  const text = Buffer.from(code).toString('utf8');
  const squeezed = text.replace(/\n\s+/g, '\n');
  return { min: text.length - squeezed.length, gzip: gzip(text) - gzip(squeezed) };
}

/** Sizes of the built files in `built` (a copy of dist/'s parent) and of entries bundled from `root`'s sources. */
export async function sizes(root, built = root) {
  const dist = (file) => join(built, 'dist', file);
  const out = { files: [], entries: [], others: [] };
  const lit = measure((await bundle(root, null, { stdin: litAlone })).code);
  out.lit = lit;
  for (const file of ['film-elements.min.js', 'film-elements.loader.min.js']) {
    if (existsSync(dist(file))) out.files.push({ name: `dist/${file}`, ...measure(readFileSync(dist(file))) });
    else out.files.push({ name: `dist/${file}`, missing: true });
  }
  if (existsSync(join(built, 'dist/cdn/film-infobox.js'))) {
    out.loaded = throughLoader(built, 'film-infobox');
    out.heaviest = throughLoader(built, 'review-card');
  }
  for (const file of readdirSync(join(root, 'src/define')).filter((f) => f.endsWith('.ts')).sort()) {
    out.entries.push({ name: file.slice(0, -3), ...(await entrySize(root, join(root, 'src/define', file))) });
  }
  const core = `import { FilmElement } from './src/core/film-element.ts';
import { html } from 'lit';
class Bare extends FilmElement { renderFilm(film) { return html\`<p>\${film.title}</p>\`; } }
customElements.define('film-bare', Bare);`;
  const bare = join(root, 'node_modules/.cache/film-sizes/bare.ts');
  mkdirSync(dirname(bare), { recursive: true });
  writeFileSync(bare, core.replace('./src/core/film-element.ts', join(root, 'src/core/film-element.ts')));
  out.core = await entrySize(root, bare);
  out.others.push({ name: 'React 19 + react-dom (one root, production)', ...measure((await bundle(root, null, {
    stdin: `import { createElement } from 'react'; import { createRoot } from 'react-dom/client';
createRoot(document.body).render(createElement('p', null, 'x'));` })).code) });
  out.others.push({ name: 'Preact (h, render)', ...measure((await bundle(root, null, {
    stdin: `import { h, render } from 'preact'; render(h('p', null, 'x'), document.body);` })).code) });
  for (const peer of peers) {
    const found = await peerSize(root, peer);
    if (found) out.others.push(found);
  }
  const all = await bundle(root, join(root, 'src/index.ts'), { metafile: true });
  out.all = { ...measure(all.code), groups: breakdown(all.metafile), whitespace: templateWhitespace(all.code) };
  const one = await bundle(root, join(root, 'src/define/film-infobox.ts'), { metafile: true });
  out.infobox = { ...measure(one.code), groups: breakdown(one.metafile), whitespace: templateWhitespace(one.code) };
  return out;
}
