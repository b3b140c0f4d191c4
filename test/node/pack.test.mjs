// What `npm pack` ships (run after `npm run build`): the built code and its types, the CDN
// files with their integrity hashes, the command, the schema, the manifest and the editor
// data, the README and the licence; nothing from the sources, tests, demo or scripts. And
// `npm pack` in a fresh clone, with no dist/ yet, builds first (prepack), so it never ships empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const tags = readdirSync(join(root, 'src/define')).map((f) => f.replace(/\.ts$/, ''));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const [packed] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = packed.files.map((f) => f.path).sort();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** What a user imports first: the module, its types, and the script-tag file. */
const entryFiles = ['dist/index.js', 'dist/index.d.ts', 'dist/film-elements.min.js'];

test('npm pack builds the package first', () => {
  assert.match(pkg.scripts.prepack ?? '', /^npm run build\b/);
});

test('the package lists the module, its types and the script-tag file', () => {
  assert.deepEqual(entryFiles.filter((f) => !files.includes(f)), []);
});

test('npm pack in a fresh clone, without dist/, ships the built package', () => {
  // The work tree as a clone has it: nothing git ignores (node_modules is linked, not installed).
  const clone = mkdtempSync(join(tmpdir(), 'film-elements-clone-'));
  const ignored = new Set(['.git', 'node_modules', 'dist', '.test-results', 'custom-elements.json']);
  try {
    cpSync(root, clone, { recursive: true, filter: (path) => {
      const rel = relative(root, path);
      return !ignored.has(rel.split(sep)[0]) && !rel.endsWith('.tgz');
    } });
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'junction');
    // The build prints to stdout too: the JSON is the last thing, from a line of its own.
    const out = execFileSync(npm, ['pack', '--dry-run', '--json'],
      { cwd: clone, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    const [fresh] = JSON.parse(out.slice(out.search(/^\[$/m)));
    const shipped = fresh.files.map((f) => f.path);
    assert.deepEqual(entryFiles.filter((f) => !shipped.includes(f)), []);
    assert.ok(shipped.includes('custom-elements.json'), 'the manifest is built too');
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
});

test('the package holds only dist (with the builder\'s page), the command, the schema, the manifest, README, LICENSE and package.json', () => {
  const allowed = /^(dist\/.+\.(js|d\.ts|json)|dist\/builder\/[\w-]+\.(html|css)|bin\/[\w/-]+\.mjs|film\.schema\.json|custom-elements\.json|README\.md|LICENSE|package\.json)$/;
  assert.deepEqual(files.filter((f) => !allowed.test(f)), []);
  assert.deepEqual(files.filter((f) => /^(src|test|demo|scripts|bench|node_modules|\.ci)\//.test(f)), []);
  assert.deepEqual(files.filter((f) => /\.(test|spec)\.|\.map$|\.ts$/.test(f) && !f.endsWith('.d.ts')), []);
});

test('the package holds everything a user needs', () => {
  const needed = ['package.json', 'README.md', 'LICENSE', 'film.schema.json', 'custom-elements.json',
    'bin/film-elements.mjs', 'bin/film-file.mjs', 'bin/ssr.mjs', 'bin/commands/publish.mjs', 'dist/index.js', 'dist/index.d.ts', 'dist/model/index.js', 'dist/model/index.d.ts',
    'dist/film-elements.min.js', 'dist/film-elements.loader.min.js', 'dist/integrity.json',
    'dist/vscode.html-custom-data.json', 'dist/cdn/hydrate.js', 'dist/server.js', 'dist/server.d.ts',
    ...['jsx', 'react', 'preact', 'vue', 'solid', 'svelte'].map((name) => `dist/frameworks/${name}.d.ts`),
    ...tags.flatMap((tag) => [`dist/define/${tag}.js`, `dist/define/${tag}.d.ts`, `dist/elements/${tag}/${tag}.js`,
      `dist/elements/${tag}/${tag}.d.ts`, `dist/cdn/${tag}.js`])];
  assert.deepEqual(needed.filter((f) => !files.includes(f)), []);
  // Every chunk an element's CDN file imports is shipped too.
  for (const tag of tags) {
    const code = readFileSync(join(root, 'dist/cdn', `${tag}.js`), 'utf8');
    for (const [, chunk] of code.matchAll(/from\s*"\.\/(chunks\/[^"]+)"/g)) assert.ok(files.includes(`dist/cdn/${chunk}`), chunk);
  }
});

test('the command is declared, and @lit-labs/ssr is an optional peer: Lit and its hydration are the dependencies', () => {
  assert.deepEqual(pkg.bin, { 'film-elements': './bin/film-elements.mjs' });
  assert.match(readFileSync(join(root, pkg.bin['film-elements']), 'utf8'), /^#!\/usr\/bin\/env node\n/);
  assert.deepEqual(Object.keys(pkg.dependencies), ['@lit-labs/ssr-client', 'lit', 'schema-dts']);
  assert.deepEqual(pkg.peerDependenciesMeta['@lit-labs/ssr'], { optional: true });
});

test('dist/integrity.json holds the sha384 of both script-tag files', () => {
  const integrity = JSON.parse(readFileSync(join(root, 'dist/integrity.json'), 'utf8'));
  assert.deepEqual(Object.keys(integrity).sort(), ['film-elements.loader.min.js', 'film-elements.min.js']);
  for (const [file, hash] of Object.entries(integrity)) {
    const actual = createHash('sha384').update(readFileSync(join(root, 'dist', file))).digest('base64');
    assert.equal(hash, `sha384-${actual}`, file);
  }
});

test('the VS Code data describes every element of the manifest, with its attributes', () => {
  const data = JSON.parse(readFileSync(join(root, 'dist/vscode.html-custom-data.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules.filter((m) => m.path.startsWith('src/elements/'))
    .flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName ?? m.path.split('/').at(-2)));
  assert.equal(data.version, 1.1);
  assert.deepEqual(data.tags.map((t) => t.name), [...elements].sort());
  const infobox = data.tags.find((t) => t.name === 'film-infobox');
  assert.ok(infobox.description.startsWith("A film's infobox"), infobox.description);
  assert.deepEqual(infobox.attributes.map((a) => a.name).sort(), ['fields', 'jsonld', 'src', 'theme', 'timeout']);
  assert.deepEqual(infobox.attributes.find((a) => a.name === 'theme').values, [{ name: 'light' }, { name: 'dark' }, { name: 'auto' }]);
  assert.equal(infobox.attributes.find((a) => a.name === 'jsonld').valueSet, 'v');
});
