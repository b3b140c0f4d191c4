// The package as a user gets it: built files where the exports map points, every public
// path resolvable from a package that depends on this one, and nothing else registered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tags = readdirSync(join(root, 'src/define')).map((f) => f.replace(/\.ts$/, ''));

function dependent() {
  const dir = mkdtempSync(join(tmpdir(), 'film-elements-user-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules/film-elements'), 'dir');
  return dir;
}

const resolveIn = (dir, specifier) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(specifier)}))`],
    { cwd: dir, encoding: 'utf8' }).trim();

// Lit and Lit's hydration, which upgrades static HTML in place; and schema.org's types, which
// the `film` property's type names (types only: nothing of it runs).
test('the package is an ES module with Lit as its runtime dependency', () => {
  assert.equal(pkg.name, 'film-elements');
  assert.equal(pkg.type, 'module');
  assert.deepEqual(Object.keys(pkg.dependencies), ['@lit-labs/ssr-client', 'lit', 'schema-dts']);
  assert.equal(pkg.customElements, 'custom-elements.json');
});

test('every public path resolves to a built file from a dependent package', () => {
  const dir = dependent();
  const paths = ['film-elements', 'film-elements/model', 'film-elements/film-elements.min.js',
    'film-elements/custom-elements.json',
    ...tags.flatMap((tag) => [`film-elements/${tag}`, `film-elements/${tag}/class`])];
  if (existsSync(join(root, 'film.schema.json'))) paths.push('film-elements/film.schema.json');
  for (const specifier of paths) {
    const url = new URL(resolveIn(dir, specifier));
    assert.ok(existsSync(url), `${specifier} → ${url.pathname} exists`);
  }
  assert.match(resolveIn(dir, 'film-elements/film-infobox'), /\/dist\/define\/film-infobox\.js$/);
  assert.match(resolveIn(dir, 'film-elements/film-infobox/class'), /\/dist\/elements\/film-infobox\/film-infobox\.js$/);
  assert.match(resolveIn(dir, 'film-elements/server'), /\/dist\/server\.js$/);
  // Only the listed paths: another is not exported, never a path into dist/.
  assert.throws(() => resolveIn(dir, 'film-elements/nope'), /ERR_PACKAGE_PATH_NOT_EXPORTED/);
});

test("package.json's exports are those of the elements' folders (scripts/exports.mjs)", () => {
  execFileSync(process.execPath, [join(root, 'scripts/exports.mjs'), '--check'], { encoding: 'utf8', stdio: 'pipe' });
  const listed = Object.keys(pkg.exports).filter((path) => tags.some((tag) => path === `./${tag}` || path === `./${tag}/class`));
  assert.deepEqual(listed.sort(), tags.flatMap((tag) => [`./${tag}`, `./${tag}/class`]).sort());
});

test('every module has its type declarations', () => {
  for (const file of ['index', 'model/index', ...tags.flatMap((t) => [`define/${t}`, `elements/${t}/${t}`])]) {
    assert.ok(existsSync(join(root, 'dist', `${file}.d.ts`)), `dist/${file}.d.ts`);
  }
});

test('the model imports in plain Node, without a DOM', () => {
  const dir = dependent();
  const out = execFileSync(process.execPath, ['--input-type=module', '-e',
    "import { parseFilm } from 'film-elements/model'; console.log(parseFilm({ title: 'Ballerina', runtime: '93 minutes' }).film.runtime[0].value)"],
    { cwd: dir, encoding: 'utf8' });
  assert.equal(out.trim(), '93');
});

test('class modules register nothing; define modules are the only side effects', () => {
  for (const tag of tags) {
    const source = readFileSync(join(root, 'dist/elements', tag, `${tag}.js`), 'utf8');
    // Nothing at import (a statement of the module's top level): a list registers the infobox it
    // fetches when a reader opens an entry, which is no side effect of importing it.
    assert.doesNotMatch(source, /^\S.*(customElements\.define|\.define\(\))/m, `${tag} class module`);
  }
  assert.deepEqual(pkg.sideEffects, ['./dist/index.js', './dist/define/*.js', './dist/film-elements.min.js']);
});

test('the CDN bundle is self-contained and registers every element', () => {
  const bundle = readFileSync(join(root, 'dist/film-elements.min.js'), 'utf8');
  assert.doesNotMatch(bundle, /from\s*["'](lit|@lit)/, 'lit is bundled, not imported');
  for (const tag of tags) assert.ok(bundle.includes(`"${tag}"`), `${tag} is in the bundle`);
});

test('custom-elements.json describes every element', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const declared = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  for (const tag of tags) {
    const element = declared.find((d) => d.name.toLowerCase() === tag.replace(/-/g, ''));
    assert.ok(element, `${tag} is in the manifest`);
    assert.ok(element.summary || element.description, `${tag} has a summary`);
  }
});

test('the version that static HTML records is the package version', async () => {
  const { VERSION } = await import(join(root, 'dist/core/rendered.js'));
  assert.equal(VERSION, pkg.version);
});
