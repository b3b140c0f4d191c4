import type { ParseOptions, ParseResult } from './types.js';
import { readFilm } from './read-film.js';
import * as jsonLd from './jsonld-reader.js';

/**
 * Reads a film from our film JSON or schema.org `Movie` JSON-LD, given as an object or as
 * JSON text, at once: the JSON-LD reader is built in. Never throws: what it cannot use is left
 * out and described in `problems`.
 */
export function parseFilm(input: unknown, options: ParseOptions = {}): ParseResult {
  return readFilm(input, options, jsonLd) as ParseResult;
}
