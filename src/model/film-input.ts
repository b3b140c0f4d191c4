/**
 * Film JSON as authors write it: every section and field that `validate` knows (known-keys.ts)
 * with the values film.schema.json allows, so `satisfies FilmInput`, the elements' `film`
 * property and the frameworks' `film={…}` hold a literal to them. A misspelt key anywhere in the
 * film (`titel`, `credits.director`, `reviews[0].author`) is a type error that names it, and so is
 * a value of the wrong kind (`rating.value: 'three'`). The forms the schema forgives (a name as
 * a string, `"93 minutes"`, `"3/5"`, one source id for a list) are part of these types;
 * test/model/film-input-keys.ts keeps the keys here equal to the ones `validate` knows.
 */
import type { LangMap } from './localised.js';

/** Text a reader sees: a string, or the text per language (`{ "en": "Ballerina", "ko": "발레리나" }`). */
export type TextJson = string | LangMap;
/** An ISO 8601 calendar date, possibly partial (`2023-10-05`, `2023-10`, `2023`), or a year as a number. */
export type DateJson = string | number;
/** Ids of entries in the film's `sources`: a list, or one id. */
export type SourceRefsJson = string | string[];

/** A person or organisation: a name, or an object when there is more to say. */
export type EntityJson = TextJson | {
  name: TextJson;
  /** The name in another script or spelling. */
  altNames?: TextJson[];
  /** An http, https or relative URL; anything else is left out. */
  url?: string;
  /** Earlier work, as the sources list it. */
  knownFor?: TextJson[];
  sources?: SourceRefsJson;
};

export type TitleJson = TextJson | { text: TextJson; /** BCP 47 language tag (`ko`). */ lang?: string };

/** An image: its URL, or an object with the text alternative readers need. */
export type ImageJson = string | { src: string; alt: string; caption?: string; width?: number; height?: number };

/** Minutes: 93, or text such as "93 minutes", "1 hour 33 minutes" or "PT1H33M". */
export type MinutesJson = number | string;
/** One source's figure; the first in the list is preferred. */
export interface DisputedJson { value: MinutesJson; sources?: SourceRefsJson }

export interface CreditsJson {
  directors?: EntityJson[];
  starring?: EntityJson[];
  producers?: EntityJson[];
  writers?: EntityJson[];
  screenplay?: EntityJson[];
  story?: EntityJson[];
  basedOn?: EntityJson[];
  narrators?: EntityJson[];
  music?: EntityJson[];
  cinematography?: EntityJson[];
  editors?: EntityJson[];
}

export interface CompaniesJson { production?: EntityJson[]; distributors?: EntityJson[] }

export type ReleaseJson = DateJson | { date: DateJson; place?: TextJson; note?: TextJson; sources?: SourceRefsJson };

export type PassageJson = TextJson | { text: TextJson; sources?: SourceRefsJson };

/** A cast member: a name, the actor with the role, or the short form with the actor's fields beside the role. */
export type CastMemberJson = TextJson | ({
  character?: TextJson;
  /** What the data says about the role. */
  note?: TextJson;
  knownFor?: TextJson[];
  /** What each source writes about the character. */
  about?: PassageJson[];
  photo?: ImageJson;
  sources?: SourceRefsJson;
} & ({ actor: EntityJson } | { name: TextJson; altNames?: TextJson[]; url?: string }));

export type PlotJson = TextJson | { logline?: TextJson; text?: TextJson; spoilers?: boolean; sources?: SourceRefsJson };

export interface AdvisoryJson {
  /** `dialog`, `violence`, `sexual`, `misc`, or your own category. */
  category: string;
  items: TextJson[];
}

export type ContentRatingJson = string | { rating: string; system?: string; advisories?: AdvisoryJson[]; sources?: SourceRefsJson };

/** The top of a score's scale, which only a percentage (out of 100) may leave out: a score is never taken to be out of 100. */
export type ScaleJson = { best: number; unit?: 'stars' | 'percent' | 'points' } | { best?: number; unit: 'percent' };

/** A rating on its own scale: "3/5", "91%", "3 stars out of 5", a verdict label, or an object. */
export type RatingJson =
  | string
  | ({ kind?: 'score'; value: number; worst?: number } & ScaleJson)
  | { kind?: 'grade'; grade: string }
  | { kind?: 'verdict'; label: string };

export interface CriterionJson { name: TextJson; rating: RatingJson }

export type RecommendationJson = TextJson | { title: TextJson; note?: TextJson; url?: string };

export interface ReviewJson {
  /** Stable id, by which an element's `review` attribute picks this review; made from the outlet or critic when absent. */
  id?: string;
  /** The page's own review: only these are marked up as schema.org `Review` for search engines. */
  own?: boolean;
  outlet?: TextJson;
  critic?: EntityJson;
  date?: DateJson;
  url?: string;
  lang?: string;
  /** A pull quote. */
  quote?: TextJson;
  /** The longer body or summary; paragraphs separated by blank lines. */
  body?: TextJson;
  headline?: TextJson;
  rating?: RatingJson;
  /** A label that goes with the rating ("Mixed (Divisive)"). */
  verdict?: TextJson;
  criteria?: CriterionJson[];
  pros?: TextJson[];
  cons?: TextJson[];
  /** Who this is for. */
  audience?: TextJson;
  recommendations?: RecommendationJson[];
  spoilers?: boolean;
  /** Readers' own rating widget, as the page showed it. */
  userRating?: { value?: number; best?: number; count: number };
  sources?: SourceRefsJson;
}

export type AggregateScoreJson = ScaleJson & {
  /** The aggregator ("Rotten Tomatoes"). */
  source: string;
  /** Ratings from the page's own readers: only such a score, with its count, is marked up as `aggregateRating`. */
  own?: boolean;
  /** What the number means ("Tomatometer"). */
  name?: string;
  value: number;
  count?: number;
  /** The average rating of those reviews, on its own scale. */
  average?: { value: number; best: number };
  url?: string;
  sources?: SourceRefsJson;
};

export interface ViewershipJson {
  /** Who reported the figures ("Netflix"). */
  source: string;
  period?: { start: DateJson; end: DateJson };
  views?: number;
  hours?: number;
  chart?: { name: string; rank: number };
  sources?: SourceRefsJson;
}

export interface AccoladeJson {
  award: TextJson;
  date?: DateJson;
  category: TextJson;
  recipients?: EntityJson[];
  /** `won`, `nominated`, `pending`, or another word; left out when unknown. */
  result?: 'won' | 'nominated' | 'pending' | (string & {});
  sources?: SourceRefsJson;
}

export interface MilestoneJson {
  date: DateJson;
  end?: DateJson;
  /** `announcement`, `filming`, `premiere`, `release`, or your own word. */
  kind?: string;
  text: TextJson;
  sources?: SourceRefsJson;
}

export type OtherFilmJson = TextJson | { title: TextJson; year?: number; description?: TextJson; url?: string; sources?: SourceRefsJson };

export type TrailerJson = string | { url?: string; name?: string; thumbnail?: ImageJson; /** When the video was published (ISO 8601). */ date?: string; sources?: SourceRefsJson };

export interface MoneyJson {
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  /** What the figure covers ("worldwide"). */
  note?: TextJson;
  sources?: SourceRefsJson;
}

export interface SourceJson {
  id: string;
  title: string;
  /** `encyclopedia`, `review`, `editorial`, `preview`, … */
  kind?: string;
  publisher?: string;
  date?: DateJson;
  url?: string;
}

/** One film as film.schema.json describes it. */
export interface FilmInput {
  $schema?: string;
  /** The title in the film's main language for the page. */
  title: TextJson;
  /** Stable identifier: a URL or a slug. */
  id?: string;
  url?: string;
  originalTitle?: TitleJson;
  altTitles?: TitleJson[];
  /** Year of first release; derived from releases when absent. */
  year?: number;
  description?: TextJson;
  genres?: string[];
  credits?: CreditsJson;
  companies?: CompaniesJson;
  releases?: ReleaseJson[];
  /** Minutes; a list keeps disagreeing sources side by side (93 vs 92). */
  runtime?: MinutesJson | Array<MinutesJson | DisputedJson>;
  countries?: string[];
  languages?: string[];
  budget?: MoneyJson;
  boxOffice?: MoneyJson;
  poster?: ImageJson;
  cast?: CastMemberJson[];
  plot?: PlotJson;
  contentRating?: ContentRatingJson;
  reviews?: ReviewJson[];
  scores?: AggregateScoreJson[];
  viewership?: ViewershipJson[];
  accolades?: AccoladeJson[];
  milestones?: MilestoneJson[];
  /** Other films with the same title. */
  otherFilms?: OtherFilmJson[];
  trailer?: TrailerJson;
  /** Where the facts come from; facts refer to these by id. */
  sources?: SourceJson[];
}
