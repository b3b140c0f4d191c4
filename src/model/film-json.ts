/**
 * Reads the film JSON as authors write it (see film.schema.json) into a `Film`. Each section
 * has its own small reader; a key no section knows is a warning that names the nearest known key.
 */
import type {
  LangMap, Localisable, Accolade, Advisory, AggregateScore, CastMember, Companies, ContentRating, Credits, CreditRole,
  CriterionScore, Disputed, Film, Milestone, Money, OtherFilm, Passage, Plot, Recommendation, Release,
  Review, Source, Title, Viewership,
} from './types.js';
import {
  type JsonObject, type Reader, at, bool, date, describe, isObject, list,
  minutes, num, object, put, sourced, text, texts, url,
} from './reader.js';
import { entity } from './names.js';
import { image, trailer } from './media.js';
import { isLangMap, localText, putText, putTexts, tagOf } from './names.js';
import { chooseTag, originalLanguage } from './localised.js';
import { rating as ratingOf, scale } from './ratings.js';
import { uniqueReviewIds } from './review-ids.js';
import { type Section, unknownKeys } from './known-keys.js';

/**
 * Warns about the keys of an object that `section` does not know, and hands the value on. Text
 * given per language where the section's object may stand (a person's name) is no such object.
 */
function checked(r: Reader, value: unknown, section: Section, path: string): unknown {
  if (isObject(value) && !isLangMap(r, value, section)) unknownKeys(r, value, section, path);
  return value;
}

const person = (r: Reader, value: unknown, path: string) => entity(r, checked(r, value, 'entity', path), path);
const people = (r: Reader, value: unknown, path: string) => list(r, value, path, (v, p) => person(r, v, p));
const picture = (r: Reader, value: unknown, path: string) => image(r, checked(r, value, 'image', path), path);
const rating = (r: Reader, value: unknown, path: string) => ratingOf(r, checked(r, value, 'rating', path), path);

const CREDIT_ROLES: CreditRole[] = ['directors', 'starring', 'producers', 'writers', 'screenplay', 'story', 'basedOn', 'narrators', 'music', 'cinematography', 'editors'];

/** A title: text, text per language (each language's title, `lang` the one chosen), or `{ text, lang }`. */
function title(r: Reader, value: unknown, path: string): Title | undefined {
  if (!isObject(value) || isLangMap(r, value, 'title')) {
    const found: Title = { text: '' };
    if (putText(r, found, 'text', value, path, 'a title') === undefined) return undefined;
    const map = found.localised?.['text'];
    if (map) found.lang = chooseTag(map)!;
    return found;
  }
  unknownKeys(r, value, 'title', path);
  const found: Title = { text: '' };
  if (putText(r, found, 'text', value['text'], at(path, 'text'), 'a title') === undefined) return undefined;
  put(found, 'lang', tagOf(r, value['lang'], at(path, 'lang')));
  return found;
}

function credits(r: Reader, value: unknown, path: string): Credits | undefined {
  const o = object(r, value, path);
  if (!o) return undefined;
  unknownKeys(r, o, 'credits', path);
  const found: Credits = {};
  for (const role of CREDIT_ROLES) put(found, role, people(r, o[role], at(path, role)));
  return Object.keys(found).length ? found : undefined;
}

function companies(r: Reader, value: unknown, path: string): Companies | undefined {
  const o = object(r, value, path);
  if (!o) return undefined;
  unknownKeys(r, o, 'companies', path);
  const found: Companies = {};
  put(found, 'production', people(r, o['production'], at(path, 'production')));
  put(found, 'distributors', people(r, o['distributors'], at(path, 'distributors')));
  return Object.keys(found).length ? found : undefined;
}

/** Reads a required field, saying so when it is missing altogether. */
function required<T>(r: Reader, o: JsonObject, key: string, path: string, read: (v: unknown, p: string) => T | undefined, what: string): T | undefined {
  const found = read(o[key], at(path, key));
  if (found === undefined && (o[key] === undefined || o[key] === null || o[key] === '')) r.error(at(path, key), `expected ${what}, got nothing`);
  return found;
}

function release(r: Reader, value: unknown, path: string): Release | undefined {
  if (typeof value === 'string') {
    const d = date(r, value, path);
    return d === undefined ? undefined : { date: d };
  }
  const o = object(r, checked(r, value, 'release', path), path);
  const d = o && required(r, o, 'date', path, (v, p) => date(r, v, p), 'a date like "2023-10-05"');
  if (!o || d === undefined) return undefined;
  const found: Release = { date: d };
  putText(r, found, 'place', o['place'], at(path, 'place'));
  putText(r, found, 'note', o['note'], at(path, 'note'));
  return sourced(r, o, path, found);
}

/** 93, "1 Hour 33 Minutes", or a list of `{ value, sources }` kept in the order given. */
function runtime(r: Reader, value: unknown, path: string): Disputed<number>[] | undefined {
  return list(r, value, path, (item, p) => {
    if (!isObject(item)) {
      const m = minutes(r, item, p);
      return m === undefined ? undefined : { value: m };
    }
    unknownKeys(r, item, 'disputed', p);
    const m = required(r, item, 'value', p, (v, q) => minutes(r, v, q), 'minutes');
    return m === undefined ? undefined : sourced<Disputed<number>>(r, item, p, { value: m });
  });
}

function money(r: Reader, value: unknown, path: string): Money | undefined {
  const o = object(r, checked(r, value, 'money', path), path);
  const amount = o && required(r, o, 'amount', path, (v, p) => num(r, v, p, { min: 0 }), 'an amount');
  const currency = o && required(r, o, 'currency', path, (v, p) => text(r, v, p, 'a currency code'), 'a currency code like "KRW"');
  if (!o || amount === undefined || currency === undefined) return undefined;
  if (!/^[A-Za-z]{3}$/.test(currency)) {
    r.error(at(path, 'currency'), `expected a three-letter currency code like "USD", got ${describe(currency)}`);
    return undefined;
  }
  return sourced<Money>(r, o, path, { amount, currency: currency.toUpperCase() });
}

function passage(r: Reader, value: unknown, path: string): Passage | undefined {
  const found: Passage = { text: '' };
  if (!isObject(value) || isLangMap(r, value, 'passage')) return putText(r, found, 'text', value, path) === undefined ? undefined : found;
  unknownKeys(r, value, 'passage', path);
  const t = required(r, value, 'text', path, (v, p) => localText(r, v, p), 'text');
  return t === undefined ? undefined : sourced<Passage>(r, value, path, keep(found, 'text', t));
}

/** Puts text read by `localText` on `found[key]`, with its languages. */
function keep<T extends Localisable>(found: T, key: keyof T & string, read: { text: string; map?: LangMap }): T {
  (found as Record<string, unknown>)[key] = read.text;
  if (read.map) (found.localised ??= {})[key] = read.map;
  return found;
}

/** A cast member: the actor's name, or `{ actor, character, note }` (`name` works for `actor`). */
function castMember(r: Reader, value: unknown, path: string): CastMember | undefined {
  if (!isObject(value) || isLangMap(r, value, 'castMember')) {
    const actor = entity(r, value, path);
    return actor && { actor };
  }
  unknownKeys(r, value, 'castMember', path);
  // The design's short form puts the actor's own fields beside the role: `{ name, character }`.
  const flat = value['actor'] === undefined && value['name'] !== undefined;
  const actor = flat
    ? entity(r, { name: value['name'], altNames: value['altNames'], url: value['url'] }, path)
    : required(r, value, 'actor', path, (v, p) => person(r, v, p), "the actor's name");
  if (!actor) return undefined;
  const found: CastMember = { actor };
  putText(r, found, 'character', value['character'], at(path, 'character'));
  putText(r, found, 'note', value['note'], at(path, 'note'));
  putTexts(r, found, 'knownFor', value['knownFor'], at(path, 'knownFor'));
  put(found, 'about', list(r, value['about'], at(path, 'about'), (v, p) => passage(r, v, p)));
  put(found, 'photo', picture(r, value['photo'], at(path, 'photo')));
  return sourced(r, value, path, found);
}

function plot(r: Reader, value: unknown, path: string): Plot | undefined {
  const found: Plot = {};
  if (!isObject(value) || isLangMap(r, value, 'plot')) return putText(r, found, 'text', value, path) === undefined ? undefined : found;
  unknownKeys(r, value, 'plot', path);
  putText(r, found, 'logline', value['logline'], at(path, 'logline'));
  putText(r, found, 'text', value['text'], at(path, 'text'));
  put(found, 'spoilers', bool(r, value['spoilers'], at(path, 'spoilers')));
  sourced(r, value, path, found);
  return Object.keys(found).length ? found : undefined;
}

/** Advisories as a list of `{ category, items }`, or as an object keyed by category. */
function advisories(r: Reader, value: unknown, path: string): Advisory[] | undefined {
  if (isObject(value)) {
    const found: Advisory[] = [];
    for (const [category, items] of Object.entries(value)) {
      const advisory: Advisory = { category, items: [] };
      putTexts(r, advisory, 'items', items, at(path, category));
      if (advisory.items.length) found.push(advisory);
    }
    return found.length ? found : undefined;
  }
  return list(r, value, path, (item, p) => {
    const o = object(r, checked(r, item, 'advisory', p), p);
    const category = o && required(r, o, 'category', p, (v, q) => text(r, v, q), 'a category');
    if (!o || category === undefined) return undefined;
    const advisory: Advisory = { category, items: [] };
    if (o['items'] === undefined) r.error(at(p, 'items'), 'expected a list of items, got nothing');
    putTexts(r, advisory, 'items', o['items'], at(p, 'items'));
    return advisory.items.length ? advisory : undefined;
  });
}

function contentRating(r: Reader, value: unknown, path: string): ContentRating | undefined {
  if (!isObject(value)) {
    const t = text(r, value, path, 'a rating like "TV-MA"');
    return t === undefined ? undefined : { rating: t };
  }
  unknownKeys(r, value, 'contentRating', path);
  const t = required(r, value, 'rating', path, (v, p) => text(r, v, p, 'a rating like "TV-MA"'), 'a rating like "TV-MA"');
  if (t === undefined) return undefined;
  const found: ContentRating = { rating: t };
  put(found, 'system', text(r, value['system'], at(path, 'system')));
  put(found, 'advisories', advisories(r, value['advisories'], at(path, 'advisories')));
  return sourced(r, value, path, found);
}

function criterion(r: Reader, value: unknown, path: string): CriterionScore | undefined {
  const o = object(r, checked(r, value, 'criterion', path), path);
  const name = o && required(r, o, 'name', path, (v, p) => localText(r, v, p), 'a name');
  const score = o && required(r, o, 'rating', path, (v, p) => rating(r, v, p), 'a rating');
  return name === undefined || score === undefined ? undefined : keep<CriterionScore>({ name: '', rating: score }, 'name', name);
}

function recommendation(r: Reader, value: unknown, path: string): Recommendation | undefined {
  const found: Recommendation = { title: '' };
  if (!isObject(value) || isLangMap(r, value, 'recommendation')) return putText(r, found, 'title', value, path, 'a title') === undefined ? undefined : found;
  unknownKeys(r, value, 'recommendation', path);
  const t = required(r, value, 'title', path, (v, p) => localText(r, v, p, 'a title'), 'a title');
  if (t === undefined) return undefined;
  keep(found, 'title', t);
  putText(r, found, 'note', value['note'], at(path, 'note'));
  put(found, 'url', url(r, value['url'], at(path, 'url')));
  return found;
}

function userRating(r: Reader, value: unknown, path: string): Review['userRating'] {
  const o = object(r, checked(r, value, 'userRating', path), path);
  const count = o && required(r, o, 'count', path, (v, p) => num(r, v, p, { integer: true, min: 0 }), 'the number of votes');
  if (!o || count === undefined) return undefined;
  const found: NonNullable<Review['userRating']> = { count };
  put(found, 'value', num(r, o['value'], at(path, 'value'), { min: 0 }));
  put(found, 'best', num(r, o['best'], at(path, 'best'), { min: 0 }));
  return found;
}

/** A review without its id; ids are settled for the whole list afterwards. */
function reviewDraft(r: Reader, value: unknown, path: string): Review | undefined {
  const o = object(r, checked(r, value, 'review', path), path);
  if (!o) return undefined;
  const found: Review = { id: text(r, o['id'], at(path, 'id'), 'an id') ?? '' };
  put(found, 'own', bool(r, o['own'], at(path, 'own')));
  putText(r, found, 'outlet', o['outlet'], at(path, 'outlet'));
  put(found, 'critic', person(r, o['critic'], at(path, 'critic')));
  put(found, 'date', date(r, o['date'], at(path, 'date')));
  put(found, 'url', url(r, o['url'], at(path, 'url')));
  put(found, 'lang', tagOf(r, o['lang'], at(path, 'lang')));
  for (const key of ['quote', 'body', 'headline', 'verdict', 'audience'] as const) putText(r, found, key, o[key], at(path, key));
  put(found, 'rating', rating(r, o['rating'], at(path, 'rating')));
  put(found, 'criteria', list(r, o['criteria'], at(path, 'criteria'), (v, p) => criterion(r, v, p)));
  putTexts(r, found, 'pros', o['pros'], at(path, 'pros'));
  putTexts(r, found, 'cons', o['cons'], at(path, 'cons'));
  put(found, 'recommendations', list(r, o['recommendations'], at(path, 'recommendations'), (v, p) => recommendation(r, v, p)));
  put(found, 'spoilers', bool(r, o['spoilers'], at(path, 'spoilers')));
  put(found, 'userRating', userRating(r, o['userRating'], at(path, 'userRating')));
  return sourced(r, o, path, found);
}

function aggregateScore(r: Reader, value: unknown, path: string): AggregateScore | undefined {
  const o = object(r, checked(r, value, 'aggregateScore', path), path);
  if (!o) return undefined;
  const source = required(r, o, 'source', path, (v, p) => text(r, v, p), 'the name of the aggregator');
  const score = required(r, o, 'value', path, (v, p) => num(r, v, p, { min: 0 }), 'a number');
  const { unit, best } = scale(r, o, path, 100, 0);
  if (source === undefined || score === undefined || best === undefined) return undefined;
  if (score > best) {
    r.error(at(path, 'value'), `expected a score from 0 to ${best}, got ${score}`);
    return undefined;
  }
  const found: AggregateScore = { source, value: score, best };
  put(found, 'own', bool(r, o['own'], at(path, 'own')));
  put(found, 'name', text(r, o['name'], at(path, 'name')));
  put(found, 'unit', unit);
  put(found, 'count', num(r, o['count'], at(path, 'count'), { integer: true, min: 0 }));
  const average = object(r, checked(r, o['average'], 'average', at(path, 'average')), at(path, 'average'));
  if (average) {
    const a = num(r, average['value'], at(path, 'average.value'), { min: 0 });
    const b = num(r, average['best'], at(path, 'average.best'), { min: 0 });
    if (a !== undefined && b !== undefined) found.average = { value: a, best: b };
    else r.error(at(path, 'average'), 'expected { "value": …, "best": … }; left the average out');
  }
  put(found, 'url', url(r, o['url'], at(path, 'url')));
  return sourced(r, o, path, found);
}

function viewership(r: Reader, value: unknown, path: string): Viewership | undefined {
  const o = object(r, checked(r, value, 'viewership', path), path);
  const source = o && required(r, o, 'source', path, (v, p) => text(r, v, p), 'who reported the figures');
  if (!o || source === undefined) return undefined;
  const found: Viewership = { source };
  const period = object(r, checked(r, o['period'], 'period', at(path, 'period')), at(path, 'period'));
  if (period) {
    const start = required(r, period, 'start', at(path, 'period'), (v, p) => date(r, v, p), 'a date');
    const end = required(r, period, 'end', at(path, 'period'), (v, p) => date(r, v, p), 'a date');
    if (start !== undefined && end !== undefined) found.period = { start, end };
  }
  put(found, 'views', num(r, o['views'], at(path, 'views'), { min: 0 }));
  put(found, 'hours', num(r, o['hours'], at(path, 'hours'), { min: 0 }));
  const chart = object(r, checked(r, o['chart'], 'chart', at(path, 'chart')), at(path, 'chart'));
  if (chart) {
    const name = required(r, chart, 'name', at(path, 'chart'), (v, p) => text(r, v, p), 'the name of the chart');
    const rank = required(r, chart, 'rank', at(path, 'chart'), (v, p) => num(r, v, p, { integer: true, min: 1 }), 'a rank');
    if (name !== undefined && rank !== undefined) found.chart = { name, rank };
  }
  return sourced(r, o, path, found);
}

const RESULTS: Record<string, string> = { won: 'won', win: 'won', winner: 'won', nominated: 'nominated', nominee: 'nominated', nomination: 'nominated', pending: 'pending' };

function accolade(r: Reader, value: unknown, path: string): Accolade | undefined {
  const o = object(r, checked(r, value, 'accolade', path), path);
  const award = o && required(r, o, 'award', path, (v, p) => localText(r, v, p), 'the name of the award');
  const category = o && required(r, o, 'category', path, (v, p) => localText(r, v, p), 'a category');
  if (!o || award === undefined || category === undefined) return undefined;
  const found = keep(keep<Accolade>({ award: '', category: '' }, 'award', award), 'category', category);
  put(found, 'date', date(r, o['date'], at(path, 'date')));
  put(found, 'recipients', people(r, o['recipients'], at(path, 'recipients')));
  const result = text(r, o['result'], at(path, 'result'));
  put(found, 'result', result && (RESULTS[result.toLowerCase()] ?? result));
  return sourced(r, o, path, found);
}

function milestone(r: Reader, value: unknown, path: string): Milestone | undefined {
  const o = object(r, checked(r, value, 'milestone', path), path);
  const when = o && required(r, o, 'date', path, (v, p) => date(r, v, p), 'a date like "2022-04"');
  const what = o && required(r, o, 'text', path, (v, p) => localText(r, v, p), 'what happened');
  if (!o || when === undefined || what === undefined) return undefined;
  const found = keep<Milestone>({ date: when, text: '' }, 'text', what);
  put(found, 'end', date(r, o['end'], at(path, 'end')));
  put(found, 'kind', text(r, o['kind'], at(path, 'kind')));
  return sourced(r, o, path, found);
}

function otherFilm(r: Reader, value: unknown, path: string): OtherFilm | undefined {
  const found: OtherFilm = { title: '' };
  if (!isObject(value) || isLangMap(r, value, 'otherFilm')) return putText(r, found, 'title', value, path, 'a title') === undefined ? undefined : found;
  unknownKeys(r, value, 'otherFilm', path);
  const t = required(r, value, 'title', path, (v, p) => localText(r, v, p, 'a title'), 'a title');
  if (t === undefined) return undefined;
  keep(found, 'title', t);
  put(found, 'year', num(r, value['year'], at(path, 'year'), { integer: true, min: 1800 }));
  putText(r, found, 'description', value['description'], at(path, 'description'));
  put(found, 'url', url(r, value['url'], at(path, 'url')));
  return sourced(r, value, path, found);
}

/** Sources come first: every other section's `sources` references are checked against them. */
function sources(r: Reader, value: unknown, path: string): Source[] | undefined {
  const seen = new Set<string>();
  const found = list(r, value, path, (item, p) => {
    const o = object(r, checked(r, item, 'source', p), p);
    const id = o && required(r, o, 'id', p, (v, q) => text(r, v, q, 'an id'), 'an id');
    const title = o && required(r, o, 'title', p, (v, q) => text(r, v, q, 'a title'), 'a title');
    if (!o || id === undefined || title === undefined) return undefined;
    if (seen.has(id)) {
      r.error(at(p, 'id'), `the id ${describe(id)} is already used by another source; left this one out`);
      return undefined;
    }
    seen.add(id);
    const source: Source = { id, title };
    put(source, 'kind', text(r, o['kind'], at(p, 'kind')));
    put(source, 'publisher', text(r, o['publisher'], at(p, 'publisher')));
    put(source, 'date', date(r, o['date'], at(p, 'date')));
    put(source, 'url', url(r, o['url'], at(p, 'url')));
    return source;
  });
  r.sourceIds = seen;
  return found;
}

export function readFilmJson(r: Reader, o: JsonObject): Film {
  const film: Film = { title: '' };
  unknownKeys(r, o, 'film', '');
  put(film, 'sources', sources(r, o['sources'], 'sources'));
  const name = putText(r, film, 'title', o['title'], 'title', 'a title');
  if (name === undefined) r.error('title', `expected the film's title, got ${describe(o['title'])}`);
  put(film, 'id', text(r, o['id'], 'id', 'an id'));
  put(film, 'url', url(r, o['url'], 'url'));
  put(film, 'originalTitle', title(r, o['originalTitle'], 'originalTitle'));
  put(film, 'altTitles', list(r, o['altTitles'], 'altTitles', (v, p) => title(r, v, p)));
  put(film, 'year', num(r, o['year'], 'year', { integer: true, min: 1800 }));
  putText(r, film, 'description', o['description'], 'description');
  put(film, 'genres', texts(r, o['genres'], 'genres'));
  put(film, 'credits', credits(r, o['credits'], 'credits'));
  put(film, 'companies', companies(r, o['companies'], 'companies'));
  put(film, 'releases', list(r, o['releases'], 'releases', (v, p) => release(r, v, p)));
  put(film, 'runtime', runtime(r, o['runtime'], 'runtime'));
  put(film, 'countries', texts(r, o['countries'], 'countries'));
  put(film, 'languages', texts(r, o['languages'], 'languages'));
  put(film, 'budget', money(r, o['budget'], 'budget'));
  put(film, 'boxOffice', money(r, o['boxOffice'], 'boxOffice'));
  put(film, 'poster', picture(r, o['poster'], 'poster'));
  put(film, 'cast', list(r, o['cast'], 'cast', (v, p) => castMember(r, v, p)));
  put(film, 'plot', plot(r, o['plot'], 'plot'));
  put(film, 'contentRating', contentRating(r, o['contentRating'], 'contentRating'));
  put(film, 'reviews', uniqueReviewIds(r, list(r, o['reviews'], 'reviews', (v, p) => reviewDraft(r, v, p)), 'reviews'));
  put(film, 'scores', list(r, o['scores'], 'scores', (v, p) => aggregateScore(r, v, p)));
  put(film, 'viewership', list(r, o['viewership'], 'viewership', (v, p) => viewership(r, v, p)));
  put(film, 'accolades', list(r, o['accolades'], 'accolades', (v, p) => accolade(r, v, p)));
  put(film, 'milestones', list(r, o['milestones'], 'milestones', (v, p) => milestone(r, v, p)));
  put(film, 'otherFilms', list(r, o['otherFilms'], 'otherFilms', (v, p) => otherFilm(r, v, p)));
  put(film, 'trailer', trailer(r, trailerChecked(r, o['trailer']), 'trailer'));
  return withOriginalTitle(film);
}

/**
 * The original title in the film's original language: chosen by that language first when it was
 * given per language, and taken from the title when the title was given in that language.
 */
function withOriginalTitle(film: Film): Film {
  const original = originalLanguage(film);
  const given = film.originalTitle?.localised?.['text'];
  if (given) {
    const tag = chooseTag(given, undefined, original)!;
    film.originalTitle = { ...film.originalTitle!, text: given[tag]!, lang: tag };
  }
  const titles = film.localised?.['title'];
  const tag = !film.originalTitle && titles && original && chooseTag(titles, original);
  if (tag && tag.split('-')[0] === original!.split('-')[0]) film.originalTitle = { text: titles![tag]!, lang: tag };
  return film;
}

/** The trailer's keys and its thumbnail's, checked before the shared reader reads them. */
function trailerChecked(r: Reader, value: unknown): unknown {
  if (isObject(value)) checked(r, value['thumbnail'], 'image', 'trailer.thumbnail');
  return checked(r, value, 'trailer', 'trailer');
}

/** A review given on its own, with its id settled as in a list of one. */
export const readReviewJson = (r: Reader, o: unknown): Review | undefined =>
  uniqueReviewIds(r, list(r, o, '', (v, p) => reviewDraft(r, v, p)), '')?.[0];
