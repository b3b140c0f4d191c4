// Builds from one source tree:
//  1. per-module ESM in dist/ for developers and bundlers, with lit left as an import;
//  2. dist/film-elements.min.js, one self-contained file a blogger loads with a script tag;
//  3. dist/cdn/, the same elements code-split (one file per tag, shared chunks for Lit and the
//     core), which dist/film-elements.loader.min.js imports tag by tag as they appear; the
//     loader's build writes dist/integrity.json with the two scripts' SRI hashes and prints them.
// TypeScript is transpiled by esbuild; declarations come from `tsc -p tsconfig.build.json`.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { minifyStyles } from './scripts/literals.mjs';
import { descriptors, writeElements } from './scripts/elements.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// Every list of elements comes from their folders' descriptors (scripts/elements.mjs).
writeElements();
const elements = await descriptors();
const tags = elements.map((element) => element.tag);
const modules = [
  'src/index.ts',
  'src/model/index.ts',
  // The importers, for the command line and developers; no element imports them.
  'src/import/index.ts',
  // Static HTML's final form, for the command line and the builder.
  'src/core/rendered.ts',
  'src/descriptors.ts',
  ...tags.map((tag) => `src/define/${tag}.ts`),
  ...tags.map((tag) => `src/elements/${tag}/${tag}.ts`),
  // film-elements/server: Lit SSR in Node, for developers and the command line.
  'src/server.ts',
];

/** The tags, one per element folder, which the server is built with (`__FILM_TAGS__`). */
const filmTags = { __FILM_TAGS__: JSON.stringify(tags) };

const typescript = (options) => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', ...options });
const minified = () => minify({ target: 'es2022', legalComments: 'none' });
/**
 * What a reader's page downloads (the one file, the CDN build, the loader) is minified again by
 * terser, whose second pass finds what esbuild's one pass leaves: 1.7 % less gzip, about 0.4 kB
 * on an element's page. The builder and the importers, for authors, keep esbuild's alone.
 */
const shipped = () => [minified(), terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } })];

/**
 * The css`` templates minified (scripts/literals.mjs) in every build, the per-module one too, so
 * that each build's styles are the same. It reads the JavaScript esbuild wrote.
 */
const literals = () => ({
  name: 'literals',
  transform: (code, id) => (/[\\/]src[\\/].*\.ts$/.test(id) ? minifyStyles(code, id) : null),
});

/** The modules the elements import on demand (`import()`): a language's words, the full reader (read-full.ts and the forgiving code only it imports), the JSON-LD reader and writer; see `cdnChunk`. */
const lazy = /[\\/]src[\\/](model[\\/](?:jsonld-writer|jsonld-reader|read-full)|core[\\/]strings[\\/](ko|ja|zh|es|fr|de|ar))\.ts$/;

/** The modules of the base class and all it imports statically: what every element needs. */
let base;
function inBase(id, getModuleInfo) {
  if (!base) {
    base = new Set();
    const visit = (module) => {
      if (base.has(module)) return;
      base.add(module);
      for (const next of getModuleInfo(module)?.importedIds ?? []) visit(next);
    };
    visit(resolve('src/core/film-element.ts'));
  }
  return base.has(id);
}

/** What the elements that show reviews and scores share: their reader, the ids and scales, their formats. */
const reviews = /[\\/]src[\\/]model[\\/](sections[\\/]reception|review-ids|ratings|slug|format-scores)\.ts$/;

// Few files, as well as few bytes: a browser fetches six at once from a host over HTTP/1.1, and a
// seventh waits a whole round trip (half a second on a slow phone network). So an element's page
// fetches at most six besides the loader: its own file, Lit, the core, and a few shared by feature.
// Lit is one chunk, which the hydration code shares (it imports Lit's internals, and brings the
// part of them only it uses): two would be compressed apart, 0.4 kB gzip more. The core chunk is
// the base every element needs; the rest of src/ (a section's reader, the formats some elements
// use) goes with the elements that use it.
function cdnChunk(id, { getModuleInfo }) {
  // What only the hydration code uses of Lit's internals stays with it.
  if (/[\\/]node_modules[\\/]lit-html[\\/]private-ssr-support/.test(id)) return undefined;
  // `guard` is Lit's, for all; the other directives go with the elements that use them (the
  // sorted table's `repeat` is no one else's).
  if (/[\\/]node_modules[\\/](lit|lit-html)[\\/](directives[\\/](?!guard)|directive-helpers)/.test(id)) return undefined;
  if (/[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return 'lit';
  // What is imported on demand stays a chunk of its own, fetched only by the pages that need it.
  if (lazy.test(id)) return undefined;
  if (/[\\/]src[\\/](core|model)[\\/]/.test(id) && inBase(id, getModuleInfo)) return 'core';
  if (reviews.test(id)) return 'reviews';
}

/**
 * An element fetched on demand by another (the list's infoboxes) is imported as its class, which
 * the CDN build takes from the element's entry instead: one file, the one its own page fetches.
 */
const entryForClass = () => ({
  name: 'entry-for-class',
  resolveDynamicImport(specifier, importer) {
    const tag = typeof specifier === 'string' && /^\.\.\/([a-z-]+)\/\1\.js$/.exec(specifier)?.[1];
    return tag && tags.includes(tag) && /[\\/]src[\\/]elements[\\/]/.test(importer) ? resolve(`src/define/${tag}.ts`) : null;
  },
});

/**
 * Records, for each file of the CDN build, every chunk it imports (directly or not), which the
 * loader's build writes into the loader (`__FILM_IMPORTS__`): the loader then fetches an
 * element's chunks beside the element instead of after it (page, loader, element: three deep).
 */
const cdnImports = {};
const recordImports = () => ({
  name: 'record-imports',
  generateBundle(options, bundle) {
    const all = (name, seen = new Set()) => {
      for (const file of bundle[name]?.imports ?? []) if (!seen.has(file)) all(file, seen.add(file));
      return seen;
    };
    for (const chunk of Object.values(bundle)) if (chunk.isEntry) cdnImports[chunk.name] = [...all(chunk.fileName)];
  },
});
const writeImports = () => ({
  name: 'write-imports',
  renderChunk: (code) => code.replace('__FILM_IMPORTS__', JSON.stringify(cdnImports)),
});

/** Empties `dir` first: chunk names carry hashes, and old chunks must not ship. */
const clean = (dir) => ({ name: 'clean', buildStart: () => rmSync(dir, { recursive: true, force: true }) });

/**
 * Writes dist/integrity.json (sha384 of each script tag's file) and prints the hashes; and
 * dist/library.json, what the builder needs to know of the library: its version, its tags (and
 * which of them take a list of films), those hashes, and the files an author hosts on a site of
 * their own (the script-tag files, the CDN build beside them, integrity.json).
 */
function integrity(files) {
  return {
    name: 'integrity',
    writeBundle() {
      const hashes = Object.fromEntries(files.map((file) =>
        [file, `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`]));
      writeFileSync('dist/integrity.json', `${JSON.stringify(hashes, null, 2)}\n`);
      for (const [file, hash] of Object.entries(hashes)) console.log(`${file} integrity="${hash}"`);
      const cdn = readdirSync('dist/cdn', { recursive: true, withFileTypes: true }).filter((f) => f.isFile())
        .map((f) => `${f.parentPath ?? f.path}/${f.name}`.replace(/^dist\//, '')).sort();
      const library = { version: pkg.version, tags, integrity: hashes, files: [...files, 'integrity.json', ...cdn],
        widgets: Object.fromEntries(elements.map(({ tag, widget }) => [tag, [widget.name, widget.about]])),
        // The elements given a list of films, not one film: not among the widgets of one film.
        lists: elements.filter((element) => element.takes === 'list').map((element) => element.tag) };
      writeFileSync('dist/library.json', `${JSON.stringify(library, null, 2)}\n`);
    },
  };
}

/**
 * wtf_wikipedia imports a fetch polyfill (CommonJS) for its own downloading, which the
 * importers never use: in the browser it is the browser's fetch.
 */
const browserFetch = () => ({
  name: 'browser-fetch',
  resolveId: (id) => (id === 'isomorphic-unfetch' ? '\0browser-fetch' : null),
  load: (id) => (id === '\0browser-fetch' ? 'export default (...args) => fetch(...args);' : null),
});

/**
 * dist/film-elements.import.min.js: the importers in one self-contained module with
 * wtf_wikipedia inside, which the builder page imports when an author first imports a film.
 */
const importers = {
  input: 'src/import/index.ts',
  plugins: [browserFetch(), nodeResolve({ browser: true }), typescript(), literals(), minified()],
  output: { file: 'dist/film-elements.import.min.js', format: 'esm', inlineDynamicImports: true },
};

/**
 * The builder's page, styles and example film beside its bundle in dist/builder/, reading the
 * library from `../lib/` (where site/ and `publish` put it).
 */
const builderPage = () => ({
  name: 'builder-page',
  writeBundle() {
    cpSync('demo/demo.css', 'dist/builder/demo.css');
    cpSync('src/builder/builder.css', 'dist/builder/builder.css');
    mkdirSync('dist/builder/data', { recursive: true });
    cpSync('demo/data/ballerina.json', 'dist/builder/data/ballerina.json');
    writeFileSync('dist/builder/index.html', readFileSync('src/builder/index.html', 'utf8')
      .replace('<html lang="en">', '<html lang="en" data-lib="../lib/">'));
  },
});

/**
 * dist/builder/: the builder in one bundle, with one copy of Lit that its preview and its static
 * HTML (Lit SSR in the page) share; the importers and Lit SSR are chunks fetched when first used.
 * It imports the importers' bundle from dist/, so it comes after them.
 */
const builder = {
  input: 'src/builder/builder.ts',
  plugins: [clean('dist/builder'), nodeResolve({ browser: true }), typescript(), literals(), minified(), builderPage()],
  // Lit SSR's DOM shim is written for Node and the browser alike; its top-level `this` is harmless.
  onwarn: (warning, warn) => !['CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED'].includes(warning.code) && warn(warning),
  output: { dir: 'dist/builder', format: 'esm', entryFileNames: 'builder.js', chunkFileNames: 'chunks/[name]-[hash].js' },
};

export default [
  {
    input: modules,
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('@lit-labs/ssr') ||
      id === 'wtf_wikipedia' || id.startsWith('node:'),
    // A module renamed or removed must not linger in dist/ and ship with the package.
    plugins: [clean('dist'), typescript({ define: filmTags }), literals()],
    output: { dir: 'dist', format: 'esm', preserveModules: true, preserveModulesRoot: 'src' },
  },
  {
    input: 'src/index.ts',
    plugins: [nodeResolve(), typescript(), literals(), ...shipped()],
    // One file, as the script tag's promise says: what the CDN build loads on demand is inside.
    output: { file: 'dist/film-elements.min.js', format: 'esm', inlineDynamicImports: true },
  },
  {
    input: {
      ...Object.fromEntries(tags.map((tag) => [tag, `src/define/${tag}.ts`])),
      // Fetched by the elements that arrive as static HTML, which the loader preloads by this name.
      hydrate: 'src/core/hydrate.ts',
      // Fetched by the elements given a `src`, which the loader preloads by this name.
      'fetch-text': 'src/core/fetch-text.ts',
    },
    plugins: [clean('dist/cdn'), entryForClass(), nodeResolve(), typescript(), literals(), ...shipped(), recordImports()],
    output: {
      dir: 'dist/cdn', format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: cdnChunk,
    },
  },
  {
    input: 'src/loader.ts',
    plugins: [
      typescript({ define: {
        __FILM_TAGS__: JSON.stringify(tags),
        __FILM_ROOM__: JSON.stringify(Object.fromEntries(elements.map(({ tag, room }) => [tag, room]))),
      } }),
      literals(),
      writeImports(),
      ...shipped(),
      integrity(['film-elements.min.js', 'film-elements.loader.min.js']),
    ],
    // A classic script (see src/loader.ts), which also runs as a module.
    output: { file: 'dist/film-elements.loader.min.js', format: 'iife' },
  },
  importers,
  builder,
];
