/**
 * The one way a film is read, by the elements, the command line and the builder alike: our film
 * JSON or schema.org JSON-LD, as an object or as JSON text (mended where a CMS mangled it), and
 * a review on its own. It never throws: the caller gets what could be read and the problems.
 *
 * Well-formed film JSON (as the builder, `import`, `render` and `publish` write it) is read here,
 * on a fast path: the same section readers, with a `Reader` that has no forgiving helpers and
 * declines at the first value that needs them or the first problem. Anything else (a CMS's
 * mangled text, values written as words, unknown keys, JSON-LD, any problem to tell) is read in
 * full by read-full.ts, fetched the first time a document needs it, so a clean page never loads
 * it; until then such a reading is a promise. The fast path gives exactly the full reader's film
 * (a differential test holds it to that), or declines. `parseFilm` (parse-film.ts) has the full
 * reader built in and always answers at once.
 */
import type { ParseOptions, ParseResult, Review, ReviewResult } from './types.js';
import { Reader, isObject } from './reader.js';
import { type ReadOptions, readFilmJson, withYear } from './film-json.js';
import type { JsonLdReader } from './read-full.js';
import { DEFAULT_MAX_DEPTH, MAX_JSON_CHARS, tooDeep, valueTooDeep } from './json-depth.js';
import { isJsonLd } from './jsonld-detect.js';

export type { ReadOptions };

export type { JsonLdReader } from './read-full.js';
/** The full reader's module. */
export type FullReader = typeof import('./read-full.js');

let fetching: Promise<FullReader> | undefined;

/** The full reader; a failed fetch (a flaky CDN) is tried again next time. */
function fullReader(): Promise<FullReader> {
  fetching ??= import('./read-full.js').catch((error: unknown) => {
    fetching = undefined;
    throw error;
  });
  return fetching;
}

/**
 * Reads a well-formed document of our film JSON with `read` and a reader that declines at
 * anything else: what `read` gives, or undefined when the full reader is needed. Text is taken
 * only as plain JSON, within the limits the full reader refuses beyond.
 */
function fast<T>(input: unknown, options: ParseOptions, read: (r: Reader, data: Record<string, unknown>) => T): T | undefined {
  try {
    const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    let data = input;
    if (typeof input === 'string') {
      if (input.length > MAX_JSON_CHARS || tooDeep(input, maxDepth)) return undefined;
      data = JSON.parse(input);
    } else if (valueTooDeep(input, maxDepth)) return undefined;
    if (!isObject(data) || isJsonLd(data)) return undefined;
    return read(new Reader({ jsonLd: false, ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }) }), data);
  } catch {
    // A decline, text that is not plain JSON, a getter that throws: the full reader tells which.
    return undefined;
  }
}

/**
 * Reads a film from our film JSON or schema.org `Movie` JSON-LD, given as an object or as JSON
 * text, with the sections whose readers `options.sections` gives (the model's `readFilm`, in
 * parse-film.ts, gives them all). A promise only while the full reader (or the JSON-LD reader)
 * is being fetched; it rejects only when that fetch fails. `jsonLd` and `full` are for callers
 * that bundle those readers.
 */
export function readFilm(input: unknown, options: ReadOptions = {}, jsonLd?: JsonLdReader, full?: FullReader): ParseResult | Promise<ParseResult> {
  const film = fast(input, options, (r, data) => withYear(readFilmJson(r, data, options.sections)));
  if (film) return { film, problems: [] };
  return full ? full.readInFull(input, options, jsonLd) : fullReader().then((reader) => reader.readInFull(input, options, jsonLd));
}

/**
 * Reads one review on its own with `readJson` for our film JSON (sections/reception.ts, which
 * gives `readReview`), so that the elements that show no review do not carry the reader of one.
 */
export function readReviewWith(
  readJson: (r: Reader, data: unknown) => Review | undefined, input: unknown, options: ParseOptions = {}, jsonLd?: JsonLdReader,
  full?: FullReader,
): ReviewResult | Promise<ReviewResult> {
  const read = fast(input, options, (r, data) => ({ review: readJson(r, data) }));
  if (read) return read.review ? { review: read.review, problems: [] } : { problems: [] };
  return full
    ? full.readReviewInFull(readJson, input, options, jsonLd)
    : fullReader().then((reader) => reader.readReviewInFull(readJson, input, options, jsonLd));
}

/**
 * Why a reading holds no film worth showing (nothing but an empty title), as the first error's
 * path and message; `undefined` when it is a film.
 */
export function whyNotAFilm({ film, problems }: ParseResult): string | undefined {
  const hasFacts = Object.entries(film).some(([key, value]) => (key === 'title' ? value !== '' : value !== undefined));
  if (hasFacts) return undefined;
  const first = problems.find((p) => p.severity === 'error') ?? problems[0];
  return first ? `${first.path || '(document)'}: ${first.message}` : '{}';
}
