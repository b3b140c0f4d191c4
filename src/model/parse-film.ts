import type { ParseOptions, ParseResult } from './types.js';
import { readFilm as readShown } from './read-film.js';
import * as jsonLd from './jsonld-reader.js';
import { readEverySection } from './sections/index.js';

// What reads for tools and developers reads every section; an element reads those it shows.
readEverySection();

/**
 * Reads a film from our film JSON or schema.org `Movie` JSON-LD, given as an object or as
 * JSON text, at once: the JSON-LD reader is built in. Never throws: what it cannot use is left
 * out and described in `problems`.
 */
export function parseFilm(input: unknown, options: ParseOptions = {}): ParseResult {
  return readShown(input, options, jsonLd) as ParseResult;
}

/**
 * Reads a film as `parseFilm` does, every section included, but fetches the JSON-LD reader only
 * for a JSON-LD document: a promise only then, unless `jsonLd` (the reader's module) is given.
 * A function of this module, not a re-export: a bundler may skip a module that only re-exports,
 * and with it the registration above.
 */
export const readFilm: typeof readShown = (input, options, reader) => readShown(input, options, reader);
