/**
 * What a schema.org JSON-LD document holds, asked the same way by the JSON-LD reader, the
 * importers and the page's own JSON-LD: a node's type, the document's nodes (a bare node, a
 * list, an `@graph`) and the `{ "@id": … }` references between them, every Movie in reading
 * order, and the one a `#fragment` names. It never imports the reader, and no element loads it
 * up front (whether a document is JSON-LD at all is jsonld-detect.ts).
 */
import { type JsonObject, isObject } from './reader.js';

/** `Movie`, `schema:Movie` and `https://schema.org/Movie` all name the same type. */
export const typeName = (t: unknown): string => (typeof t === 'string' ? t.replace(/^(?:schema:|https?:\/\/schema\.org\/)/, '') : '');

/** Whether a node's `@type` (text or a list) names `name`. */
export function hasType(node: JsonObject, name: string): boolean {
  const types = node['@type'];
  return Array.isArray(types) ? types.some((t) => typeName(t) === name) : typeName(types) === name;
}

export const isMovie = (node: unknown): node is JsonObject => isObject(node) && hasType(node, 'Movie');

const REVIEW_TYPES = ['Review', 'CriticReview', 'UserReview', 'EmployerReview'];
export const isReview = (node: JsonObject): boolean => REVIEW_TYPES.some((t) => hasType(node, t));

/** A company (IMDb's `creator` mixes them with people; a review by one has no critic). */
export const isOrganization = (node: unknown): boolean => isObject(node) && hasType(node, 'Organization');

/** A document's nodes and an index of them by `@id`. */
export interface Graph {
  nodes: JsonObject[];
  byId: Map<string, JsonObject>;
}

/** The top-level nodes of a document, with any `@graph` opened, and an index by `@id`. */
export function graphOf(data: unknown): Graph {
  const nodes: JsonObject[] = [];
  const add = (value: unknown) => {
    for (const node of Array.isArray(value) ? value : [value]) {
      if (!isObject(node)) continue;
      if ('@type' in node) nodes.push(node);
      // A graph inside a graph is as deep as pages go; deeper nesting is not followed.
      const graph = node['@graph'];
      for (const inner of Array.isArray(graph) ? graph : graph ? [graph] : []) if (isObject(inner)) nodes.push(inner);
    }
  };
  add(data);
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  return { nodes, byId };
}

/** The node a `{ "@id": … }` reference stands for; a node that names itself is its own. */
export const resolveOne = (o: JsonObject, byId: Map<string, JsonObject>) => (typeof o['@id'] === 'string' && !('name' in o) && byId.get(o['@id'])) || o;

/** Follows `{ "@id": … }` references through `byId` one step, so cycles end. */
export function resolverOf(byId: Map<string, JsonObject>): (v: unknown) => unknown {
  return (v) => (Array.isArray(v) ? v.map((item) => (isObject(item) ? resolveOne(item, byId) : item)) : isObject(v) ? resolveOne(v, byId) : v);
}

/** How far references are followed inside a Movie (movie → review → author → …) and how many objects are copied. */
const INLINE_DEPTH = 12;
const INLINE_BUDGET = 20_000;

/**
 * A copy of `node` with every `{ "@id": … }` reference replaced by the node it names, however
 * deep, so each reader sees whole objects (a Yoast graph refers to its people and images by id).
 * A reference back into the path being copied (a cycle) stays a reference.
 */
export function inlined(node: JsonObject, byId: Map<string, JsonObject>): JsonObject {
  let budget = INLINE_BUDGET;
  const path = new Set<object>();
  const copy = (value: unknown, depth: number): unknown => {
    if (Array.isArray(value)) return value.map((item) => copy(item, depth));
    if (!isObject(value)) return value;
    const o = resolveOne(value, byId);
    if (path.has(o) || depth > INLINE_DEPTH || --budget < 0) return o;
    path.add(o);
    const out: JsonObject = {};
    for (const key in o) out[key] = copy(o[key], depth + 1);
    path.delete(o);
    return out;
  };
  return copy(node, 0) as JsonObject;
}

/** A Movie found in a document, and the Reviews elsewhere that name it in `itemReviewed`. */
export interface Found {
  movie: JsonObject;
  outside: JsonObject[];
}

const asList = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/** A list item's place: `position` as a number or as text; items without one keep their order. */
const position = (entry: unknown) => {
  const p = isObject(entry) ? Number(isObject(entry['position']) ? entry['position']['@value'] : entry['position']) : NaN;
  return Number.isFinite(p) ? p : Infinity;
};

/**
 * Every Movie of a document in reading order: bare or in an `@graph`, a carousel's list items
 * (by `position`), a page's `mainEntity` or `about`, a Review's `itemReviewed`; each once. Also
 * the addresses a summary carousel lists instead of films.
 */
export function moviesOf({ nodes, byId }: Graph): { found: Found[]; listed: string[] } {
  const found: Found[] = [];
  const listed: string[] = [];
  const resolve = (v: unknown) => (isObject(v) ? resolveOne(v, byId) : v);
  const add = (candidate: unknown, review?: JsonObject) => {
    const movie = resolve(candidate);
    if (!isMovie(movie)) return false;
    const id = typeof movie['@id'] === 'string' ? movie['@id'] : undefined;
    let known = found.find((f) => f.movie === movie || (id !== undefined && f.movie['@id'] === id));
    if (!known) found.push((known = { movie, outside: [] }));
    if (review && !known.outside.includes(review)) known.outside.push(review);
    return true;
  };
  const visit = (node: JsonObject) => {
    if (add(node)) return;
    const entries = asList(node['itemListElement']).map((e, i) => ({ e: resolve(e), i }));
    entries.sort((a, b) => position(a.e) - position(b.e) || a.i - b.i);
    for (const { e } of entries) {
      if (!isObject(e)) continue;
      if (add(e['item'])) continue;
      const item = resolve(e['item']);
      const link = isObject(item) ? item['url'] ?? item['@id'] : e['url'] ?? item;
      if (typeof link === 'string') listed.push(link);
    }
    if (isReview(node)) add(node['itemReviewed'], node);
    // A review hung off a page or an article rather than its film still names the film it is about.
    for (const review of asList(node['review']).map(resolve)) if (isObject(review)) add(review['itemReviewed'], review);
    for (const key of ['mainEntity', 'about']) for (const inner of asList(node[key])) add(inner);
  };
  nodes.forEach(visit);
  return { found, listed };
}

/** The first Movie of a document, the one read when no `#fragment` names another. */
export const firstMovie = (data: unknown): JsonObject | undefined => moviesOf(graphOf(data)).found[0]?.movie;

/** The names a Movie answers to in a `#fragment`: its identifier, `@id` and url, whole or their last part. */
export function answersTo(movie: JsonObject, pick: string): boolean {
  const id = movie['identifier'];
  const names = [isObject(id) ? id['value'] : id, movie['@id'], movie['url']].filter((n): n is string | number => typeof n === 'string' || typeof n === 'number');
  return names.map(String).some((name) => {
    const tail = name.replace(/[/#]+$/, '');
    return name === pick || tail.slice(tail.lastIndexOf('#') + 1) === pick || tail.slice(tail.lastIndexOf('/') + 1) === pick;
  });
}

export const filmName = (movie: JsonObject) => (typeof movie['name'] === 'string' ? `"${movie['name']}"` : 'a film with no name');

/** A name for the second film of a list, for the hint that tells how to pick it. */
export function exampleName(movie: JsonObject): string {
  for (const name of [movie['identifier'], movie['@id'], movie['url']]) {
    if (typeof name !== 'string') continue;
    const tail = name.replace(/[/#]+$/, '');
    return tail.slice(Math.max(tail.lastIndexOf('#'), tail.lastIndexOf('/')) + 1);
  }
  return 'its-id';
}
