/**
 * The film data contract: what every element renders from.
 *
 * These are the *normalised* shapes that `parseFilm` returns. Authors may write looser
 * JSON (strings for people, "93 minutes" for runtimes, "3/5" for ratings); the parser
 * coerces it into these shapes and reports what it had to drop.
 *
 * Text a reader sees may be given per language: such a field holds the text chosen without a
 * reader's language, and `localised` (localised.ts) keeps every language's value beside it.
 */
import type { Graph, ItemList, Movie, Review as SchemaReview, WithContext } from 'schema-dts';
import type { FilmInput } from './film-input.js';
import type { Localisable } from './localised.js';
export type { LangMap, Localisable } from './localised.js';

/** An ISO 8601 calendar date, possibly partial: `2023-10-05`, `2023-10` or `2023`. */
export type IsoDate = string;

/** Ids of entries in `Film.sources` that back a fact. */
export type SourceRefs = string[];

/** A fact that may carry the sources it comes from, and its text in several languages. */
export interface Sourced extends Localisable {
  sources?: SourceRefs;
}

/** A person or organisation, with a link only when the data gives a safe one. */
export interface Entity extends Sourced {
  name: string;
  /**
   * The name in another script or spelling (`이충현`, `Chung-Hyun Lee`); the language of one,
   * when known, is in `localised['altNames[i]']`.
   */
  altNames?: string[];
  url?: string;
  /** Earlier work, as the sources list it (a director's previous films). */
  knownFor?: string[];
}

/** A passage a source writes about something, kept with that source. */
export interface Passage extends Sourced {
  text: string;
}

export interface Title extends Localisable {
  text: string;
  /** BCP 47 language tag of this title (`ko`). */
  lang?: string;
}

/** A value that sources give differently: the first is the preferred one, the rest disagree. */
export interface Disputed<T> {
  value: T;
  sources?: SourceRefs;
}

export interface Credits {
  directors?: Entity[];
  /** The top-billed actors, as an encyclopedia infobox lists them. */
  starring?: Entity[];
  producers?: Entity[];
  writers?: Entity[];
  screenplay?: Entity[];
  story?: Entity[];
  /** The work the film is based on, as text ("the novel by …"). */
  basedOn?: Entity[];
  narrators?: Entity[];
  music?: Entity[];
  cinematography?: Entity[];
  editors?: Entity[];
}

export type CreditRole = keyof Credits;

export interface Companies {
  production?: Entity[];
  distributors?: Entity[];
}

export interface Release extends Sourced {
  date: IsoDate;
  /** Where: a festival, a country, a platform ("Busan International Film Festival", "Netflix"). */
  place?: string;
  /** What kind of release this was ("premiere", "streaming, worldwide"). */
  note?: string;
}

export interface CastMember extends Sourced {
  actor: Entity;
  character?: string;
  /** What the data says about the role ("a former bodyguard"). */
  note?: string;
  /** The actor's earlier work, as the sources list it. */
  knownFor?: string[];
  /** What each source writes about the character, side by side. */
  about?: Passage[];
  photo?: Image;
}

export interface Image {
  /** http, https or relative URL only: the parser drops anything else. */
  src: string;
  alt: string;
  caption?: string;
  width?: number;
  height?: number;
}

export interface Plot extends Sourced {
  /** A short spoiler-free line, shown before any reveal. */
  logline?: string;
  /** The full synopsis, paragraphs separated by blank lines. */
  text?: string;
  /** Whether `text` gives away the story. */
  spoilers?: boolean;
}

export interface Advisory extends Localisable {
  /** `dialog`, `violence`, `sexual`, `misc`, or the author's own category name. */
  category: string;
  items: string[];
}

export interface ContentRating extends Sourced {
  /** The rating as written: `TV-MA`, `15`, `R`. */
  rating: string;
  /** The rating system: `US TV Parental Guidelines`, `KMRB`. */
  system?: string;
  advisories?: Advisory[];
}

/**
 * A rating kept on the scale its author used. A number always comes with its scale;
 * a verdict or letter grade is text and is never turned into a number.
 */
export type Rating =
  | { kind: 'score'; value: number; best: number; worst?: number; unit?: 'stars' | 'percent' | 'points' }
  | { kind: 'grade'; grade: string }
  | { kind: 'verdict'; label: string };

export interface CriterionScore extends Localisable {
  name: string;
  rating: Rating;
}

export interface Recommendation extends Localisable {
  title: string;
  note?: string;
  url?: string;
}

export interface Review extends Sourced {
  /** Stable id, by which an element's `review` attribute picks this review. */
  id: string;
  /**
   * The page's own review, written by the site that shows it. Only these are marked up as
   * schema.org `Review` for search engines: a critic quoted from another outlet is shown, never
   * claimed (Google's review snippet guidelines).
   */
  own?: boolean;
  outlet?: string;
  critic?: Entity;
  date?: IsoDate;
  url?: string;
  lang?: string;
  /** A pull quote. */
  quote?: string;
  /** The longer body or summary, paragraphs separated by blank lines. */
  body?: string;
  headline?: string;
  rating?: Rating;
  /** A label that goes with the rating ("Mixed (Divisive)", "On The Fence"). */
  verdict?: string;
  criteria?: CriterionScore[];
  pros?: string[];
  cons?: string[];
  /** Who this is for. */
  audience?: string;
  recommendations?: Recommendation[];
  /** Whether `body` gives away the story. */
  spoilers?: boolean;
  /** Readers' own rating widget, as the page showed it (`0 votes`). */
  userRating?: { value?: number; best?: number; count: number };
}

export interface AggregateScore extends Sourced {
  /** The aggregator ("Rotten Tomatoes"), or the site itself for its readers' ratings. */
  source: string;
  /**
   * Ratings given by the page's own readers. Only such a score (with its `count`) is marked up
   * as `aggregateRating`: another site's aggregate is shown, never claimed.
   */
  own?: boolean;
  /** What the number means ("Tomatometer", "approval"). */
  name?: string;
  value: number;
  best: number;
  unit?: 'percent' | 'points' | 'stars';
  /** How many reviews the score counts. */
  count?: number;
  /** The average rating of those reviews, on its own scale. */
  average?: { value: number; best: number };
  url?: string;
}

export interface Viewership extends Sourced {
  /** Who reported the figures ("Netflix"). */
  source: string;
  period?: { start: IsoDate; end: IsoDate };
  views?: number;
  hours?: number;
  chart?: { name: string; rank: number };
}

export type AccoladeResult = 'won' | 'nominated' | 'pending' | (string & {});

export interface Accolade extends Sourced {
  award: string;
  /** Ceremony date, or a year (`2023`). */
  date?: IsoDate;
  category: string;
  recipients?: Entity[];
  /** `won`, `nominated`, `pending`, another word kept as written, or absent when unknown. */
  result?: AccoladeResult;
}

export interface Milestone extends Sourced {
  /** A date, or the start of a span. */
  date: IsoDate;
  /** The end of a span, when the event lasted (principal photography). */
  end?: IsoDate;
  /** `announcement`, `filming`, `premiere`, `release`, or the author's own word. */
  kind?: string;
  text: string;
}

export interface OtherFilm extends Sourced {
  title: string;
  year?: number;
  /** A short description that tells it apart ("John Wick spin-off starring Ana de Armas"). */
  description?: string;
  url?: string;
}

export interface Trailer extends Sourced {
  url?: string;
  name?: string;
  thumbnail?: Image;
  /** When the video was published (ISO 8601): Google shows a video only with it (JSON-LD `uploadDate`). */
  date?: IsoDate;
}

export interface Money extends Sourced {
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  /** What the figure covers ("worldwide", "United States and Canada", "as of March 2024"). */
  note?: string;
}

export interface Source extends Localisable {
  id: string;
  title: string;
  /** The kind of source: `encyclopedia`, `review`, `editorial`, `preview`. */
  kind?: string;
  publisher?: string;
  date?: IsoDate;
  url?: string;
}

export interface Film extends Localisable {
  /** The title in the film's main language for the page: always present, may be empty. */
  title: string;
  /** Stable identifier (a URL or a slug), used to emit JSON-LD once per film. */
  id?: string;
  url?: string;
  originalTitle?: Title;
  altTitles?: Title[];
  /** Year of first release, derived from releases when not given. */
  year?: number;
  description?: string;
  genres?: string[];
  credits?: Credits;
  companies?: Companies;
  releases?: Release[];
  /** Minutes. More than one when sources disagree; the first is preferred. */
  runtime?: Disputed<number>[];
  countries?: string[];
  languages?: string[];
  budget?: Money;
  boxOffice?: Money;
  poster?: Image;
  cast?: CastMember[];
  plot?: Plot;
  contentRating?: ContentRating;
  reviews?: Review[];
  scores?: AggregateScore[];
  viewership?: Viewership[];
  accolades?: Accolade[];
  milestones?: Milestone[];
  /** Other films with the same title. */
  otherFilms?: OtherFilm[];
  trailer?: Trailer;
  sources?: Source[];
}

export type * from './film-input.js';

/**
 * A schema.org JSON-LD document, typed by Google's schema.org typings (schema-dts): a Movie (or
 * a carousel's ItemList, or a Review of the film) with its `@context`, or an `@graph`. JSON-LD
 * from elsewhere (`JSON.parse`, `fetch`) is `any`, which TypeScript lets through as it is.
 */
export type JsonLdInput = WithContext<Movie> | WithContext<ItemList> | WithContext<SchemaReview> | Graph;

/** What a film may be given as: film JSON, JSON-LD, or either as JSON text. */
export type FilmData = FilmInput | JsonLdInput | string;

/** One thing the parser dropped, questioned or read in another form, with where it was. */
export interface Problem {
  /** A JSON path into the input: `reviews[2].rating.value`, or `` for the whole document. */
  path: string;
  message: string;
  /**
   * `error` when data was dropped; `warning` when something may be wrong (an unknown key, a
   * renamed id); `note` when a value was read in another form than the schema's (`"4/5"` as 4
   * out of 5): not a problem, and never shown as one.
   */
  severity: 'error' | 'warning' | 'note';
  /** Where in JSON text the problem is, from 1, when the input was text that could not be parsed. */
  line?: number;
  column?: number;
}

/** Why text gave no JSON at all (text nested too deep or too long is refused like any value). */
export interface Unreadable {
  reason: 'web page' | 'not JSON';
  /** What the JSON parser said, or what the limit was. */
  detail: string;
}

export interface ParseResult {
  film: Film;
  problems: Problem[];
  /** Text that could not be read as JSON: the film is empty and the one problem says so. */
  unreadable?: Unreadable;
  /** What was mended in text a CMS had mangled before it parsed ("typographic quotes…"). */
  repairs?: string[];
}

/** One review read on its own, with paths from the review itself (`rating.value`). */
export interface ReviewResult {
  review?: Review;
  problems: Problem[];
  unreadable?: Unreadable;
  repairs?: string[];
}

export interface ParseOptions {
  /** Base URL for resolving relative URLs; relative URLs are kept as written when absent. */
  baseUrl?: string;
  /** Maximum nesting depth before the input is refused (default 64). */
  maxDepth?: number;
  /**
   * Which film to read from JSON-LD that lists several (a carousel's `ItemList`, an `@graph`):
   * the one whose `identifier`, `@id` or `url` (or the fragment or last path segment of
   * either) is this, as an element's `src="/films.json#parasite"` names it. Without it, the first.
   */
  pick?: string;
}

/** Why the JSON-LD for search engines leaves something out, or what keeps the film from rich results. */
export interface SearchNote {
  /** Where in the film: `reviews[2]`, `scores[0]`, `` for the film. */
  path: string;
  /** In the words Search Console uses, when it has words for it: `Missing field "author"`. */
  issue: string;
  /** Why, and what was done: "quoted from South China Morning Post, not this page's own review; left out". */
  why: string;
  /** `critical` keeps the film (or that review) from rich results; `optional` only makes them poorer. */
  level: 'critical' | 'optional' | 'left out';
}
