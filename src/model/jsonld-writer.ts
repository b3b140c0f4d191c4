/**
 * `toJsonLd`: the film as schema.org `Movie` JSON-LD for search engines, following Google's
 * Movie and Review snippet rules. What schema.org has no property for (sources, plot, milestones,
 * viewership, criteria, disputed runtimes) is left out; `parseFilm` reads everything written here.
 */
import type { Accolade, CastMember, Entity, Film, Image, Rating, Review } from './types.js';

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

const person = (who: Entity) => node('Person', { name: who.name, alternateName: who.altNames, url: who.url });
const organization = (who: Entity | string) =>
  typeof who === 'string' ? node('Organization', { name: who }) : node('Organization', { name: who.name, alternateName: who.altNames, url: who.url });

/** 93 → `PT1H33M`. */
export function isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes - hours * 60);
  return `PT${hours ? `${hours}H` : ''}${rest || !hours ? `${rest}M` : ''}`;
}

/**
 * Google reads a rating without `bestRating`/`worstRating` as 1 to 5, so both are always given.
 * Verdict labels have no number and are not written as ratings.
 */
function rating(score: Rating | undefined): Node | undefined {
  if (score?.kind === 'grade') return node('Rating', { ratingValue: score.grade });
  if (score?.kind !== 'score') return undefined;
  const worst = score.worst ?? (score.unit === 'percent' ? 0 : 1);
  return node('Rating', { ratingValue: score.value, bestRating: score.best, worstRating: worst });
}

const itemList = (names: string[] | undefined) =>
  names && node('ItemList', { itemListElement: names.map((name, i) => node('ListItem', { position: i + 1, name })) });

function review(item: Review): Node {
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

export function toJsonLd(film: Film): { '@context': string; '@type': string; [key: string]: unknown } {
  const releases = film.releases ?? [];
  const first = releases.reduce<string | undefined>((min, r) => (min === undefined || r.date < min ? r.date : min), undefined);
  const score = film.scores?.[0];
  const titles = [film.originalTitle, ...(film.altTitles ?? [])].filter((t) => t !== undefined);
  return {
    '@context': 'https://schema.org',
    '@type': 'Movie',
    ...node('Movie', {
      name: film.title,
      identifier: film.id,
      url: film.url,
      alternateName: titles.map((t) => (t.lang ? { '@value': t.text, '@language': t.lang } : t.text)),
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
      dateCreated: first === undefined && film.year !== undefined ? String(film.year) : undefined,
      releasedEvent: releases.map((r) => node('PublicationEvent', {
        startDate: r.date,
        location: r.place ? node('Place', { name: r.place }) : undefined,
        description: r.note,
      })),
      duration: film.runtime?.[0] ? isoDuration(film.runtime[0].value) : undefined,
      contentRating: contentRating(film),
      review: many(film.reviews, review),
      // Google takes one aggregate rating per film: the first score, with its count.
      aggregateRating: score && node('AggregateRating', {
        name: score.name,
        author: score.source ? organization(score.source) : undefined,
        ratingValue: score.value,
        bestRating: score.best,
        worstRating: score.unit === 'percent' ? 0 : 1,
        reviewCount: score.count,
        url: score.url,
      }),
      award: many(film.accolades, awardLine),
      trailer: film.trailer?.url ? node('VideoObject', { name: film.trailer.name, url: film.trailer.url, thumbnailUrl: film.trailer.thumbnail?.src }) : undefined,
    }),
  };
}
