/**
 * Reads schema.org `Movie` JSON-LD as real pages publish it: a bare node, a list of nodes or an
 * `@graph` whose nodes refer to each other by `@id`; Google's carousel (an `ItemList` of
 * `ListItem`s whose `item` is a Movie); a Review that names its Movie in `itemReviewed`, as
 * review plugins write it; `@type` as text or a list; people as objects or names; IMDb's
 * `creator`; one value or a list; numbers as text; HTML entities inside strings. Problems name
 * JSON-LD's own property paths.
 */
import type { Accolade, Advisory, AggregateScore, CastMember, ContentRating, Entity, Film, Rating, Release, Review, Title } from './types.js';
import {
  type JsonObject, type Reader, at, date, datedPlace, describe, isObject, list, minutes, num,
  object, put, text, texts, url,
} from './reader.js';
import { entities, entity } from './names.js';
import { image, trailer } from './media.js';
import { localText, putText } from './names.js';
import { jsonLdText, nameFromAlternates } from './jsonld-text.js';
import { canonicalTag } from './localised.js';
import { ratingFromText, score } from './ratings.js';
import { uniqueReviewIds } from './review-ids.js';
import { decodeEntities } from './html-entities.js';
import { TEXT_ENTITIES } from './text-entities.js';
import {
  answersTo, exampleName, filmName, graphOf, hasType, inlined, isOrganization, isReview, moviesOf, resolverOf,
} from './jsonld-shape.js';

/** Pages often HTML-escape the strings inside their JSON-LD (`&apos;`, `&#8211;`). */
const decodeHtml = (text: string) => decodeEntities(text, TEXT_ENTITIES);

/** The Movie's own reviews and those that name it from outside (`itemReviewed`). */
const withOutside = (own: unknown, outside: JsonObject[]) =>
  outside.length ? [...(own === undefined || own === null ? [] : Array.isArray(own) ? own : [own]), ...outside] : own;

/** Two lists of people as one, each name once. */
function joined(first: Entity[] | undefined, more: Entity[]): Entity[] | undefined {
  const all = [...(first ?? [])];
  for (const who of more) if (!all.some((known) => known.name === who.name)) all.push(who);
  return all.length ? all : undefined;
}

/**
 * IMDb's `creator`: writers (Persons) and production companies (Organizations) in one list.
 * IMDb gives its companies only as links; one without a name cannot be shown and is left out.
 */
function creator(r: Reader, value: unknown): { writers: Entity[]; companies: Entity[] } {
  const found = { writers: [] as Entity[], companies: [] as Entity[] };
  list(r, value, 'creator', (v, p) => {
    if (isObject(v) && v['name'] === undefined) {
      const link = typeof v['url'] === 'string' ? ` (only its link, ${describe(v['url'])})` : '';
      r.warn(p, `left out a ${isOrganization(v) ? 'company' : 'creator'} with no name${link}`);
      return undefined;
    }
    const who = entity(r, v, p);
    if (who) (isOrganization(v) ? found.companies : found.writers).push(who);
    return who;
  });
  return found;
}

/** Reads one Movie node, with the reviews that name it from outside. */
function readMovie(r: Reader, movie: JsonObject, byId: Map<string, JsonObject>, outside: JsonObject[] = []): Film {
  const resolve = resolverOf(byId);
  const field = (key: string) => resolve(movie[key]);

  const film: Film = { title: '' };
  const name = putText(r, film, 'title', movie['name'], 'name', 'a title');
  if (name === undefined) r.error('name', `expected the film's title, got ${describe(movie['name'])}`);
  put(film, 'id', text(r, movie['identifier'], 'identifier', 'an id') ?? text(r, movie['@id'], '@id', 'an id'));
  put(film, 'url', url(r, movie['url'], 'url') ?? list(r, movie['sameAs'], 'sameAs', (v, p) => url(r, v, p))?.[0]);
  const titles = list(r, movie['alternateName'], 'alternateName', (v, p) => title(r, v, p));
  nameFromAlternates(film, 'title', film.title, titles?.map((t) => [t.text, t.lang]) ?? []);
  put(film, 'altTitles', titles?.filter((t) => t.text !== film.title));
  putText(r, film, 'description', movie['description'], 'description');
  put(film, 'genres', texts(r, movie['genre'], 'genre'));

  const credits: NonNullable<Film['credits']> = {};
  const creators = creator(r, field('creator'));
  put(credits, 'directors', entities(r, field('director'), 'director'));
  put(credits, 'writers', joined(entities(r, field('author'), 'author'), creators.writers));
  put(credits, 'producers', entities(r, field('producer'), 'producer'));
  put(credits, 'music', entities(r, field('musicBy'), 'musicBy'));
  put(credits, 'editors', entities(r, field('editor'), 'editor'));
  if (Object.keys(credits).length) film.credits = credits;
  const companies: NonNullable<Film['companies']> = {};
  put(companies, 'production', joined(entities(r, field('productionCompany'), 'productionCompany'), creators.companies));
  put(companies, 'distributors', entities(r, field('publisher'), 'publisher'));
  if (Object.keys(companies).length) film.companies = companies;

  const cast = list(r, field('actor') ?? field('actors'), movie['actor'] !== undefined ? 'actor' : 'actors', (v, p) => castMember(r, resolve(v), p));
  put(film, 'cast', cast);
  put(film, 'releases', releases(r, movie, resolve));
  const created = date(r, movie['dateCreated'], 'dateCreated');
  if (!film.releases && created) film.year = Number(created.slice(0, 4));
  const runtime = minutes(r, movie['duration'], 'duration');
  if (runtime !== undefined) film.runtime = [{ value: runtime }];
  put(film, 'countries', names(r, field('countryOfOrigin'), 'countryOfOrigin'));
  put(film, 'languages', names(r, field('inLanguage'), 'inLanguage'));
  const poster = Array.isArray(movie['image']) ? movie['image'][0] : movie['image'];
  put(film, 'poster', image(r, resolve(poster), Array.isArray(movie['image']) ? 'image[0]' : 'image'));
  put(film, 'contentRating', contentRating(r, field('contentRating'), 'contentRating'));
  put(film, 'reviews', uniqueReviewIds(r, list(r, withOutside(field('review'), outside), 'review', (v, p) => review(r, resolve(v), p, resolve)), 'review'));
  put(film, 'scores', list(r, field('aggregateRating'), 'aggregateRating', (v, p) => aggregate(r, resolve(v), p, resolve)));
  put(film, 'accolades', list(r, movie['award'] ?? movie['awards'], movie['award'] !== undefined ? 'award' : 'awards', (v, p) => award(r, v, p)));
  put(film, 'trailer', trailer(r, resolve(Array.isArray(movie['trailer']) ? movie['trailer'][0] : movie['trailer']), 'trailer'));
  return film;
}

/** Another title; a language-tagged one (or one in the `@context`'s language) keeps its language. */
function title(r: Reader, value: unknown, path: string): Title | undefined {
  const read = localText(r, value, path, 'a title');
  if (read === undefined) return undefined;
  const lang = read.map && Object.keys(read.map).find((tag) => read.map![tag] === read.text);
  return lang ? { text: read.text, lang } : { text: read.text };
}

/** Countries and languages: plain names, or `Country` / `Language` objects with a name. */
function names(r: Reader, value: unknown, path: string): string[] | undefined {
  return list(r, value, path, (v, p) => entity(r, v, p)?.name);
}

function castMember(r: Reader, value: unknown, path: string): CastMember | undefined {
  if (!isObject(value) || !hasType(value, 'PerformanceRole')) {
    const actor = entity(r, value, path);
    return actor && { actor };
  }
  const actor = entity(r, value['actor'], at(path, 'actor'));
  if (!actor) {
    if (value['actor'] === undefined) r.error(at(path, 'actor'), 'expected the actor, got nothing');
    return undefined;
  }
  const found: CastMember = { actor };
  put(found, 'character', text(r, value['characterName'], at(path, 'characterName')));
  put(found, 'note', text(r, value['description'], at(path, 'description')));
  return found;
}

/** Every `releasedEvent`, else `datePublished` as the one release known. */
function releases(r: Reader, movie: JsonObject, resolve: (v: unknown) => unknown): Release[] | undefined {
  const events = list(r, resolve(movie['releasedEvent']), 'releasedEvent', (v, p) => {
    const o = object(r, resolve(v), p);
    const placed = o && datedPlace(r, o['startDate'], at(p, 'startDate'));
    const when = placed?.date ?? (o && date(r, o['startDate'], at(p, 'startDate')));
    if (!o || when === undefined) {
      if (o && o['startDate'] === undefined) r.error(at(p, 'startDate'), 'expected a date like "2023-10-05", got nothing');
      return undefined;
    }
    const found: Release = { date: when };
    put(found, 'place', entity(r, resolve(o['location']), at(p, 'location'))?.name ?? placed?.place);
    put(found, 'note', text(r, o['description'], at(p, 'description')));
    return found;
  });
  if (events) return events;
  const placed = datedPlace(r, movie['datePublished'], 'datePublished');
  if (placed) return [placed];
  const published = date(r, movie['datePublished'], 'datePublished');
  return published === undefined ? undefined : [{ date: published }];
}

/** `contentRating` as text ("TV-MA") or a `Rating` whose explanation lists advisories. */
function contentRating(r: Reader, value: unknown, path: string): ContentRating | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  if (!isObject(one)) {
    const t = text(r, one, path, 'a rating like "TV-MA"');
    return t === undefined ? undefined : { rating: t };
  }
  const t = text(r, one['ratingValue'], at(path, 'ratingValue'), 'a rating like "TV-MA"');
  if (t === undefined) return undefined;
  const found: ContentRating = { rating: t };
  put(found, 'system', entity(r, one['author'], at(path, 'author'))?.name);
  const explanation = text(r, one['ratingExplanation'], at(path, 'ratingExplanation'));
  const advisories: Advisory[] = [];
  for (const line of explanation?.split('\n') ?? []) {
    const m = /^([^:]+):\s*(.+)$/.exec(line.trim());
    if (m) advisories.push({ category: m[1]!.trim(), items: m[2]!.split(/,\s*/).map((s) => s.trim().replace(/\.$/, '')).filter(Boolean) });
  }
  if (advisories.length) found.advisories = advisories;
  return found;
}

/** A schema.org `Rating`: bestRating defaults to 5 and worstRating to 1, as schema.org says. */
function reviewRating(r: Reader, value: unknown, path: string): Rating | undefined {
  const o = object(r, value, path);
  if (!o) return undefined;
  const raw = isObject(o['ratingValue']) ? o['ratingValue']['@value'] : o['ratingValue'];
  if (typeof raw === 'string' && !/^\s*-?[\d.,]+\s*$/.test(raw)) {
    const written = text(r, raw, at(path, 'ratingValue'), 'a rating');
    return written === undefined ? undefined : ratingFromText(r, written, at(path, 'ratingValue'));
  }
  const points = num(r, raw, at(path, 'ratingValue'));
  if (points === undefined) {
    if (raw === undefined) r.error(at(path, 'ratingValue'), 'expected a number, got nothing');
    return undefined;
  }
  const best = num(r, o['bestRating'], at(path, 'bestRating')) ?? 5;
  const worst = num(r, o['worstRating'], at(path, 'worstRating'));
  // A 0–100 scale is a percentage; the default bottom of each scale is not repeated.
  const percent = best === 100 && worst === 0;
  const where = { value: at(path, 'ratingValue'), best: at(path, 'bestRating') };
  return score(r, where, points, best, percent || worst === 1 ? undefined : worst, percent ? 'percent' : undefined);
}

function review(r: Reader, value: unknown, path: string, resolve: (v: unknown) => unknown): Review | undefined {
  const o = object(r, value, path);
  if (!o) return undefined;
  const found: Review = { id: text(r, o['identifier'], at(path, 'identifier'), 'an id') ?? '' };
  const author = resolve(Array.isArray(o['author']) ? o['author'][0] : o['author']);
  const outlet = entity(r, resolve(o['publisher']), at(path, 'publisher'))?.name;
  const byOrganization = isOrganization(author);
  const writer = entity(r, author, at(path, 'author'));
  put(found, 'outlet', outlet ?? (byOrganization ? writer?.name : undefined));
  if (writer && !(byOrganization && (outlet === undefined || outlet === writer.name))) found.critic = writer;
  put(found, 'date', date(r, o['datePublished'], at(path, 'datePublished')));
  put(found, 'url', url(r, o['url'], at(path, 'url')));
  put(found, 'lang', text(r, o['inLanguage'], at(path, 'inLanguage'), 'a language tag'));
  const body = text(r, o['reviewBody'], at(path, 'reviewBody'));
  const summary = text(r, o['description'], at(path, 'description'));
  // With both, the short description is the pull quote; alone, the review body is.
  put(found, 'quote', summary ?? body);
  if (summary !== undefined) put(found, 'body', body);
  put(found, 'headline', text(r, o['headline'] ?? o['name'], at(path, o['headline'] !== undefined ? 'headline' : 'name')));
  put(found, 'rating', reviewRating(r, resolve(o['reviewRating']), at(path, 'reviewRating')));
  put(found, 'pros', notes(r, resolve(o['positiveNotes']), at(path, 'positiveNotes')));
  put(found, 'cons', notes(r, resolve(o['negativeNotes']), at(path, 'negativeNotes')));
  const audience = resolve(o['audience']);
  put(found, 'audience', isObject(audience) ? text(r, audience['audienceType'], at(path, 'audience.audienceType')) : text(r, audience, at(path, 'audience')));
  return found;
}

/** Pros and cons: an `ItemList` of `ListItem`s, or plain names. */
function notes(r: Reader, value: unknown, path: string): string[] | undefined {
  if (isObject(value) && 'itemListElement' in value) return notes(r, value['itemListElement'], at(path, 'itemListElement'));
  return list(r, value, path, (v, p) => entity(r, v, p)?.name);
}

function aggregate(r: Reader, value: unknown, path: string, resolve: (v: unknown) => unknown): AggregateScore | undefined {
  const o = object(r, value, path);
  const rating = o && reviewRating(r, o, path);
  if (!o || rating?.kind !== 'score') return undefined;
  const source = entity(r, resolve(o['author']), at(path, 'author'))?.name ?? entity(r, resolve(o['publisher']), at(path, 'publisher'))?.name;
  const found: AggregateScore = { source: source ?? '', value: rating.value, best: rating.best };
  put(found, 'name', text(r, o['name'], at(path, 'name')));
  put(found, 'unit', rating.unit === 'percent' ? 'percent' : undefined);
  const countKey = o['reviewCount'] !== undefined ? 'reviewCount' : 'ratingCount';
  put(found, 'count', num(r, o[countKey], at(path, countKey), { integer: true, min: 0 }));
  put(found, 'url', url(r, o['url'], at(path, 'url')));
  return found;
}

/** The award line `toJsonLd` writes: "Award (2023): Category – Recipient, Recipient [won]". */
const AWARD_LINE = /^(.+?)(?: \((\d{4}(?:-\d{2}){0,2})\))?: (.+?)(?: – (.+?))?(?: \[([^\]]+)\])?$/;

function award(r: Reader, value: unknown, path: string): Accolade | undefined {
  const line = text(r, value, path);
  if (line === undefined) return undefined;
  const m = AWARD_LINE.exec(line);
  if (!m) return { award: line, category: '' };
  const [, name, year, category, recipients, result] = m;
  const found: Accolade = { award: name!, category: category! };
  put(found, 'date', year);
  if (recipients) found.recipients = recipients.split(', ').map((n) => ({ name: n }));
  put(found, 'result', result);
  return found;
}

/**
 * The schema.org Movie of a JSON-LD document, or why there is none: the one `pick` names when
 * the document lists several, else the first.
 */
export function readJsonLd(r: Reader, data: unknown, pick?: string): Film | string {
  r.decode = decodeHtml;
  r.jsonLdText = jsonLdText;
  const graph = graphOf(data);
  const { nodes, byId } = graph;
  const { found, listed } = moviesOf(graph);
  if (!found.length) {
    if (listed.length) {
      return `this JSON-LD is a list of ${listed.length} films given only by their addresses (${listed.slice(0, 3).join(', ')}${listed.length > 3 ? ', …' : ''}), so no film could be read here: use one of those pages instead`;
    }
    const types = [...new Set(nodes.flatMap((n) => n['@type']).filter((t) => typeof t === 'string'))];
    const stray = nodes.some((n) => isReview(n) && n['itemReviewed'] === undefined)
      ? '; its Review does not say what it reviews (no "itemReviewed")' : '';
    return `this JSON-LD has no schema.org Movie${types.length ? ` (it has ${types.slice(0, 5).join(', ')})` : ''}${stray}, so no film could be read`;
  }
  let chosen = found[0]!;
  if (pick !== undefined && pick !== '') {
    const named = found.find((f) => answersTo(f.movie, pick));
    if (named) chosen = named;
    else if (found.length > 1) {
      return `no film in this JSON-LD is named "#${pick}": it has ${found.slice(0, 5).map((f) => filmName(f.movie)).join(', ')}${found.length > 5 ? ', …' : ''}; name one by its identifier, @id or url`;
    } else r.warn('', `no film here is named "#${pick}", so the one film, ${filmName(chosen.movie)}, was read`);
  }
  const lang = contextLanguage(chosen.movie) ?? (isObject(data) ? contextLanguage(data) : undefined);
  if (lang) r.options.lang = lang;
  const film = readMovie(r, inlined(chosen.movie, byId), byId, chosen.outside.map((review) => inlined(review, byId)));
  if (found.length > 1 && chosen === found[0] && !(pick && answersTo(chosen.movie, pick))) {
    r.warn('', `this JSON-LD describes ${found.length} films; only the first, "${film.title}", was read: name another after a # in the address, like "films.json#${exampleName(found[1]!.movie)}"`);
  }
  return film;
}

/** The default language a node's `@context` gives its plain strings (`{ "@language": "ko" }`). */
function contextLanguage(node: JsonObject): string | undefined {
  const context = node['@context'];
  for (const part of Array.isArray(context) ? context : [context]) {
    if (isObject(part) && typeof part['@language'] === 'string') return canonicalTag(part['@language']);
  }
  return undefined;
}

/** A schema.org Review given on its own (the document's first Review), its id settled as in a list of one. */
export function readJsonLdReview(r: Reader, data: unknown): Review | undefined {
  r.decode = decodeHtml;
  r.jsonLdText = jsonLdText;
  const { nodes, byId } = graphOf(data);
  const node = nodes.find((n) => hasType(n, 'Review')) ?? nodes[0] ?? data;
  const resolve = resolverOf(byId);
  return uniqueReviewIds(r, list(r, node, '', (v, p) => review(r, resolve(v), p, resolve)), '')?.[0];
}
