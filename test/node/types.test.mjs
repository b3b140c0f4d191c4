// The package's types as a TypeScript 5 user gets them (run after `npm run build`): the packed
// tarball in a project of its own, checked by TypeScript 5 (the `typescript5` devDependency,
// so no network) with default settings (module commonjs, moduleResolution node10, target ES5),
// with `module: nodenext`, and with `moduleResolution: bundler`. Every public entry point must
// resolve to its declarations under each, and the declarations must be free of errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const tsc = join(root, 'node_modules/typescript5/bin/tsc');
const tags = readdirSync(join(root, 'src/define')).map((f) => f.replace(/\.ts$/, ''));
const className = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// A user's project: the tarball unpacked as node_modules/film-elements, and lit and schema-dts
// (the dependencies its types name) linked from ours; nothing hoisted beside it, as with pnpm, so declarations that
// name lit-html or another package of lit's own fail here.
const dir = mkdtempSync(join(tmpdir(), 'film-elements-ts5-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const [packed] = JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', dir],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], shell: process.platform === 'win32' }));
mkdirSync(join(dir, 'node_modules/film-elements'), { recursive: true });
execFileSync('tar', ['-xzf', packed.filename, '-C', 'node_modules/film-elements', '--strip-components=1'], { cwd: dir });
for (const name of ['lit', 'schema-dts']) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'user', version: '1.0.0', private: true }));

writeFileSync(join(dir, 'use.ts'), `\
import { FilmInfobox, parseFilm, type Film } from 'film-elements';
import { parseFilm as p2 } from 'film-elements/model';
import 'film-elements/film-infobox';
import { FilmCard } from 'film-elements/film-card/class';
const el = document.createElement('film-infobox');
el.film = { title: 'x' };
const infobox: FilmInfobox = el;
const film: Film | undefined = el.film;
const card: FilmCard = document.createElement('film-card');
export const used = [infobox, film, card, parseFilm('{}'), p2({ title: 'x' })];
`);
// Every element's two entry points, by name, so each must resolve (a side-effect import alone
// is not checked), and each class is the one its tag gives.
writeFileSync(join(dir, 'every.ts'), tags.map((tag, i) => `\
import type * as define${i} from 'film-elements/${tag}';
import { ${className(tag)} } from 'film-elements/${tag}/class';
export const el${i}: ${className(tag)} & define${i}.${className(tag)} = document.createElement('${tag}');
`).join(''));
writeFileSync(join(dir, 'typo.ts'), `\
import 'film-elements';
const el = document.createElement('film-infobox');
// @ts-expect-error: a misspelt field is a type error
el.film = { titel: 'x' };
// @ts-expect-error: so is a misspelt section beside a title
el.film = { title: 'x', runtme: 93 };
el.film = { title: 'x', runtime: '93 minutes', credits: { directors: ['Lee Chung-hyun'] } };
el.film = { '@context': 'https://schema.org', '@type': 'Movie', name: 'x' };
el.film = '{"title": "x"}';
export {};
`);

const settings = {
  'default settings (node10)': {},
  'module nodenext': { module: 'nodenext' },
  'moduleResolution bundler': { moduleResolution: 'bundler', module: 'esnext' },
};

/** Runs TypeScript 5 on `files` with `options` added to the defaults: its exit code and output. */
function check(name, files, options) {
  const config = `tsconfig.${name}.json`;
  writeFileSync(join(dir, config), JSON.stringify({ compilerOptions: { strict: true, lib: ['es2022', 'dom'], ...options }, files }));
  return new Promise((done) => execFile(process.execPath, [tsc, '--noEmit', '-p', config], { cwd: dir, encoding: 'utf8' },
    (error, stdout, stderr) => done({ status: error ? error.code : 0, output: `${stdout}${stderr}` })));
}

// The runs take seconds each: all start at once, and each test awaits its own.
const runs = Object.entries(settings).map(([name, options], i) => [name, check(`user-${i}`, ['use.ts', 'every.ts'], options)]);
const typo = check('typo', ['typo.ts'], {});

test('the dev dependency is TypeScript 5', () => {
  const version = execFileSync(process.execPath, [tsc, '--version'], { encoding: 'utf8' });
  assert.match(version, /^Version 5\./);
});

for (const [name, run] of runs) {
  test(`TypeScript 5 reads every entry point's types, with ${name}`, async () => {
    const { status, output } = await run;
    assert.equal(status, 0, output);
  });
}

// typo.ts expects the error with `@ts-expect-error`: a clean run means the misspelling is caught.
test('a misspelt field given to `film` is a type error', async () => {
  const { status, output } = await typo;
  assert.equal(status, 0, output);
});
