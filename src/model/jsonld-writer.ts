/**
 * `toJsonLd`: the film as schema.org `Movie` JSON-LD for search engines, following Google's
 * Movie carousel, Review snippet and AggregateRating rules. What schema.org has no property for
 * (sources, plot, milestones, viewership, criteria, disputed runtimes) is left out, and so is
 * what the rules forbid: another site's reviews and aggregates are shown on the page but never
 * claimed as the page's own. `writeJsonLd` says why for each omission. `parseFilm` reads back
 * everything written here.
 */
import type { Movie, WithContext } from 'schema-dts';
import type { Accolade, AggregateScore, CastMember, Entity, Film, Image, Localisable, Rating, Review, SearchNote } from './types.js';

/**
 * A schema.org Movie node as the writer writes it: typed by schema-dts, so the elements' `film`
 * takes it back, and open to reading any property by name.
 */
export type MovieJsonLd = WithContext<Movie> & { [key: string]: unknown };

type Node = Record<string, unknown>;

/** Leaves out empty values, so the output carries no `"x": undefined` or `[]`. */
function node(type: string, fields: Node): Node {
  const out: Node = { '@type': type };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || (Array.isArray(value) && !value.length)) continue;
    out[key] = value;
  }
  return out;
}

const many = <T>(items: T[] | undefined, write: (item: T) => unknown) => items?.map(write);

/** A language-tagged value when the language is known, plain text otherwise. */
const tagged = (text: string, lang: string | undefined) => (lang ? { '@value': text, '@language': lang } : text);

/**
 * Other names: `name` stays plain text (Google reads it so), and a name given per language
 * lists itself, tagged, among `alternateName` with its other languages, so that a reader of
 * this JSON-LD learns each name's language and can choose again.
 */
function alternates(owner: Localisable, field: string, shown: string, others: Array<string | { text: string; lang?: string | undefined }> = []): unknown[] {
  const map = owner.localised?.[field] ?? {};
  const out: unknown[] = Object.keys(map).map((tag) => tagged(map[tag]!, tag));
  if (out.length === 1) out.length = 0;
  const seen = new Set(out.length ? Object.values(map) : [shown]);
  for (const other of others) {
    const { text, lang } = typeof other === 'string' ? { text: other, lang: undefined } : other;
    if (!seen.has(text)) seen.add(text), out.push(tagged(text, lang));
  }
  return out;
}

const altNamesOf = (who: Entity) => who.altNames?.map((text, i) => ({ text, lang: Object.keys(who.localised?.[`altNames[${i}]`] ?? {})[0] }));
const person = (who: Entity) => node('Person', { name: who.name, alternateName: alternates(who, 'name', who.name, altNamesOf(who)), url: who.url });
const organization = (who: Entity | string) =>
  typeof who === 'string' ? node('Organization', { name: who })
    : node('Organization', { name: who.name, alternateName: alternates(who, 'name', who.name, altNamesOf(who)), url: who.url });

/** 93 → `PT1H33M`. */
export function isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes - hours * 60);
  return `PT${hours ? `${hours}H` : ''}${rest || !hours ? `${rest}M` : ''}`;
}

type Score = Extract<Rating, { kind: 'score' }>;

/** The bottom of a score's scale: a percentage starts at 0, stars and points at 1 unless it says. */
const worstOf = (score: { worst?: number; unit?: string }) => score.worst ?? (score.unit === 'percent' ? 0 : 1);

/** Google reads a rating without `bestRating`/`worstRating` as 1 to 5, so both are always given. */
const rating = (score: Score): Node =>
  node('Rating', { ratingValue: score.value, bestRating: score.best, worstRating: worstOf(score) });

/** Whom a review quotes, for the note that says why it is not claimed. */
const quotedFrom = (item: Review) => (item.outlet ?? item.critic?.name ? `quoted from ${item.outlet ?? item.critic?.name}` : 'a review');

/** Google's rule for an author's name: a real name, under 100 characters. */
const MAX_AUTHOR_NAME = 100;

/**
 * Why an own review cannot be a review snippet, in Search Console's words, or nothing when it
 * can: Google needs an author with a name and a number within its scale.
 */
function reviewFault(item: Review): Pick<SearchNote, 'issue' | 'why'> | undefined {
  const author = item.critic?.name ?? item.outlet;
  if (!author) return { issue: 'Missing field "author"', why: 'the review names no critic and no outlet, so it is left out; give it a "critic"' };
  if (author.length >= MAX_AUTHOR_NAME) return { issue: 'Invalid string length in field "name"', why: `the author's name must be under ${MAX_AUTHOR_NAME} characters, so the review is left out` };
  const given = item.rating;
  if (given?.kind === 'verdict' || given?.kind === 'grade') {
    const said = given.kind === 'verdict' ? given.label : given.grade;
    return { issue: 'Missing field "reviewRating"', why: `"${said}" is not a number on a scale, so the review is not marked up as a rated Review` };
  }
  if (!given) return { issue: 'Missing field "reviewRating"', why: 'the review has no rating, so it is left out' };
  if (given.best <= worstOf(given) || given.value < worstOf(given) || given.value > given.best) {
    return { issue: 'Invalid value in field "ratingValue"', why: `${given.value} is outside its scale (${worstOf(given)} to ${given.best}), so the review is left out` };
  }
  return undefined;
}

const itemList = (names: string[] | undefined) =>
  names && node('ItemList', { itemListElement: names.map((name, i) => node('ListItem', { position: i + 1, name })) });

function review(item: Review & { rating: Score }): Node {
  return node('Review', {
    identifier: item.id,
    // Google wants an author; a review signed only by its outlet is the outlet's.
    author: item.critic ? person(item.critic) : item.outlet ? organization(item.outlet) : undefined,
    publisher: item.outlet ? organization(item.outlet) : undefined,
    datePublished: item.date,
    url: item.url,
    inLanguage: item.lang,
    headline: item.headline,
    reviewBody: item.body ?? item.quote,
    description: item.body !== undefined ? item.quote : undefined,
    reviewRating: rating(item.rating),
    positiveNotes: itemList(item.pros),
    negativeNotes: itemList(item.cons),
    audience: item.audience ? node('Audience', { audienceType: item.audience }) : undefined,
  });
}

function castMember(member: CastMember): Node {
  if (member.character === undefined && member.note === undefined) return person(member.actor);
  return node('PerformanceRole', { actor: person(member.actor), characterName: member.character, description: member.note });
}

const image = (picture: Image | undefined) =>
  picture && node('ImageObject', { url: picture.src, description: picture.alt || undefined, caption: picture.caption, width: picture.width, height: picture.height });

/** One line per award, in a shape `parseFilm` reads back: "Award (2023): Category – Gray [won]". */
function awardLine(accolade: Accolade): string {
  if (!accolade.category) return accolade.award;
  const recipients = accolade.recipients?.length ? ` – ${accolade.recipients.map((r) => r.name).join(', ')}` : '';
  const result = accolade.result ? ` [${accolade.result}]` : '';
  return `${accolade.award}${accolade.date ? ` (${accolade.date})` : ''}: ${accolade.category}${recipients}${result}`;
}

function contentRating(film: Film): unknown {
  const rated = film.contentRating;
  if (!rated) return undefined;
  if (!rated.system && !rated.advisories) return rated.rating;
  return node('Rating', {
    ratingValue: rated.rating,
    author: rated.system ? organization(rated.system) : undefined,
    ratingExplanation: rated.advisories?.map((a) => `${a.category}: ${a.items.join(', ')}`).join('\n'),
  });
}

/** What a Movie node needs for Google's carousel and what it should have, with its notes. */
function movieNotes(movie: Node, film: Film, notes: SearchNote[]): void {
  if (!film.title) notes.push({ path: 'title', issue: 'Missing field "name"', why: 'the film has no title', level: 'critical' });
  // Required for the Movie carousel only; a page about one film still has its review snippets.
  if (!movie['image']) notes.push({ path: 'poster', issue: 'Missing field "image"', why: "Google's Movie carousel shows only films with an image: give the film a poster", level: 'optional' });
  const recommended: Array<[string, string, string]> = [
    ['director', 'credits.directors', 'the film names no director'],
    ['dateCreated', 'releases', 'the film has no release date or year'],
    ['review', 'reviews', "the page has no review of its own to mark up (see the notes on each review)"],
    ['aggregateRating', 'scores', "the page's own readers have given no rating with a count"],
  ];
  for (const [field, path, why] of recommended) {
    if (movie[field] === undefined) notes.push({ path, issue: `Missing field "${field}" (optional)`, why, level: 'optional' });
  }
}

/** The page's own reviews that can be review snippets; the others, each with a note. */
function ownReviews(film: Film, notes: SearchNote[]): Node[] {
  const written: Node[] = [];
  film.reviews?.forEach((item, i) => {
    const path = `reviews[${i}]`;
    if (!item.own) {
      const why = `${quotedFrom(item)}, not marked as this page's own ("own": true): Google lets a page mark up only its own reviews, so it is shown and not marked up`;
      return void notes.push({ path, issue: "Another site's review", why, level: 'left out' });
    }
    const fault = reviewFault(item);
    if (fault) return void notes.push({ path, ...fault, level: 'critical' });
    if (!item.date) notes.push({ path: `${path}.date`, issue: 'Missing field "datePublished" (optional)', why: 'the review has no date', level: 'optional' });
    written.push(review(item as Review & { rating: Score }));
  });
  return written;
}

/**
 * The one `aggregateRating` Google takes: ratings from the page's own readers with how many gave
 * them (an own score, else an own review's readers' widget). Other sites' aggregates are left out.
 */
function ownAggregate(film: Film, notes: SearchNote[]): Node | undefined {
  let chosen: Node | undefined;
  const consider = (score: Pick<AggregateScore, 'value' | 'best' | 'unit' | 'name'> & { count?: number }, path: string) => {
    const worst = score.unit === 'percent' ? 0 : 1;
    let fault: Pick<SearchNote, 'issue' | 'why'> | undefined;
    if (score.count === undefined) fault = { issue: 'Either "ratingCount" or "reviewCount" should be specified', why: 'say how many readers rated the film ("count"); the rating is left out' };
    else if (score.count < 1) fault = { issue: 'Value in field "ratingCount" must be positive', why: 'no reader has rated the film yet, so there is no rating to mark up' };
    else if (score.value < worst || score.value > score.best) fault = { issue: 'Invalid value in field "ratingValue"', why: `${score.value} is outside its scale (${worst} to ${score.best}); left out` };
    else if (chosen) fault = { issue: 'Review has multiple aggregate ratings', why: 'Google takes one aggregate rating per film: the first is marked up' };
    if (fault) return void notes.push({ path, ...fault, level: 'critical' });
    chosen = node('AggregateRating', { name: score.name, ratingValue: score.value, bestRating: score.best, worstRating: worst, ratingCount: score.count });
  };
  film.scores?.forEach((score, i) => {
    if (score.own) return consider(score, `scores[${i}]`);
    const why = `${score.source}'s score aggregates reviews from other websites, which Google forbids marking up as the page's rating: it is shown and not marked up`;
    notes.push({ path: `scores[${i}]`, issue: "Another site's aggregate", why, level: 'left out' });
  });
  film.reviews?.forEach((item, i) => {
    const readers = item.userRating;
    if (!item.own || !readers || readers.value === undefined || readers.best === undefined || chosen) return;
    consider({ value: readers.value, best: readers.best, count: readers.count }, `reviews[${i}].userRating`);
  });
  return chosen;
}

/**
 * The film as a schema.org Movie node with the notes that say what was left out and why, and
 * what keeps the film from Google's rich results. `validate --search` and the builder list them.
 */
export function writeJsonLd(film: Film): { jsonLd: ReturnType<typeof toJsonLd>; notes: SearchNote[] } {
  const notes: SearchNote[] = [];
  const jsonLd = movie(film, ownReviews(film, notes), ownAggregate(film, notes), trailerVideo(film, notes));
  const before = notes.length;
  movieNotes(jsonLd, film, notes);
  // The film's own needs come first: they decide whether there is a rich result at all.
  notes.unshift(...notes.splice(before));
  return { jsonLd, notes };
}

/** The film as schema.org `Movie` JSON-LD, within Google's rules (`writeJsonLd` has the notes). */
export function toJsonLd(film: Film): MovieJsonLd {
  return writeJsonLd(film).jsonLd;
}

/** What Google's video rich results require of a VideoObject, with where the film JSON gives each. */
const VIDEO_NEEDS: Array<[field: string, path: string, what: string]> = [
  ['name', 'trailer.name', 'name'],
  ['thumbnailUrl', 'trailer.thumbnail', 'thumbnail'],
  ['uploadDate', 'trailer.date', 'upload date'],
];

/**
 * The trailer as a VideoObject when it has everything Google requires of one. A video without
 * them is an error in Search Console, so it is left out, with a note that says what it lacks;
 * the film's poster is not its thumbnail (Google wants a frame of the video).
 */
function trailerVideo(film: Film, notes: SearchNote[]): Node | undefined {
  const trailer = film.trailer;
  if (!trailer?.url) return undefined;
  const video = node('VideoObject', { name: trailer.name, url: trailer.url, thumbnailUrl: trailer.thumbnail?.src, uploadDate: trailer.date });
  const missing = VIDEO_NEEDS.filter(([field]) => video[field] === undefined);
  if (!missing.length) return video;
  const [[field, path]] = missing as [[string, string, string]];
  const lacks = missing.map(([, , what]) => what).join(', ').replace(/, (?=[^,]*$)/, ' or ');
  notes.push({
    path: missing.length === 1 ? path : 'trailer', issue: `Missing field "${field}"`, level: 'left out',
    why: `the trailer has no ${lacks} (${missing.map(([, p]) => `"${p.slice('trailer.'.length)}"`).join(', ')}), which Google requires of a video: it is shown and not marked up`,
  });
  return undefined;
}

function movie(film: Film, reviews: Node[], aggregate: Node | undefined, video: Node | undefined): MovieJsonLd {
  const releases = film.releases ?? [];
  const first = releases.reduce<string | undefined>((min, r) => (min === undefined || r.date < min ? r.date : min), undefined);
  const titles = [film.originalTitle, ...(film.altTitles ?? [])].filter((t) => t !== undefined);
  return <MovieJsonLd>{
    '@context': 'https://schema.org',
    '@type': 'Movie',
    ...node('Movie', {
      name: film.title,
      identifier: film.id,
      url: film.url,
      alternateName: alternates(film, 'title', film.title, titles),
      description: film.description,
      image: image(film.poster),
      genre: film.genres,
      director: many(film.credits?.directors, person),
      author: many(film.credits?.writers, person),
      producer: many(film.credits?.producers, person),
      musicBy: many(film.credits?.music, person),
      editor: many(film.credits?.editors, person),
      actor: many(film.cast, castMember),
      productionCompany: many(film.companies?.production, organization),
      publisher: many(film.companies?.distributors, organization),
      countryOfOrigin: film.countries?.map((name) => node('Country', { name })),
      inLanguage: film.languages,
      datePublished: first,
      // Google's Movie carousel reads the release as dateCreated.
      dateCreated: first ?? (film.year !== undefined ? String(film.year) : undefined),
      releasedEvent: releases.map((r) => node('PublicationEvent', {
        startDate: r.date,
        location: r.place ? node('Place', { name: r.place }) : undefined,
        description: r.note,
      })),
      duration: film.runtime?.[0] ? isoDuration(film.runtime[0].value) : undefined,
      contentRating: contentRating(film),
      review: reviews,
      aggregateRating: aggregate,
      award: many(film.accolades, awardLine),
      trailer: video,
    }),
  };
}
