// Size budgets (sizes are deterministic, so they are tested; times are measured by the
// benchmark, `npm run bench`). Each single-element entry is bundled with Lit, code-split and
// minified, as a user's bundler would, and what a page loads up front is counted (what the
// element imports on demand is not); the CDN files are the built files themselves.
//
// Two kinds of check:
//  - budgets: the sizes measured when the budgets were set (see BENCHMARKS.md) plus
//    5 %, rounded up to 0.1 kB. Going over one is a regression and fails `npm test`; raise a
//    budget only on purpose, in the same change that needs the bytes.
//  - the targets of issue #10 (16 kB gzip for the CDN bundle, 9 kB for one element with Lit).
//    Not met yet, so they are reported as TODO (they do not fail the run); each becomes an
//    ordinary passing test once its size is within the target.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { entrySize, gzip } from '../../bench/sizes.mjs';

const root = resolve(import.meta.dirname, '../..');
const kB = (bytes) => (bytes / 1024).toFixed(2);

/**
 * Regression budgets in kB gzip: measured size + 5 %, rounded up to 0.1 kB. Raised by about
 * 3 kB per element when these came in: the names of unknown keys with the nearest known one
 * (2.0 kB: the table of known keys), the named CMS repairs with line and column, a review read on
 * its own, real headings, native disclosures and the infobox's one Tab stop for its footnotes.
 * Bringing them down again is the work of the weight issue.
 */
const budgets = {
  // measured 54.15, then 70.72 with the Japanese, Chinese, Spanish, French, German and Arabic
  // words (13.8 kB gzip together): the one file carries what the CDN build fetches on demand,
  // and the code that fetches it; the loader's pages fetch only their own language's words.
  'film-elements.min.js': 74.3,
  // measured 1.10: it keeps each element's room before the element is defined, runs as a classic
  // script (issue 21), and knows each element's chunks, to fetch them beside the element (issue 18).
  'film-elements.loader.min.js': 1.2,
  // Measured again when the measure was mended (it had counted an on-demand language as the
  // element), with text per language (the language maps' reader and `localise`, 2.5 kB gzip
  // together with the names' reader) and the eight languages' plural and number words.
  'accolade-table': 38.1, // measured 36.25
  'cast-list': 33.9, // measured 32.24
  'content-advisory': 33.1, // measured 31.46
  'film-card': 33.6, // measured 31.98
  'film-hatnote': 31.9, // measured 30.36
  'film-infobox': 35.6, // measured 33.82
  'film-plot': 33.1, // measured 31.49
  'film-scores': 34.3, // measured 32.60
  'film-timeline': 33.4, // measured 31.79
  'review-card': 37.1, // measured 35.33
};
/** An element added since the budgets were set gets the largest element budget until it has its own. */
const newElementBudget = Math.max(...Object.entries(budgets).filter(([k]) => !k.endsWith('.js')).map(([, v]) => v));

/** The targets of issue #10, in kB gzip. */
const targets = { bundle: 16, element: 9 };

function check(name, size, budget, target) {
  test(`${name} stays within its budget of ${budget} kB gzip`, () => {
    console.log(`${name}: ${kB(size)} kB gzip (budget ${budget} kB${target ? `, target ${target} kB` : ''})`);
    assert.ok(size <= budget * 1024, `${name} is ${kB(size)} kB gzip, over its budget of ${budget} kB`);
  });
  if (target) {
    const over = size - target * 1024;
    // Not met: reported as TODO with the distance to go, and not asserted (it would only fail).
    if (over > 0) test(`${name} meets the issue's target of ${target} kB gzip`, { todo: `${kB(size)} kB gzip, ${kB(over)} kB over` }, () => {});
    else test(`${name} meets the issue's target of ${target} kB gzip`, () => assert.ok(size <= target * 1024));
  }
}

for (const file of ['film-elements.min.js', 'film-elements.loader.min.js']) {
  const path = join(root, 'dist', file);
  if (!existsSync(path)) continue; // the loader is optional until its build lands
  check(file, gzip(readFileSync(path)), budgets[file], file === 'film-elements.min.js' ? targets.bundle : undefined);
}

for (const file of readdirSync(join(root, 'src/define')).filter((f) => f.endsWith('.ts')).sort()) {
  const name = file.slice(0, -3);
  const { gzip: size } = await entrySize(root, join(root, 'src/define', file));
  check(`${name} on its own, Lit included,`, size, budgets[name] ?? newElementBudget, targets.element);
}
