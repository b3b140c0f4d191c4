/**
 * Reads a film from whatever the page hands over, without the JSON-LD reader: elements fetch
 * that reader only when a document turns out to be JSON-LD (`parseFilm` in parse.ts has it
 * built in). It never throws: the caller gets a film to render (perhaps only `{ title: '' }`)
 * and the problems to show.
 */
import type { Film, ParseOptions, ParseResult } from './types.js';
import { Reader, isObject } from './read.js';
import { readFilmJson } from './film-json.js';

/** Reads a JSON-LD document into a film, or says in words why it holds none. */
export type JsonLdReader = (r: Reader, data: unknown) => Film | string;

/** A JSON-LD document met without a JSON-LD reader: read it again with one. */
export interface NeedsJsonLd {
  jsonLd: unknown;
}

const DEFAULT_MAX_DEPTH = 64;

function refuse(message: string): ParseResult {
  return { film: { title: '' }, problems: [{ path: '', message, severity: 'error' }] };
}

/** A JSON string (skipped whole, escapes included) or one bracket. */
const TOKEN = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"|[[\]{}]/g;

/**
 * Whether JSON text nests deeper than `max`, decided before `JSON.parse` builds anything:
 * fifty megabytes of `[[[[` is turned away after its first few dozen characters. The regular
 * expression skips strings in native code, which is several times faster than a loop here.
 */
function textTooDeep(json: string, max: number): boolean {
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
 * The same question for objects handed over directly. A plain walk is cheapest and settles
 * every film-sized document; a cycle shows up there as endless depth. Only when shared
 * references multiply the walk (2^40 paths through 41 objects) is it redone with a visited
 * set, which bounds it by the number of distinct objects.
 */
function valueTooDeep(root: unknown, max: number): boolean {
  if (typeof root !== 'object' || root === null) return false;
  const fast = walk(root, max, FAST_WALK_NODES);
  if (fast !== 'over budget') return fast === 'deep';
  return walk(root, max, Infinity, new Set()) === 'deep';
}

/** What a document that is not a film turned out to be, for the one problem it gets. */
function whatItIs(data: unknown): string {
  if (Array.isArray(data)) {
    const kinds = new Set(data.slice(0, 1000).map((item) => (item === null ? 'null' : Array.isArray(item) ? 'list' : typeof item)));
    const only = kinds.size === 1 ? [...kinds][0] : undefined;
    const noun = only === 'number' ? 'numbers' : only === 'string' ? 'strings' : only === 'list' ? 'lists' : 'items';
    return data.length ? `a list of ${data.length} ${noun}` : 'an empty list';
  }
  if (typeof data === 'string') return 'a piece of text';
  if (typeof data === 'number') return `the number ${data}`;
  return data === null || data === undefined ? 'nothing' : String(data);
}

function parse(input: unknown, options: ParseOptions, jsonLd: JsonLdReader | undefined): ParseResult | NeedsJsonLd {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const tooDeep = `the film data is nested more than ${maxDepth} levels deep, so it was not read`;
  let data = input;
  if (typeof input === 'string') {
    if (textTooDeep(input, maxDepth)) return refuse(tooDeep);
    try {
      data = JSON.parse(input);
    } catch {
      return refuse('this is not valid JSON, so no film could be read: look for a missing comma, quote or bracket');
    }
  } else if (valueTooDeep(input, maxDepth)) return refuse(tooDeep);

  let film: Film;
  let reader: Reader;
  if (looksLikeJsonLd(data)) {
    if (!jsonLd) return { jsonLd: data };
    reader = new Reader({ jsonLd: true, ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }) });
    const read = jsonLd(reader, data);
    if (typeof read === 'string') return refuse(read);
    film = read;
  } else if (isObject(data)) {
    reader = new Reader({ jsonLd: false, ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }) });
    film = readFilmJson(reader, data);
  } else {
    return refuse(`expected a film (an object with a "title", or schema.org Movie JSON-LD), got ${whatItIs(data)}`);
  }

  // The year of first release, when the data gives releases but no year.
  if (film.year === undefined && film.releases) {
    // A loop, not Math.min(...list): spreading a huge list would overflow the stack.
    let first = Infinity;
    for (const release of film.releases) first = Math.min(first, Number(release.date.slice(0, 4)));
    film.year = first;
  }
  return { film, problems: reader.finish() };
}

/** Whether a parsed document looks like JSON-LD rather than our film JSON. */
function looksLikeJsonLd(data: unknown): boolean {
  const nodes = Array.isArray(data) ? data : [data];
  return nodes.some((n) => isObject(n) && ('@type' in n || '@graph' in n || '@context' in n));
}

/**
 * Reads a film from our film JSON, or from schema.org `Movie` JSON-LD with `jsonLd` given, as an
 * object or as JSON text. Without `jsonLd`, a JSON-LD document comes back as `NeedsJsonLd`.
 */
export function readFilm(input: unknown, options: ParseOptions, jsonLd: JsonLdReader): ParseResult;
export function readFilm(input: unknown, options: ParseOptions, jsonLd?: JsonLdReader): ParseResult | NeedsJsonLd;
export function readFilm(input: unknown, options: ParseOptions, jsonLd?: JsonLdReader): ParseResult | NeedsJsonLd {
  try {
    return parse(input, options, jsonLd);
  } catch (error) {
    // A getter that throws, a Proxy, a revoked object: still an answer, never an exception.
    return refuse(`the film data could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}
