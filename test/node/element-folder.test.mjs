// Adding an element is adding a folder: everything that lists elements comes from the folders'
// descriptors (scripts/elements.mjs), and the files written from them are current.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

test('the registering entries and the lists of descriptors are those the element folders make', () => {
  execFileSync(process.execPath, ['scripts/elements.mjs', '--check'], { cwd: root, stdio: 'pipe' });
});

test('a new element folder, and nothing else, gives a registered element in the loader, the manifest and the builder', { timeout: 600_000 }, () => {
  // The tree as committed, with the repository's packages.
  const copy = mkdtempSync(join(tmpdir(), 'film-elements-folder-'));
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');

  // A copy of the hatnote under a new tag, in its own folder.
  const folder = join(copy, 'src/elements/film-aside');
  cpSync(join(copy, 'src/elements/film-hatnote'), folder, { recursive: true });
  for (const name of readdirSync(folder)) {
    const text = readFileSync(join(folder, name), 'utf8').replaceAll('film-hatnote', 'film-aside').replaceAll('FilmHatnote', 'FilmAside')
      .replace("path: 'hatnote'", "path: 'aside'").replace("name: 'Other films of this title'", "name: 'Aside'");
    writeFileSync(join(folder, name), text);
    renameSync(join(folder, name), join(folder, name.replace('film-hatnote', 'film-aside')));
  }

  execFileSync('npm', ['run', 'build', '--silent'], { cwd: copy, stdio: 'pipe' });
  const read = (path) => readFileSync(join(copy, path), 'utf8');
  // Registered by its own entry, in the one-file bundle and the CDN build.
  assert.match(read('dist/define/film-aside.js'), /FilmAside\.define\(\)/);
  assert.match(read('dist/cdn/film-aside.js'), /film-aside/);
  assert.match(read('dist/index.js'), /define\/film-aside\.js/);
  // In the loader's map, with its descriptor's room.
  const loader = read('dist/film-elements.loader.min.js');
  assert.match(loader, /"film-aside"/);
  assert.match(loader, /"film-aside":4\b/);
  // In the manifest, and in the library the builder lists its widgets from.
  const manifest = JSON.parse(read('custom-elements.json'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
  assert.ok(tags.includes('film-aside'), tags.join());
  const library = JSON.parse(read('dist/library.json'));
  assert.ok(library.tags.includes('film-aside'));
  assert.deepEqual(library.widgets['film-aside'], ['Aside', 'One line that points readers to films of the same name.']);
  // And only its folder and the files written from the folders (the package's exports among them)
  // differ from the tree.
  const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: copy, encoding: 'utf8', env: { ...process.env, GIT_DIR: join(root, '.git'), GIT_WORK_TREE: copy } })
    .split('\n').filter(Boolean).map((line) => line.slice(3)).filter((path) => !path.startsWith('dist/') && !path.startsWith('node_modules'));
  assert.deepEqual(changed.sort(), [
    ...readdirSync(folder).map((name) => `src/elements/film-aside/${name}`),
    'src/define/film-aside.ts', 'src/descriptors.ts', 'src/every-element.ts', 'package.json',
  ].sort());
});
