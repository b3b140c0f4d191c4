/**
 * The one shape every source of films has: a kind, its name for an author, how to tell its text
 * from the others, and how to read it. The list of them (importers.ts) is what `importFilm`, the
 * command, the builder and the README take their kinds from, so a new source is one file.
 */
import { type JsonText, readJsonText } from '../model/json-text.js';
import type { FilmInput, LangMap } from '../model/types.js';
import type { Notes } from './notes.js';

/**
 * Every refusal, by what it is, with the values its sentence names (`object`: it names none). The
 * message of a refusal is its sentence in English, as the command says it; a tool that speaks
 * another language says it in its own words from the reason and these values (the builder, in
 * Korean).
 */
export interface Refusals {
  empty: object;
  /** None of the importers claims the text; `kinds` are theirs, in the list's order. */
  noKind: { kinds: string[] };
  noTitle: object;
  /** `detail` is the JSON reader's own words, or the parser's; `refused` when it would not parse it at all. */
  notJson: { line?: number; column?: number; detail: string; refused?: Extract<JsonText, { error: string }>['refused'] };
  /** `detail` is the model's first problem with the document (its path and message). */
  notAFilm: { detail: string };
  jsonLdNotAFilm: { detail: string };
  jsonLdNoName: object;
  wikitextNoInfobox: object;
  /** `template` is the infobox's name as written (`영화 정보`). */
  wikitextOtherInfobox: { template: string };
  notWikitext: object;
  wikitextNoTitle: object;
  pageNoJsonLd: object;
  /** A Wikipedia article saved as a web page: `title` fetches it from `wiki` (`en`, `ko`). */
  pageWikipedia: { wiki: string; title: string };
  notTmdb: object;
  tmdbPartAlone: { part: string; id: string };
  tmdbNoTitle: object;
  notWikidata: object;
  wikidataNoEntity: object;
  wikidataNoLabel: { id: string };
  // Fetching (live.ts): `service` is TMDB, Wikidata or Wikipedia.
  timeout: { service: string; seconds: number };
  unreachable: { service: string; host: string };
  tmdbKeyRefused: object;
  serviceRefused: { service: string; status: number };
  /** `seconds` to wait, when the service says; otherwise a minute. */
  tooManyRequests: { service: string; seconds?: number };
  serviceError: { service: string; status: number };
  answerNotJson: { service: string };
  answerNotFilm: { service: string };
  tmdbId: { given: string };
  tmdbKey: object;
  tmdbMissing: { id: string };
  wikidataId: { given: string };
  wikidataMissing: { id: string };
  wikidataLabels: object;
  noArticleTitle: object;
  wikiLanguage: { wiki: string };
  wikipediaMissing: { wiki: string; title: string };
}

export type RefusalReason = keyof Refusals;

/**
 * Nothing could be read: the message is one sentence an author can act on, in English; `reason`
 * and `values` say which sentence it is, for another language.
 */
export class ImportRefusal<R extends RefusalReason = RefusalReason> extends Error {
  override name = 'ImportRefusal';
  readonly values: Refusals[R];
  constructor(message: string, readonly reason: R, ...values: object extends Refusals[R] ? [] : [Refusals[R]]) {
    super(message);
    this.values = values[0] ?? {} as Refusals[R];
  }
}

export interface ImportOptions {
  /** The article's or page's address: its relative links resolve against it, and it is the source's link. */
  baseUrl?: string;
  /**
   * Names of the entities a Wikidata film refers to by id (`Q8006` → its labels by language), as
   * `wbgetentities` gives them; entities in the imported document itself are read too.
   */
  labels?: Record<string, LangMap>;
}

/** The text as every detector sees it: trimmed, and its JSON value when it is JSON. */
export interface Sniffed {
  text: string;
  /** The parsed value when the text starts like JSON and is JSON; undefined otherwise. */
  json: unknown;
  /** Whether the text starts like JSON (`{` or `[`), whether or not it parses. */
  jsonLike: boolean;
}

export interface Importer<K extends string = string> {
  kind: K;
  /** What it is, in an author's words ("Wikipedia wikitext"). */
  label: string;
  /** What it reads, in one line, for the command's help and the README. */
  reads: string;
  /** Whether a text is this source's; asked in the list's order, the first that says yes reads it. */
  detect(sniffed: Sniffed): boolean;
  /** The film, or an ImportRefusal; what was read but has no place goes into `notes`. */
  read(text: string, notes: Notes, options: ImportOptions): FilmInput;
}

/** A source in the list's shape, its kind kept as a literal so that the list types the kinds. */
export const importer = <K extends string>(source: Importer<K>): Importer<K> => source;

/** The JSON text of a document, or a refusal that says where it stops being JSON. */
export function jsonOf(text: string): unknown {
  const read = readJsonText(text);
  if ('value' in read) return read.value;
  const at = read.line === undefined ? '' : ` (line ${read.line}, column ${read.column})`;
  throw new ImportRefusal(`this is not valid JSON${at}: ${read.error}`, 'notJson', {
    ...(read.line !== undefined && { line: read.line, column: read.column! }), detail: read.error, ...(read.refused && { refused: read.refused }),
  });
}

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An article's wiki and title from its address (`https://ko.wikipedia.org/wiki/기생충_(영화)`); undefined for any other address. */
export function wikipediaArticle(address: string): { wiki: string; title: string } | undefined {
  const m = /^https?:\/\/([a-z-]+)\.(?:m\.)?wikipedia\.org\/wiki\/([^?#]+)/i.exec(address.trim());
  if (!m) return undefined;
  try {
    return { wiki: m[1]!.toLowerCase(), title: decodeURIComponent(m[2]!).replace(/_/g, ' ') };
  } catch {
    return { wiki: m[1]!.toLowerCase(), title: m[2]!.replace(/_/g, ' ') };
  }
}
