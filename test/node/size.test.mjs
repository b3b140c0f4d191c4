// Size budgets (sizes are deterministic, so they are tested; times are measured by the
// benchmark). Each single-element entry is bundled with Lit and minified, as a user's bundler
// would; the CDN bundle is the built file itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');
const kB = (bytes) => Math.round(bytes / 10.24) / 100;
const gzip = (code) => gzipSync(code, { level: 9 }).length;

test('the CDN bundle, every element and the model, is at most 16 kB gzip', () => {
  const size = gzip(readFileSync(join(root, 'dist/film-elements.min.js')));
  console.log(`film-elements.min.js: ${kB(size)} kB gzip`);
  assert.ok(size <= 16 * 1024, `${kB(size)} kB`);
});

for (const file of readdirSync(join(root, 'src/define'))) {
  test(`${file.replace('.ts', '')} on its own, Lit included, is at most 9 kB gzip`, async () => {
    const { outputFiles } = await build({
      entryPoints: [join(root, 'src/define', file)], bundle: true, minify: true, write: false,
      format: 'esm', target: 'es2022', legalComments: 'none', tsconfig: join(root, 'tsconfig.json'),
    });
    const size = gzip(outputFiles[0].contents);
    console.log(`${file.replace('.ts', '')}: ${kB(size)} kB gzip`);
    assert.ok(size <= 9 * 1024, `${kB(size)} kB`);
  });
}
