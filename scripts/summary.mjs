// Prints one plain "N passed, N failed" line for a whole `npm test` run, after a line for each
// failed test: the Node tests' totals and failures read from the log, the browser tests' from
// the file the test runner's reporter wrote.
import { readFileSync, existsSync } from 'node:fs';

const [log, status] = process.argv.slice(2);
const text = readFileSync(log, 'utf8');
const last = (name) => Number([...text.matchAll(new RegExp(`^[ℹ#] ${name} (\\d+)`, 'gm'))].at(-1)?.[1] ?? 0);
let passed = last('pass');
let failed = last('fail');
if (existsSync('.test-results/browser.json')) {
  const browser = JSON.parse(readFileSync('.test-results/browser.json', 'utf8'));
  passed += browser.passed;
  failed += browser.failed;
  for (const failure of browser.failures ?? []) console.log(`failed: ${failure}`);
}
// node --test's failed tests: "not ok 3 - name" in TAP (its reporter when piped), "✖ name (12ms)" in spec.
const nodeFailures = new Set([...text.matchAll(/^\s*(?:not ok \d+ - (.+)|✖ (.+?)(?: \([\d.]+m?s\))?)$/gm)].map(([, tap, spec]) => tap ?? spec));
for (const name of nodeFailures) console.log(`failed: node ${name}`);
// A run that stopped early (type errors, a failed build) failed even if no test did.
if (Number(status) !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
