// What the form shows: one entry per section of the film JSON (film.schema.json), each field
// with its key, its kind of input, and the words for it in the builder's strings. The keys are
// typed against the model (src/model/types.ts): a field the model does not have does not compile.
import type {
  Accolade, Advisory, AggregateScore, CastMember, Companies, ContentRating, Credits, CreditRole, Disputed, Film, Image,
  Milestone, Money, OtherFilm, Plot, Release, Review, Source, Title, Trailer, Viewership,
} from '../model/types.js';
import { type Section as Shape, actorBesideRole } from '../model/known-keys.js';

/** A key or an index on the way down a document: `['credits', 'directors', 0, 'name']`. */
export type Path = (string | number)[];

/**
 * text, long (several lines), number, date, url, bool, choice (with `options`), lines (a list of
 * text, one a line), person (a name and its names in other languages), people (a list of
 * persons), object (a group of fields), list (rows of a group of fields), rating (a rating on its
 * own scale, with how it reads), sources (ids from the film's sources).
 */
export type Kind = 'text' | 'long' | 'number' | 'date' | 'url' | 'bool' | 'choice' | 'lines' | 'person' | 'people'
  | 'object' | 'list' | 'rating' | 'sources';

export interface Field {
  key: string;
  kind: Kind;
  /** Where the field sits when that is not its key under its parent: `['credits', 'directors']`. */
  at?: Path;
  /** The words' key when not the field's own. */
  label?: string;
  /** The hint's key when not the field's own (one key, `note`, means different things in different places). */
  hint?: string;
  /** Text a reader sees, which may be given per language (languages.ts); a person's name always may. */
  local?: boolean;
  required?: boolean;
  short?: boolean;
  rows?: number;
  options?: string[];
  fields?: Field[];
  /** The key a row may be written as on its own ("Gray" for { "name": "Gray" }), kept when nothing else is said. */
  main?: string;
  /**
   * With `main`, the model's name for the row (known-keys.ts): an object with none of its known
   * keys is the main value given per language, as the model reads it.
   */
  model?: Shape;
  /** With `main`, the main value's keys that may sit beside the row's own instead of under it (a cast member's `name`). */
  beside?: readonly string[];
  /**
   * The key of a picture's or a trailer's address, which may be written on its own (`"poster":
   * "https://…"`): the form shows it there, and writes the object once anything else is said.
   */
  address?: 'src' | 'url';
  /** For a list whose first row means something else (the runtime, then what other sources say). */
  firstLabel?: string;
}

/** A field of `T`, by one of the model's keys of `T`. */
type FieldOf<T> = Field & { key: Extract<keyof T, string> };
/** The fields of one shape of the model, checked against its keys. */
const of = <T>(fields: FieldOf<T>[]): Field[] => fields;

const person = { kind: 'person' } as const;
const sources = { key: 'sources', kind: 'sources' } as const;
const roles: CreditRole[] = ['directors', 'writers', 'screenplay', 'story', 'basedOn', 'producers', 'starring', 'narrators',
  'music', 'cinematography', 'editors'];
const money = (key: 'budget' | 'boxOffice') => ({ key, kind: 'object' as const, fields: of<Money>([
  { key: 'amount', kind: 'number' }, { key: 'currency', kind: 'text', short: true },
  { key: 'note', kind: 'text', label: 'moneyNote', hint: key === 'budget' ? 'budgetNote' : 'boxOfficeNote' }, sources]) });

export interface Section {
  id: string;
  /** Open when the builder first shows it. */
  open?: boolean;
  fields: Field[];
}

export const sections: Section[] = [
  { id: 'basics', open: true, fields: of<Film>([
    { key: 'title', kind: 'text', required: true, local: true },
    { key: 'originalTitle', kind: 'object', main: 'text', model: 'title', fields: of<Title>([{ key: 'text', kind: 'text' }, { key: 'lang', kind: 'text', short: true }]) },
    { key: 'altTitles', kind: 'list', main: 'text', model: 'title', fields: of<Title>([{ key: 'text', kind: 'text' }, { key: 'lang', kind: 'text', short: true }]) },
    { key: 'year', kind: 'number' },
    { key: 'description', kind: 'long', local: true },
    { key: 'genres', kind: 'lines' },
    { key: 'countries', kind: 'lines' },
    { key: 'languages', kind: 'lines' },
    { key: 'url', kind: 'url' },
    { key: 'id', kind: 'text' },
  ]) },
  { id: 'credits', fields: roles.map((role): FieldOf<Credits> => ({ key: role, at: ['credits', role], kind: 'people' })) },
  { id: 'companies', fields: of<Companies>([
    { key: 'production', at: ['companies', 'production'], kind: 'people' },
    { key: 'distributors', at: ['companies', 'distributors'], kind: 'people' },
  ]) },
  { id: 'releases', fields: of<Film>([{ key: 'releases', kind: 'list', main: 'date', model: 'release', fields: of<Release>([
    { key: 'date', kind: 'date' }, { key: 'place', kind: 'text', local: true }, { key: 'note', kind: 'text', local: true }, sources]) }]) },
  { id: 'runtime', fields: of<Film>([{ key: 'runtime', kind: 'list', main: 'value', model: 'disputed', firstLabel: 'runtimeFirst', fields: of<Disputed<number>>([
    { key: 'value', kind: 'number', label: 'minutes' }, sources]) }]) },
  { id: 'money', fields: of<Film>([money('budget'), money('boxOffice')]) },
  { id: 'cast', fields: of<Film>([{ key: 'cast', kind: 'list', main: 'actor', model: 'castMember', beside: actorBesideRole, fields: of<CastMember>([
    { key: 'actor', ...person }, { key: 'character', kind: 'text', local: true }, { key: 'note', kind: 'text', local: true },
    { key: 'knownFor', kind: 'lines' },
    { key: 'photo', kind: 'object', address: 'src', fields: of<Image>([{ key: 'src', kind: 'url', hint: 'photoSrc' }, { key: 'alt', kind: 'text', hint: 'photoAlt' }]) },
    sources]) }]) },
  { id: 'plot', fields: of<Film>([{ key: 'plot', kind: 'object', main: 'text', model: 'plot', fields: of<Plot>([
    { key: 'logline', kind: 'long', local: true }, { key: 'text', kind: 'long', rows: 6, local: true }, { key: 'spoilers', kind: 'bool' }, sources]) }]) },
  { id: 'contentRating', fields: of<Film>([{ key: 'contentRating', kind: 'object', fields: of<ContentRating>([
    { key: 'rating', kind: 'text', short: true }, { key: 'system', kind: 'text' },
    { key: 'advisories', kind: 'list', fields: of<Advisory>([{ key: 'category', kind: 'text' }, { key: 'items', kind: 'lines' }]) }]) }]) },
  { id: 'reviews', fields: of<Film>([{ key: 'reviews', kind: 'list', fields: of<Review>([
    { key: 'own', kind: 'bool' }, { key: 'outlet', kind: 'text' }, { key: 'critic', ...person }, { key: 'date', kind: 'date' }, { key: 'url', kind: 'url' },
    { key: 'rating', kind: 'rating' }, { key: 'verdict', kind: 'text' }, { key: 'quote', kind: 'long', local: true },
    { key: 'headline', kind: 'text', local: true }, { key: 'body', kind: 'long', rows: 5, local: true }, { key: 'pros', kind: 'lines' },
    { key: 'cons', kind: 'lines' }, { key: 'audience', kind: 'text' }, { key: 'spoilers', kind: 'bool' },
    { key: 'lang', kind: 'text', short: true }, { key: 'id', kind: 'text' }, sources]) }]) },
  { id: 'scores', fields: of<Film>([{ key: 'scores', kind: 'list', fields: of<AggregateScore>([
    { key: 'source', kind: 'text' }, { key: 'name', kind: 'text' }, { key: 'value', kind: 'number' },
    { key: 'best', kind: 'number' }, { key: 'unit', kind: 'choice', options: ['', 'percent', 'points', 'stars'] },
    { key: 'count', kind: 'number' }, { key: 'url', kind: 'url' }, sources]) }]) },
  { id: 'viewership', fields: of<Film>([{ key: 'viewership', kind: 'list', fields: of<Viewership>([
    { key: 'source', kind: 'text' }, { key: 'views', kind: 'number' }, { key: 'hours', kind: 'number' },
    { key: 'period', kind: 'object', fields: of<NonNullable<Viewership['period']>>([{ key: 'start', kind: 'date' }, { key: 'end', kind: 'date' }]) },
    { key: 'chart', kind: 'object', fields: of<NonNullable<Viewership['chart']>>([{ key: 'name', kind: 'text' }, { key: 'rank', kind: 'number' }]) },
    sources]) }]) },
  { id: 'accolades', fields: of<Film>([{ key: 'accolades', kind: 'list', fields: of<Accolade>([
    { key: 'award', kind: 'text' }, { key: 'date', kind: 'date' }, { key: 'category', kind: 'text' },
    { key: 'recipients', kind: 'people' },
    { key: 'result', kind: 'choice', options: ['', 'won', 'nominated', 'pending'] }, sources]) }]) },
  { id: 'milestones', fields: of<Film>([{ key: 'milestones', kind: 'list', fields: of<Milestone>([
    { key: 'date', kind: 'date' }, { key: 'end', kind: 'date' }, { key: 'kind', kind: 'text' }, { key: 'text', kind: 'long', local: true }, sources]) }]) },
  { id: 'otherFilms', fields: of<Film>([{ key: 'otherFilms', kind: 'list', main: 'title', model: 'otherFilm', fields: of<OtherFilm>([
    { key: 'title', kind: 'text' }, { key: 'year', kind: 'number' }, { key: 'description', kind: 'text' }, { key: 'url', kind: 'url' }, sources]) }]) },
  { id: 'media', fields: of<Film>([
    { key: 'poster', kind: 'object', address: 'src', fields: of<Image>([{ key: 'src', kind: 'url' }, { key: 'alt', kind: 'text' }, { key: 'caption', kind: 'text' }]) },
    { key: 'trailer', kind: 'object', address: 'url', fields: of<Trailer>([{ key: 'url', kind: 'url' }, { key: 'name', kind: 'text' },
      { key: 'thumbnail', kind: 'object', address: 'src', fields: of<Image>([{ key: 'src', kind: 'url', hint: 'thumbnailSrc' }, { key: 'alt', kind: 'text', hint: 'thumbnailAlt' }]) },
      { key: 'date', kind: 'date', label: 'uploadDate', hint: 'uploadDate' }, sources]) },
  ]) },
  { id: 'sources', fields: of<Film>([{ key: 'sources', kind: 'list', fields: of<Source>([
    { key: 'id', kind: 'text' }, { key: 'title', kind: 'text' }, { key: 'kind', kind: 'text' },
    { key: 'publisher', kind: 'text' }, { key: 'date', kind: 'date' }, { key: 'url', kind: 'url' }]) }]) },
];
