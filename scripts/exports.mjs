// Writes package.json's `exports` and `typesVersions` from the elements' folders (one
// `src/elements/<tag>/<tag>.ts` per element), so that adding an element is adding a folder, and
// every public path is listed by name: `film-elements/nope` is "not exported" rather than a path
// into dist/. Run by `npm run build`; `--check` only says whether package.json is in step (the
// package test runs it).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const tags = readdirSync(join(root, 'src/elements'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'src/elements', d.name, `${d.name}.ts`)))
  .map((d) => d.name).sort();

const module = (path) => ({ types: `./dist/${path}.d.ts`, default: `./dist/${path}.js` });
/** The frameworks' types: declarations only, which a project names with `import type {} from …`. */
const frameworks = ['react', 'vue', 'solid', 'svelte', 'preact'];

const exports = {
  '.': module('index'),
  './model': module('model/index'),
  './import': module('import/index'),
  './server': module('server'),
  ...Object.fromEntries(frameworks.map((name) => [`./${name}`, { types: `./dist/frameworks/${name}.d.ts` }])),
  './film.schema.json': './film.schema.json',
  './film-elements.min.js': './dist/film-elements.min.js',
  './film-elements.loader.min.js': './dist/film-elements.loader.min.js',
  './custom-elements.json': './custom-elements.json',
  './package.json': './package.json',
  ...Object.fromEntries(tags.flatMap((tag) => [
    [`./${tag}`, module(`define/${tag}`)],
    [`./${tag}/class`, module(`elements/${tag}/${tag}`)],
  ])),
};

// TypeScript's old resolution (`moduleResolution: node10`, its default with `module: commonjs`)
// reads no `exports`: these map the same subpaths to their declarations.
const typesVersions = {
  '*': {
    model: ['./dist/model/index.d.ts'],
    import: ['./dist/import/index.d.ts'],
    server: ['./dist/server.d.ts'],
    ...Object.fromEntries(frameworks.map((name) => [name, [`./dist/frameworks/${name}.d.ts`]])),
    ...Object.fromEntries(tags.flatMap((tag) => [
      [tag, [`./dist/define/${tag}.d.ts`]],
      [`${tag}/class`, [`./dist/elements/${tag}/${tag}.d.ts`]],
    ])),
  },
};

const file = join(root, 'package.json');
const text = readFileSync(file, 'utf8');
const pkg = JSON.parse(text);
const written = `${JSON.stringify({ ...pkg, exports, typesVersions }, null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (written !== text) {
    console.error('package.json: its exports are not those of src/elements/: run `node scripts/exports.mjs`.');
    process.exit(1);
  }
} else if (written !== text) writeFileSync(file, written);
