/**
 * The full reader: every document the fast path of read-film.ts declines, read with the forgiving
 * helpers (forgiving.ts): JSON text mended where a CMS mangled it (json-text.ts), schema.org
 * JSON-LD (jsonld-reader.ts, fetched the first time a document is JSON-LD), values written as
 * words, and every problem told with its path. Fetched on demand by the elements; built into
 * `parseFilm`. It never throws: the caller gets what could be read and the problems.
 */
import type { Film, ParseOptions, ParseResult, Problem, Review, ReviewResult, Unreadable } from './types.js';
import { Reader, isObject } from './reader.js';
import * as helpers from './forgiving.js';
import type { Forgiving } from './reader.js';

const forgiving: Forgiving = helpers;
import { readFilmJson } from './film-json.js';
import { readJsonText } from './json-text.js';
import { DEFAULT_MAX_DEPTH } from './json-depth.js';
import { type ReadOptions, withYear } from './film-json.js';
import { valueTooDeep } from './json-depth.js';

/** The JSON-LD reader's module, fetched on demand by the full reader. */
export type JsonLdReader = typeof import('./jsonld-reader.js');
import { isJsonLd } from './jsonld-detect.js';

let fetched: JsonLdReader | undefined;
let fetching: Promise<JsonLdReader> | undefined;

/** The JSON-LD reader; a failed fetch (a flaky CDN) is tried again next time. */
function jsonLdReader(): Promise<JsonLdReader> {
  fetching ??= import('./jsonld-reader.js').then(
    (reader) => (fetched = reader),
    (error: unknown) => {
      fetching = undefined;
      throw error;
    },
  );
  return fetching;
}

const refuse = (message: string, extra: Partial<Problem> = {}): ParseResult =>
  ({ film: { title: '' }, problems: [{ path: '', message, severity: 'error', ...extra }] });

/** A reader with the forgiving helpers, which tells each problem rather than declining. */
const forgivingReader = (data: unknown, options: ParseOptions) =>
  new Reader({ jsonLd: isJsonLd(data), ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }) }, forgiving);

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

/** The text's document, or the refusal to give for it; both with the repairs made. */
type Document = { data: unknown; repairs?: string[] } | { refusal: ParseResult };

function documentOf(input: unknown, options: ParseOptions): Document {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (typeof input !== 'string') {
    if (valueTooDeep(input, maxDepth)) return { refusal: refuse(`the film data is nested more than ${maxDepth} levels deep, so it was not read`) };
    return { data: input };
  }
  const read = readJsonText(input, { maxDepth });
  if ('value' in read) return read.repairs.length ? { data: read.value, repairs: read.repairs } : { data: read.value };
  if (read.refused === 'deep' || read.refused === 'long') return { refusal: refuse(read.error) };
  const unreadable: Unreadable = { reason: read.refused === 'html' ? 'web page' : 'not JSON', detail: read.error };
  const message = unreadable.reason === 'web page'
    ? 'this is a web page, not JSON, so no film could be read'
    : 'this is not valid JSON, so no film could be read: look for a missing comma, quote or bracket';
  const at = read.line === undefined ? {} : { line: read.line, column: read.column! };
  return { refusal: { ...refuse(message, at), unreadable } };
}

function readDocument(data: unknown, options: ReadOptions, jsonLd: JsonLdReader | undefined): ParseResult {
  const reader = forgivingReader(data, options);
  let film: Film;
  if (reader.jsonLd) {
    const read = jsonLd!.readJsonLd(reader, data, options.pick);
    if (typeof read === 'string') return refuse(read);
    film = read;
  } else if (isObject(data)) {
    film = readFilmJson(reader, data, options.sections);
  } else {
    return refuse(`expected a film (an object with a "title", or schema.org Movie JSON-LD), got ${whatItIs(data)}`);
  }
  return { film: withYear(film), problems: reader.finish() };
}

/**
 * Runs `read` on the document with the JSON-LD reader in hand: at once when the document is not
 * JSON-LD or the reader is here (or `jsonLd` is given), else once it is fetched.
 */
function withReader<T>(data: unknown, jsonLd: JsonLdReader | undefined, read: (jsonLd?: JsonLdReader) => T): T | Promise<T> {
  const reader = jsonLd ?? fetched;
  return reader || !isJsonLd(data) ? read(reader) : jsonLdReader().then(read);
}

/** A getter that throws, a Proxy, a revoked object: still an answer, never an exception. */
function safely<T>(read: () => T, refusal: (message: string) => T): T {
  try {
    return read();
  } catch (error) {
    return refusal(`the film data could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * Reads a film from our film JSON or schema.org `Movie` JSON-LD, given as an object or as JSON
 * text, with the sections whose readers `options.sections` gives (the model's `readFilm`, in
 * parse-film.ts, gives them all). A promise only while the JSON-LD reader is being
 * fetched for a JSON-LD document; it rejects only when that fetch fails. `jsonLd` is for callers
 * that bundle the reader.
 */
export function readInFull(input: unknown, options: ReadOptions = {}, jsonLd?: JsonLdReader): ParseResult | Promise<ParseResult> {
  return safely(() => {
    const doc = documentOf(input, options);
    if ('refusal' in doc) return doc.refusal;
    const repaired = (result: ParseResult) => (doc.repairs ? { ...result, repairs: doc.repairs } : result);
    return withReader(doc.data, jsonLd, (reader) => repaired(safely(() => readDocument(doc.data, options, reader), refuse)));
  }, refuse);
}

/**
 * Reads one review on its own with `readJson` for our film JSON (sections/reception.ts, which
 * gives `readReview`), so that the elements that show no review do not carry the reader of one.
 */
export function readReviewInFull(
  readJson: (r: Reader, data: unknown) => Review | undefined, input: unknown, options: ParseOptions = {}, jsonLd?: JsonLdReader,
): ReviewResult | Promise<ReviewResult> {
  const refusal = (message: string): ReviewResult => ({ problems: refuse(message).problems });
  return safely(() => {
    const doc = documentOf(input, options);
    if ('refusal' in doc) {
      const { problems, unreadable } = doc.refusal;
      return unreadable ? { problems, unreadable } : { problems };
    }
    const read = (reader?: JsonLdReader): ReviewResult => safely(() => {
      const r = forgivingReader(doc.data, options);
      const review = r.jsonLd ? reader!.readJsonLdReview(r, doc.data) : readJson(r, doc.data);
      const result: ReviewResult = review ? { review, problems: r.finish() } : { problems: r.finish() };
      return doc.repairs ? { ...result, repairs: doc.repairs } : result;
    }, refusal);
    return withReader(doc.data, jsonLd, read);
  }, refusal);
}

