// The README's list of import sources is the importers' list (run after `npm run build`):
// a source added, renamed or described otherwise fails here until `node scripts/importers-readme.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importersList, readmeList } from '../../scripts/importers-readme.mjs';

const root = resolve(import.meta.dirname, '../..');

test('README: the import section lists every source of the importers\' list, as the list describes it', async () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const listed = readmeList(readme);
  assert.notEqual(listed, undefined, 'README.md has the importers block');
  assert.equal(listed, await importersList());
  const { importers } = await import(join(root, 'dist/import/index.js'));
  // Each source also has an example of its own in the section.
  const section = readme.slice(readme.indexOf('## Importing a film'), readme.indexOf('## How the code is laid out'));
  for (const { kind } of importers) assert.match(section, new RegExp(`\\*\\*[^*]+\\*\\* \\(\`--kind ${kind}\`\\)`));
  for (const option of ['--tmdb', '--wikidata', '--wikipedia']) assert.ok(section.includes(`film-elements import ${option}`), option);
});
