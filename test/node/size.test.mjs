// Size budgets (sizes are deterministic, so they are tested; times are measured by the
// benchmark, `npm run bench`). Each single-element entry is bundled with Lit, code-split and
// minified, as a user's bundler would, and what a page loads up front is counted (what the
// element imports on demand is not); the CDN files are the built files themselves.
//
// Two kinds of check:
//  - budgets: the sizes measured when the budgets were set (see BENCHMARKS.md) plus
//    5 %, rounded up to 0.1 kB. Going over one is a regression and fails `npm test`; raise a
//    budget only on purpose, in the same change that needs the bytes.
//  - the targets of the weight issue (30 kB gzip for the one-file bundle, 14 kB for one element
//    with Lit).
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
  // measured 54.15, then 70.72 (71.96 now) with the Japanese, Chinese, Spanish, French, German and Arabic
  // words (13.8 kB gzip together): the one file carries what the CDN build fetches on demand,
  // and the code that fetches it; the loader's pages fetch only their own language's words.
  'film-elements.min.js': 74.3,
  // measured 1.32: it keeps each element's room before the element is defined, runs as a classic
  // script (issue 21), and knows each element's chunks, to fetch them beside the element (issue 18);
  // since each element's section readers and formats are chunks of their own, it lists more of them.
  'film-elements.loader.min.js': 1.4,
  // Measured again when each element came to read only the sections it shows (the readers of
  // reviews, accolades, milestones… go with the elements that show them: 0 to 2.8 kB gzip less);
  // film-card, film-scores and review-card, which show reviews or scores, kept their budgets.
  'accolade-table': 36.3, // measured 34.54
  'cast-list': 32.1, // measured 30.54
  'content-advisory': 31.3, // measured 29.77
  'film-card': 33.6, // measured 32.03
  'film-hatnote': 29.9, // measured 28.44
  'film-infobox': 33.8, // measured 32.12
  'film-plot': 31.1, // measured 29.60
  'film-scores': 34.3, // measured 32.68
  'film-timeline': 31.5, // measured 29.95
  'review-card': 37.1, // measured 35.46
};
/** An element added since the budgets were set gets the largest element budget until it has its own. */
const newElementBudget = Math.max(...Object.entries(budgets).filter(([k]) => !k.endsWith('.js')).map(([, v]) => v));

/** The targets of the weight issue, in kB gzip. */
const targets = { bundle: 30, element: 14 };

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
