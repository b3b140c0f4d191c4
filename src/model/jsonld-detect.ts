/**
 * Whether a document is schema.org JSON-LD at all: the one question about JSON-LD that every
 * element asks, to know whether to fetch the JSON-LD reader. Everything else about a JSON-LD
 * document (its types, its Movies, which one is meant) is jsonld-shape.ts, which comes with the
 * reader; this stays apart so that an element carries nothing more.
 */
import { isObject } from './reader.js';

/** Whether a parsed document is JSON-LD rather than our film JSON: a node with `@type`, `@graph` or `@context`. */
export function isJsonLd(data: unknown): boolean {
  const nodes = Array.isArray(data) ? data : [data];
  return nodes.some((n) => isObject(n) && ('@type' in n || '@graph' in n || '@context' in n));
}
