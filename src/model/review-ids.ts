/**
 * An element's `review` attribute picks a review by id, so every review needs one that stays the
 * same when the data is edited: the author's own, else one made from the outlet or critic.
 */
import type { Review } from './types.js';
import { type Reader, describe } from './reader.js';
import { slug } from './slug.js';

/** A review read without its id settled: `id` is `''` when the author gave none. */
type Draft = Review;

export function uniqueReviewIds(r: Reader, drafts: Draft[] | undefined, path: string): Review[] | undefined {
  if (!drafts) return undefined;
  // Authors' ids are kept first, so a made-up id never takes one an author chose.
  const taken = new Set(drafts.map((d) => d.id).filter(Boolean));
  const given = new Set<string>();
  const suffixes = new Map<string, number>();
  const free = (base: string) => nextFree(base, taken, suffixes);
  drafts.forEach((draft, i) => {
    let id = draft.id;
    if (id && given.has(id)) {
      const renamed = free(id);
      r.warn(`${path}[${i}].id`, `the id ${describe(id)} is already used by another review; renamed this one ${describe(renamed)}`);
      id = renamed;
    } else if (!id) {
      id = free(slug(draft.outlet ?? draft.critic?.name ?? draft.headline ?? '') || 'review');
    }
    given.add(id);
    taken.add(id);
    draft.id = id; // set in place: copying thousands of reviews costs more than the rest of the parse
  });
  return drafts;
}

/**
 * `base`, or `base-2`, `base-3`… whichever is not taken yet. The next suffix to try is kept
 * per base, so ten thousand reviews without an outlet do not cost ten thousand tries each.
 */
function nextFree(base: string, taken: Set<string>, suffixes: Map<string, number>): string {
  if (!taken.has(base)) return base;
  let n = suffixes.get(base) ?? 2;
  while (taken.has(`${base}-${n}`)) n++;
  suffixes.set(base, n + 1);
  return `${base}-${n}`;
}
