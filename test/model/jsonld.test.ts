import { expect } from '@open-wc/testing';
import { parseFilm } from '../../src/model/parse-film.js';
import { readFilm } from '../../src/model/index.js';
import * as jsonLdReader from '../../src/model/jsonld-reader.js';
import { isoDuration, toJsonLd, writeJsonLd } from '../../src/model/jsonld-writer.js';
import type { Film, Problem, Review } from '../../src/model/types.js';
import { ballerinaText } from './ballerina.js';
import { checkForGoogle } from './google-rules.js';

const error = (path: string, message: string): Problem => ({ path, message, severity: 'error' });

/** A Movie as a real page might publish it: strings for numbers, entities, mixed shapes. */
const pageMovie = {
  '@type': ['Movie', 'CreativeWork'],
  '@id': 'https://films.example/ballerina#movie',
  name: 'Ballerina',
  alternateName: [{ '@value': '발레리나', '@language': 'ko' }, 'Ballerina (2023)'],
  url: 'https://films.example/ballerina',
  description: 'Ok-ju&apos;s revenge &#8211; a &amp; b &#x2014; c',
  genre: 'Action',
  director: { '@type': 'Person', name: 'Lee Chung-hyun', sameAs: 'https://example.org/lee' },
  author: ['Lee Chung-hyun'],
  producer: { '@id': '#byun' },
  musicBy: { '@type': 'Person', name: 'Gray' },
  actor: [
    { '@type': 'PerformanceRole', actor: { '@type': 'Person', name: 'Jeon Jong-seo' }, characterName: 'Jang Ok-ju' },
    { '@type': 'Person', name: 'Kim Ji-hoon' },
    'Park Yu-rim',
  ],
  productionCompany: { '@type': 'Organization', name: 'Climax Studio' },
  countryOfOrigin: { '@type': 'Country', name: 'South Korea' },
  inLanguage: 'ko',
  datePublished: '2023-10-05',
  duration: 'PT1H33M',
  contentRating: 'TV-MA',
  image: ['https://films.example/poster.jpg'],
  trailer: { '@type': 'VideoObject', name: 'Ballerina | Official Trailer', embedUrl: 'https://video.example/embed/1', thumbnailUrl: ['https://video.example/1.jpg'] },
  award: 'Blue Dragon Film Awards (2023): Best Music – Gray',
  aggregateRating: { '@type': 'AggregateRating', ratingValue: '91', bestRating: '100', worstRating: '0', reviewCount: '11', author: { '@type': 'Organization', name: 'Rotten Tomatoes' } },
  review: [
    {
      '@type': 'Review',
      author: { '@type': 'Person', name: 'James Marsh' },
      publisher: { '@type': 'Organization', name: 'South China Morning Post' },
      datePublished: '2023-10-06T08:00:00+08:00',
      reviewRating: { '@type': 'Rating', ratingValue: '3', bestRating: '5', worstRating: '1' },
      reviewBody: 'Jeon&apos;s cold-as-ice angel of vengeance is the film&apos;s saving grace',
      url: 'https://www.scmp.example/review',
    },
    { '@type': 'Review', author: { '@type': 'Organization', name: 'OhmyNews' }, reviewBody: 'A disappointing impression.' },
    { '@type': 'Review', author: 'Rohan Naahar', reviewRating: { ratingValue: 3 } },
  ],
};

describe('parseFilm: schema.org JSON-LD', () => {
  const expected: Film = {
    title: 'Ballerina',
    id: 'https://films.example/ballerina#movie',
    url: 'https://films.example/ballerina',
    altTitles: [{ text: '발레리나', lang: 'ko' }, { text: 'Ballerina (2023)' }],
    description: 'Ok-ju\'s revenge – a & b — c',
    genres: ['Action'],
    credits: {
      directors: [{ name: 'Lee Chung-hyun', url: 'https://example.org/lee' }],
      writers: [{ name: 'Lee Chung-hyun' }],
      producers: [{ name: 'Byun Seung-min' }],
      music: [{ name: 'Gray' }],
    },
    companies: { production: [{ name: 'Climax Studio' }] },
    cast: [
      { actor: { name: 'Jeon Jong-seo' }, character: 'Jang Ok-ju' },
      { actor: { name: 'Kim Ji-hoon' } },
      { actor: { name: 'Park Yu-rim' } },
    ],
    releases: [{ date: '2023-10-05' }],
    runtime: [{ value: 93 }],
    countries: ['South Korea'],
    languages: ['ko'],
    poster: { src: 'https://films.example/poster.jpg', alt: '' },
    contentRating: { rating: 'TV-MA' },
    reviews: [
      {
        id: 'south-china-morning-post',
        outlet: 'South China Morning Post',
        critic: { name: 'James Marsh' },
        date: '2023-10-06',
        url: 'https://www.scmp.example/review',
        quote: "Jeon's cold-as-ice angel of vengeance is the film's saving grace",
        rating: { kind: 'score', value: 3, best: 5 },
      },
      { id: 'ohmynews', outlet: 'OhmyNews', quote: 'A disappointing impression.' },
      { id: 'rohan-naahar', critic: { name: 'Rohan Naahar' }, rating: { kind: 'score', value: 3, best: 5 } },
    ],
    scores: [{ source: 'Rotten Tomatoes', value: 91, best: 100, unit: 'percent', count: 11 }],
    accolades: [{ award: 'Blue Dragon Film Awards', date: '2023', category: 'Best Music', recipients: [{ name: 'Gray' }] }],
    trailer: { url: 'https://video.example/embed/1', name: 'Ballerina | Official Trailer', thumbnail: { src: 'https://video.example/1.jpg', alt: '' } },
    year: 2023,
  };
  const graph = [{ '@type': 'WebPage', name: 'A page' }, pageMovie, { '@type': 'Person', '@id': '#byun', name: 'Byun Seung-min' }];

  it('reads a Movie inside an @graph, resolving @id references', () => {
    const result = parseFilm({ '@context': 'https://schema.org', '@graph': graph });
    expect(result.problems).to.deep.equal([]);
    expect(result.film).to.deep.equal(expected);
  });

  it('reads a list of nodes and a bare node', () => {
    expect(parseFilm(graph).film).to.deep.equal(expected);
    const bare = parseFilm(JSON.stringify({ '@context': 'https://schema.org', ...pageMovie, producer: 'Byun Seung-min' }));
    expect(bare.film).to.deep.equal(expected);
  });

  it('accepts schema: and full IRIs as the type', () => {
    expect(parseFilm({ '@type': 'schema:Movie', name: 'A' }).film.title).to.equal('A');
    expect(parseFilm({ '@type': 'http://schema.org/Movie', name: 'B' }).film.title).to.equal('B');
  });

  it('reads ratings on other scales, numbers as text, and dateCreated', () => {
    const { film, problems } = parseFilm({
      '@type': 'Movie', name: 'X', dateCreated: '2022',
      review: { '@type': 'Review', reviewRating: { ratingValue: '7.5', bestRating: '10', worstRating: '0' } },
    });
    expect(problems).to.deep.equal([]);
    expect(film.year).to.equal(2022);
    expect(film.reviews?.[0]?.rating).to.deep.equal({ kind: 'score', value: 7.5, best: 10, worst: 0 });
  });

  it('drops wrong values with JSON-LD paths', () => {
    const { film, problems } = parseFilm({
      '@type': 'Movie', name: 'X', duration: 'ninety minutes', url: 'javascript:alert(1)',
      review: [{ '@type': 'Review', reviewRating: { ratingValue: 'three' }, author: 'A' }, { '@type': 'Review', reviewRating: { ratingValue: '9', bestRating: '5' } }],
    });
    expect(film.runtime).to.equal(undefined);
    expect(film.reviews?.[0]?.rating).to.deep.equal({ kind: 'verdict', label: 'three' });
    expect(problems).to.deep.equal([
      error('url', 'left out the link "javascript:alert(1)": only http, https and relative links are allowed'),
      error('duration', 'expected minutes, like 93 or "1 hour 33 minutes", got "ninety minutes"'),
      error('review[1].reviewRating.ratingValue', 'expected a score from 0 to 5, got 9'),
    ]);
  });

  it('says when JSON-LD has no Movie', () => {
    expect(parseFilm({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': ['Person'] }] })).to.deep.equal({
      film: { title: '' },
      problems: [error('', 'this JSON-LD has no schema.org Movie (it has WebPage, Person), so no film could be read')],
    });
  });

  it('reads the first of several films and says so', () => {
    const { film, problems } = parseFilm([{ '@type': 'Movie', name: 'Ballerina' }, { '@type': 'Movie', name: 'Ballerina (2025)' }]);
    expect(film.title).to.equal('Ballerina');
    expect(problems).to.deep.equal([{ path: '', message: 'this JSON-LD describes 2 films; only the first, "Ballerina", was read: name another after a # in the address, like "films.json#its-id"', severity: 'warning' }]);
  });
});

describe('toJsonLd', () => {
  it('writes ISO durations', () => {
    expect(isoDuration(93)).to.equal('PT1H33M');
    expect(isoDuration(92)).to.equal('PT1H32M');
    expect(isoDuration(45)).to.equal('PT45M');
    expect(isoDuration(120)).to.equal('PT2H');
  });

  it('follows the Movie rules for the demo film, and claims none of its quoted reviews or aggregates', async () => {
    const { film } = parseFilm(await ballerinaText());
    const { jsonLd, notes } = writeJsonLd(film);
    const ld = jsonLd as Record<string, any>;
    expect(ld['@context']).to.equal('https://schema.org');
    expect(ld['@type']).to.equal('Movie');
    expect(ld['name']).to.equal('Ballerina');
    expect(ld['duration']).to.equal('PT1H33M');
    expect(ld['datePublished']).to.equal('2023-10-05');
    expect(ld['dateCreated']).to.equal('2023-10-05');
    expect(ld['director']).to.deep.equal([{ '@type': 'Person', name: 'Lee Chung-hyun', alternateName: ['Chung-Hyun Lee', 'Lee Chung Hyun'] }]);
    expect(ld['productionCompany']).to.deep.equal([{ '@type': 'Organization', name: 'Climax Studio' }]);
    expect(ld['award']).to.deep.equal(['Blue Dragon Film Awards (2023): Best Music – Gray', 'Blue Dragon Film Awards (2023): Best Art Direction – Kim Min-hye']);
    // The critics are quoted from other outlets, the blog review is not the page's, and the
    // Rotten Tomatoes figure is another site's aggregate: shown on the page, never claimed.
    expect(ld).not.to.have.any.keys('review', 'aggregateRating', 'image', 'trailer', 'url');
    expect(notes.map((n) => `${n.level} ${n.path}: ${n.issue}`)).to.deep.equal([
      'optional poster: Missing field "image"',
      'optional reviews: Missing field "review" (optional)',
      'optional scores: Missing field "aggregateRating" (optional)',
      "left out reviews[0]: Another site's review",
      "left out reviews[1]: Another site's review",
      "left out reviews[2]: Another site's review",
      "left out reviews[3]: Another site's review",
      "left out scores[0]: Another site's aggregate",
    ]);
    expect(notes[3]!.why).to.equal('quoted from South China Morning Post, not marked as this page\'s own ("own": true): Google lets a page mark up only its own reviews, so it is shown and not marked up');
    expect(notes[7]!.why).to.equal("Rotten Tomatoes's score aggregates reviews from other websites, which Google forbids marking up as the page's rating: it is shown and not marked up");
    expect(checkForGoogle(ld)).to.deep.equal([]);
    // Nothing undefined or empty is written, and nothing is invented.
    const text = JSON.stringify(ld);
    expect(text).not.to.contain('null');
    expect(text).not.to.contain('[]');
  });

  it('marks up only the page\'s own reviews that have an author and a number on a scale', () => {
    const film: Film = {
      title: 'Ballerina',
      poster: { src: 'https://films.example/ballerina.jpg', alt: 'Ok-ju in the rain' },
      reviews: [
        { id: 'mine', own: true, critic: { name: 'Hana Seo' }, date: '2023-10-09', rating: { kind: 'score', value: 7, best: 10 }, quote: 'Style over story.' },
        { id: 'undated', own: true, outlet: 'Cinema Diary', rating: { kind: 'score', value: 75, best: 100, unit: 'percent' } },
        { id: 'anonymous', own: true, rating: { kind: 'score', value: 3, best: 5 } },
        { id: 'verdict', own: true, critic: { name: 'Hana Seo' }, rating: { kind: 'verdict', label: 'Mixed (Divisive)' } },
        { id: 'unrated', own: true, critic: { name: 'Hana Seo' } },
        { id: 'graded', own: true, critic: { name: 'Hana Seo' }, rating: { kind: 'grade', grade: 'B+' } },
        { id: 'impossible', own: true, critic: { name: 'Hana Seo' }, rating: { kind: 'score', value: 9, best: 5 } },
        { id: 'quoted', outlet: 'South China Morning Post', critic: { name: 'James Marsh' }, rating: { kind: 'score', value: 3, best: 5 } },
      ],
    };
    const { jsonLd, notes } = writeJsonLd(film);
    const ld = jsonLd as Record<string, any>;
    expect(ld['image']).to.deep.equal({ '@type': 'ImageObject', url: 'https://films.example/ballerina.jpg', description: 'Ok-ju in the rain' });
    expect(ld['review']).to.deep.equal([
      {
        '@type': 'Review', identifier: 'mine', author: { '@type': 'Person', name: 'Hana Seo' }, datePublished: '2023-10-09',
        reviewBody: 'Style over story.', reviewRating: { '@type': 'Rating', ratingValue: 7, bestRating: 10, worstRating: 1 },
      },
      {
        '@type': 'Review', identifier: 'undated', author: { '@type': 'Organization', name: 'Cinema Diary' }, publisher: { '@type': 'Organization', name: 'Cinema Diary' },
        reviewRating: { '@type': 'Rating', ratingValue: 75, bestRating: 100, worstRating: 0 },
      },
    ]);
    expect(notes.filter((n) => n.path.startsWith('reviews[')).map((n) => `${n.level} ${n.path}: ${n.issue}`)).to.deep.equal([
      'optional reviews[1].date: Missing field "datePublished" (optional)',
      'critical reviews[2]: Missing field "author"',
      'critical reviews[3]: Missing field "reviewRating"',
      'critical reviews[4]: Missing field "reviewRating"',
      'critical reviews[5]: Missing field "reviewRating"',
      'critical reviews[6]: Invalid value in field "ratingValue"',
      "left out reviews[7]: Another site's review",
    ]);
    expect(notes.find((n) => n.path === 'reviews[3]')!.why).to.equal('"Mixed (Divisive)" is not a number on a scale, so the review is not marked up as a rated Review');
    expect(checkForGoogle(ld)).to.deep.equal([]);
  });

  it('writes as aggregateRating only the page\'s own readers\' ratings, with their count', () => {
    const aggregate = (film: Omit<Film, 'title'>) => writeJsonLd({ title: 'Ballerina', ...film });
    const rt = { source: 'Rotten Tomatoes', value: 91, best: 100, unit: 'percent' as const, count: 11 };
    expect(aggregate({ scores: [rt] }).jsonLd).not.to.have.key('aggregateRating');
    const readers = aggregate({ scores: [rt, { source: 'Cinema Diary readers', own: true, value: 4.2, best: 5, count: 38 }] });
    expect(readers.jsonLd['aggregateRating']).to.deep.equal({ '@type': 'AggregateRating', ratingValue: 4.2, bestRating: 5, worstRating: 1, ratingCount: 38 });
    expect(checkForGoogle(readers.jsonLd)).to.deep.equal([]);
    const uncounted = aggregate({ scores: [{ source: 'Cinema Diary readers', own: true, value: 4.2, best: 5 }] });
    expect(uncounted.jsonLd).not.to.have.key('aggregateRating');
    expect(uncounted.notes.find((n) => n.path === 'scores[0]')).to.deep.include({ issue: 'Either "ratingCount" or "reviewCount" should be specified', level: 'critical' });
    // The readers' widget of the page's own review counts too, once someone has voted.
    const widget = (count: number) => aggregate({ reviews: [{ id: 'mine', own: true, critic: { name: 'Hana Seo' }, rating: { kind: 'score', value: 3, best: 5 }, userRating: { value: 3.8, best: 5, count } }] });
    expect(widget(12).jsonLd['aggregateRating']).to.deep.equal({ '@type': 'AggregateRating', ratingValue: 3.8, bestRating: 5, worstRating: 1, ratingCount: 12 });
    expect(widget(0).jsonLd).not.to.have.key('aggregateRating');
    expect(widget(0).notes.find((n) => n.path === 'reviews[0].userRating')).to.deep.include({ issue: 'Value in field "ratingCount" must be positive' });
  });

  it('always gives the scale of a review rating that is not 1 to 5', () => {
    const critic = { name: 'Hana Seo' };
    const ld = toJsonLd({ title: 'X', reviews: [{ id: 'a', own: true, critic, rating: { kind: 'score', value: 7, best: 10 } }, { id: 'b', own: true, critic, rating: { kind: 'score', value: 75, best: 100, unit: 'percent' } }] }) as Record<string, any>;
    expect(ld['review'][0].reviewRating).to.deep.equal({ '@type': 'Rating', ratingValue: 7, bestRating: 10, worstRating: 1 });
    expect(ld['review'][1].reviewRating).to.deep.equal({ '@type': 'Rating', ratingValue: 75, bestRating: 100, worstRating: 0 });
  });

  it('survives JSON.stringify and parses back with no problems', async () => {
    const { film } = parseFilm(await ballerinaText());
    const back = parseFilm(JSON.stringify(toJsonLd(film)));
    expect(back.problems).to.deep.equal([]);
  });
});

/** What JSON-LD can hold of a film: the round trip must keep exactly this. */
function holdable(film: Film): Film {
  const person = (e: { name: string; altNames?: string[]; url?: string }) => ({ name: e.name, ...(e.altNames && { altNames: e.altNames }), ...(e.url && { url: e.url }) });
  const people = (list?: Array<{ name: string }>) => list?.map(person);
  const review = (r: Review): Review => {
    const kept: Review = { id: r.id };
    if (r.outlet) kept.outlet = r.outlet;
    if (r.critic) kept.critic = person(r.critic);
    for (const key of ['date', 'url', 'lang', 'quote', 'body', 'headline', 'pros', 'cons', 'audience'] as const) if (r[key] !== undefined) (kept as any)[key] = r[key];
    if (r.rating?.kind === 'score') {
      const { unit, ...score } = r.rating;
      kept.rating = unit === 'percent' ? r.rating : score; // "stars" is presentation: schema.org has no word for it
    } else if (r.rating?.kind === 'grade') kept.rating = r.rating;
    return kept;
  };
  const out: Film = { title: film.title };
  if (film.id) out.id = film.id;
  if (film.description) out.description = film.description;
  if (film.genres) out.genres = film.genres;
  out.credits = {
    directors: people(film.credits?.directors)!, writers: people(film.credits?.writers)!, producers: people(film.credits?.producers)!,
    music: people(film.credits?.music)!, editors: people(film.credits?.editors)!,
  };
  out.companies = { production: people(film.companies?.production)!, distributors: people(film.companies?.distributors)! };
  out.cast = film.cast?.map((m) => ({ actor: person(m.actor), ...(m.character && { character: m.character }), ...(m.note && { note: m.note }) }))!;
  out.releases = film.releases?.map(({ sources: _, ...release }) => release)!;
  out.runtime = [{ value: film.runtime![0]!.value }];
  out.countries = film.countries!;
  out.languages = film.languages!;
  out.contentRating = { rating: film.contentRating!.rating, advisories: film.contentRating!.advisories! };
  // Only the page's own reviews are written, and read back without the claim.
  const own = film.reviews?.filter((r) => r.own && (r.critic || r.outlet) && r.rating?.kind === 'score').map(({ own: _, ...r }) => review(r));
  if (own?.length) out.reviews = own;
  out.accolades = film.accolades?.map(({ sources: _, ...a }) => ({ ...a, recipients: people(a.recipients)! }))!;
  out.year = film.year!;
  return out;
}

describe('round trip parseFilm(toJsonLd(film))', () => {
  it('keeps every fact of the Ballerina data that JSON-LD can hold', async () => {
    const { film } = parseFilm(await ballerinaText());
    const back = parseFilm(toJsonLd(film));
    expect(back.problems).to.deep.equal([]);
    const expected = holdable(film);
    // Compare section by section so a failure names the section.
    for (const key of Object.keys(expected) as Array<keyof Film>) expect(back.film[key], key).to.deep.equal(expected[key]);
    expect(Object.keys(back.film).sort()).to.deep.equal(Object.keys(expected).sort());
  });

  it('keeps posters, titles in other languages, own reviews with pros and cons, and trailers', () => {
    const film: Film = {
      title: 'Ballerina',
      url: 'https://films.example/ballerina',
      altTitles: [{ text: '발레리나', lang: 'ko' }],
      poster: { src: 'https://films.example/poster.jpg', alt: 'Ok-ju in the rain', caption: 'Teaser poster', width: 800, height: 1200 },
      reviews: [{ id: 'x', outlet: 'Cine21', rating: { kind: 'score', value: 4, best: 5 }, pros: ['Neon visuals'], cons: ['Thin plot'], headline: 'Cold as ice', lang: 'ko' }],
      trailer: { url: 'https://video.example/1', name: 'Official trailer', thumbnail: { src: 'https://video.example/1.jpg', alt: '' }, date: '2023-09-20' },
      contentRating: { rating: '15', system: 'KMRB' },
      year: 2023,
    };
    const back = parseFilm(toJsonLd({ ...film, reviews: film.reviews!.map((r) => ({ ...r, own: true })) }));
    expect(back.problems).to.deep.equal([]);
    expect(back.film).to.deep.equal(film);
  });
});

describe('readFilm, with the JSON-LD reader fetched on demand', () => {
  it('reads film JSON at once, and JSON-LD once the reader is here, as parseFilm does', async () => {
    const text = await ballerinaText();
    expect(readFilm(text, {})).to.deep.equal(parseFilm(text));
    const movie = toJsonLd(parseFilm(text).film);
    const reading = readFilm(JSON.stringify(movie), {});
    expect(await reading).to.deep.equal(parseFilm(movie));
    // Once fetched, the reader is kept: the next JSON-LD film is read at once.
    expect(readFilm(movie, {})).to.deep.equal(parseFilm(movie));
    expect(readFilm(movie, {}, jsonLdReader)).to.deep.equal(parseFilm(movie));
  });

  it('gives a film that reads back as itself, from film JSON and from JSON-LD alike', async () => {
    for (const input of [await ballerinaText(), pageMovie]) {
      const { film } = parseFilm(input);
      // Only the film: a warning the first reading gave (an image without alt) may be given again.
      const again = readFilm(film, {});
      expect('film' in again && again.film).to.deep.equal(film);
    }
  });
});
