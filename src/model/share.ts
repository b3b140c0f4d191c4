/**
 * Structural sharing between two readings of a film: every part of `next` that equals the same
 * part of `previous` is replaced by the previous object itself. A page that sets a new film with
 * one field changed then hands the elements a film whose untouched sections are the very
 * objects they rendered before, so templates can skip them by identity.
 */
export function keepUnchanged<T>(previous: T, next: T): T {
  if (previous === next || typeof previous !== 'object' || typeof next !== 'object' || !previous || !next) return next;
  if (Array.isArray(previous) !== Array.isArray(next)) return next;
  if (Array.isArray(previous)) {
    const after = next as unknown[];
    const kept = after.map((item, i) => keepUnchanged(previous[i], item));
    if (kept.length === previous.length && kept.every((item, i) => item === previous[i])) return previous;
    return kept.every((item, i) => item === after[i]) ? next : (kept as T);
  }
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  let same = Object.keys(before).length === Object.keys(after).length;
  let fresh = true;
  for (const key of Object.keys(after)) {
    kept[key] = keepUnchanged(before[key], after[key]);
    if (kept[key] !== before[key] || !(key in before)) same = false;
    if (kept[key] !== after[key]) fresh = false;
  }
  return same ? previous : fresh ? next : (kept as T);
}
