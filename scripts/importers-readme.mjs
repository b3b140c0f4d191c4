// Writes the README's list of import sources from the importers' list (run after `npm run
// build`): one line per source, between the `importers` markers. test/node/readme-importers.test.mjs
// fails when the README and the list differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const START = '<!-- importers: written by scripts/importers-readme.mjs from src/import/importers.ts -->';
const END = '<!-- /importers -->';

/** The README's list, as the importers' list gives it. */
export async function importersList() {
  const { importers } = await import(join(root, 'dist/import/index.js'));
  const capital = (s) => s[0].toUpperCase() + s.slice(1);
  return importers.map((i) => `- **${capital(i.label)}** (\`--kind ${i.kind}\`): ${i.reads}.`).join('\n');
}

/** The list as the README holds it now, or undefined when the markers are missing. */
export function readmeList(readme) {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  return from === -1 || to < from ? undefined : readme.slice(from + START.length, to).trim();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = join(root, 'README.md');
  const readme = readFileSync(file, 'utf8');
  if (readmeList(readme) === undefined) throw new Error(`README.md has no ${START} … ${END} block`);
  const list = await importersList();
  writeFileSync(file, readme.replace(/<!-- importers:[^>]*-->[\s\S]*?<!-- \/importers -->/, `${START}\n${list}\n${END}`));
}
