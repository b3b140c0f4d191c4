// The trust suites (test/trust/) cover the elements listed in test/trust/elements.ts: every
// element the package registers must be in that list, and the list must name no other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

test('test/trust/elements.ts lists exactly the elements in src/define/', () => {
  const defined = readdirSync(join(root, 'src/define')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
  const list = readFileSync(join(root, 'test/trust/elements.ts'), 'utf8');
  const listed = [...list.matchAll(/^\s*\{\s*tag:\s*'([a-z][a-z0-9]*-[a-z0-9-]+)'/gm)].map((m) => m[1]).sort();
  assert.ok(defined.length > 0, 'src/define/ has elements');
  assert.deepEqual(defined.filter((tag) => !listed.includes(tag)), [], 'defined but missing from test/trust/elements.ts');
  assert.deepEqual(listed.filter((tag) => !defined.includes(tag)), [], 'listed but not defined in src/define/');
  assert.equal(new Set(listed).size, listed.length, 'no element listed twice');
});
