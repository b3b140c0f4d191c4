import type { ParseOptions, ParseResult } from './types.js';
import { type ReadOptions, readFilm as readSome } from './read-film.js';
import * as full from './read-full.js';
import * as jsonLd from './jsonld-reader.js';
import { everySection } from './sections/index.js';
import { readReview as readSomeReview } from './sections/reception.js';

/**
 * Reads a film from our film JSON or schema.org `Movie` JSON-LD, given as an object or as
 * JSON text, every section included, at once: the full reader and the JSON-LD reader are built
 * in. Never throws: what it cannot use is left out and described in `problems`.
 */
export function parseFilm(input: unknown, options: ParseOptions = {}): ParseResult {
  return readSome(input, { ...options, sections: everySection }, jsonLd, full) as ParseResult;
}

/**
 * Reads a film as `parseFilm` does, every section included unless `sections` names fewer, but
 * fetches the JSON-LD reader only for a JSON-LD document: a promise only then, unless `jsonLd`
 * (the reader's module) is given. The full reader is built in.
 */
export const readFilm: typeof readSome = (input, options: ReadOptions = {}, reader) =>
  readSome(input, { sections: everySection, ...options }, reader, full);

/**
 * Reads one review on its own, as the review card is given it, with the full reader built in:
 * a promise only while the JSON-LD reader is fetched for a schema.org `Review`.
 */
export const readReview: typeof readSomeReview = (input, options = {}, reader) => readSomeReview(input, options, reader, full);
