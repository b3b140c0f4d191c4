/**
 * Reviews, scores and viewing figures, read for the elements that show them (the review
 * card, the scores, the film card's score), and a review given on its own.
 */
import type { AggregateScore, CriterionScore, ParseOptions, Recommendation, Review, ReviewResult, Viewership } from '../types.js';
import { type Reader, at, bool, date, isObject, list, num, object, put, sourced, text, url } from '../reader.js';
import { isLangMap, localText, putText, putTexts, tagOf } from '../names.js';
import { unknownKeys } from '../known-keys.js';
import { rating as ratingOf, scale } from '../ratings.js';
import { uniqueReviewIds } from '../review-ids.js';
import { checked, keep, person, required } from '../film-json.js';
import { type FullReader, type JsonLdReader, readReviewWith } from '../read-film.js';

const rating = (r: Reader, value: unknown, path: string) => ratingOf(r, checked(r, value, 'rating', path), path);

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

function viewingFigures(r: Reader, value: unknown, path: string): Viewership | undefined {
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

export const reviews = (r: Reader, value: unknown, path: string): Review[] | undefined =>
  uniqueReviewIds(r, list(r, value, path, (v, p) => reviewDraft(r, v, p)), path);
export const scores = (r: Reader, value: unknown, path: string): AggregateScore[] | undefined =>
  list(r, value, path, (v, p) => aggregateScore(r, v, p));
export const viewership = (r: Reader, value: unknown, path: string): Viewership[] | undefined =>
  list(r, value, path, (v, p) => viewingFigures(r, v, p));

/** A review given on its own, with its id settled as in a list of one. */
const readReviewJson = (r: Reader, o: unknown): Review | undefined => reviews(r, o, '')?.[0];

/**
 * Reads one review on its own, as the review card is given it: our film JSON's review object or
 * a schema.org `Review`. Problems have paths from the review itself (`rating.value`). A promise
 * while the full reader is fetched (see read-film.ts), unless `full` is given.
 */
export const readReview = (input: unknown, options: ParseOptions = {}, jsonLd?: JsonLdReader, full?: FullReader): ReviewResult | Promise<ReviewResult> =>
  readReviewWith(readReviewJson, input, options, jsonLd, full);
