/**
 * The limits of JSON text read, checked before `JSON.parse` builds anything: by the elements'
 * fast path and by the CMS repairs (json-text.ts) alike.
 */

export const DEFAULT_MAX_DEPTH = 64;

/**
 * The longest text read: a film with every list full is a few megabytes; a hundred megabytes
 * would hold a reader's page while `JSON.parse` builds it.
 */
export const MAX_JSON_CHARS = 32 * 1024 * 1024;

/** A JSON string (skipped whole, escapes included) or one bracket. */
const TOKEN = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"|[[\]{}]/g;

/**
 * Whether JSON text nests deeper than `max`, decided before `JSON.parse` builds anything:
 * fifty megabytes of `[[[[` is turned away after its first few dozen characters. The regular
 * expression skips strings in native code, which is several times faster than a loop here.
 */
export function tooDeep(json: string, max: number): boolean {
  let depth = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.test(json)) {
    const c = json.charCodeAt(TOKEN.lastIndex - 1);
    if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > max) return true;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return false;
}

/** After this many nodes the walk starts remembering what it has seen (see `valueTooDeep`). */
const FAST_WALK_NODES = 200_000;

/** Walks without recursion; `seen`, when given, makes each object count once. */
function walk(root: object, max: number, budget: number, seen?: Set<object>): 'deep' | 'over budget' | 'fine' {
  const nodes: object[] = [root];
  const depths: number[] = [1];
  let visits = 0;
  while (nodes.length) {
    const node = nodes.pop()! as Record<string, unknown>;
    const depth = depths.pop()!;
    if (depth > max) return 'deep';
    if (++visits > budget) return 'over budget';
    if (seen) {
      if (seen.has(node)) continue;
      seen.add(node);
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const child: unknown = node[i];
        if (typeof child === 'object' && child !== null) nodes.push(child), depths.push(depth + 1);
      }
    } else {
      for (const key in node) {
        const child = node[key];
        if (typeof child === 'object' && child !== null) nodes.push(child), depths.push(depth + 1);
      }
    }
  }
  return 'fine';
}

/**
 * Whether an object handed over directly nests deeper than `max`. A plain walk is cheapest and
 * settles every film-sized document; a cycle shows up there as endless depth. Only when shared
 * references multiply the walk (2^40 paths through 41 objects) is it redone with a visited
 * set, which bounds it by the number of distinct objects.
 */
export function valueTooDeep(root: unknown, max: number): boolean {
  if (typeof root !== 'object' || root === null) return false;
  const fast = walk(root, max, FAST_WALK_NODES);
  if (fast !== 'over budget') return fast === 'deep';
  return walk(root, max, Infinity, new Set()) === 'deep';
}
