/**
 * JSON-LD as Google's docs, IMDb and WordPress SEO plugins (Yoast, Rank Math, review plugins)
 * publish it: each shape is read, and what is written back passes Google's rules.
 */
import { expect } from '@open-wc/testing';
import { parseFilm } from '../../src/model/parse-film.js';
import { toJsonLd, writeJsonLd } from '../../src/model/jsonld-writer.js';
import type { Problem } from '../../src/model/types.js';
import { checkForGoogle } from './google-rules.js';
import { ballerinaText } from './ballerina.js';

const fixture = async (name: string): Promise<string> => (await fetch(new URL(`../fixtures/${name}`, import.meta.url))).text();
const warning = (path: string, message: string): Problem => ({ path, message, severity: 'warning' });

const FIXTURES = [
  'imdb-movie.jsonld', 'jsonld/google-carousel.jsonld', 'jsonld/yoast-graph.jsonld', 'jsonld/rank-math-movie.jsonld',
  'jsonld/review-plugin-itemreviewed.jsonld',
];

describe('JSON-LD shapes: Google\'s Movie carousel', () => {
  it('reads the first film by position, given as a number or as text', async () => {
    const { film, problems } = parseFilm(await fixture('jsonld/google-carousel.jsonld'));
    expect(film.title).to.equal('Parasite');
    expect(film.credits?.directors).to.deep.equal([{ name: 'Bong Joon Ho' }]);
    expect(film.poster).to.deep.equal({ src: 'https://films.example/posters/parasite.jpg', alt: '' });
    expect(problems).to.deep.equal([
      warning('', 'this JSON-LD describes 3 films; only the first, "Parasite", was read: name another after a # in the address, like "films.json#the-handmaiden"'),
    ]);
  });

  it('reads the film a fragment names, by its @id, url or identifier', async () => {
    const text = await fixture('jsonld/google-carousel.jsonld');
    const handmaiden = parseFilm(text, { pick: 'the-handmaiden' });
    expect(handmaiden.film.title).to.equal('The Handmaiden');
    expect(handmaiden.problems).to.deep.equal([]);
    expect(handmaiden.film.scores).to.deep.equal([{ source: '', value: 92, best: 100, count: 37 }]);
    expect(parseFilm(text, { pick: 'ballerina' }).film.title).to.equal('Ballerina');
    expect(parseFilm(text, { pick: 'https://films.example/korean-thrillers#ballerina' }).film.title).to.equal('Ballerina');
    const byIdentifier = [{ '@type': 'Movie', name: 'A', identifier: 'a-1' }, { '@type': 'Movie', name: 'B', identifier: 'b-2' }];
    expect(parseFilm(byIdentifier, { pick: 'b-2' }).film.title).to.equal('B');
  });

  it('says which films there are when the fragment names none of them', async () => {
    const { film, problems } = parseFilm(await fixture('jsonld/google-carousel.jsonld'), { pick: 'oldboy' });
    expect(film).to.deep.equal({ title: '' });
    expect(problems).to.deep.equal([{
      path: '', severity: 'error',
      message: 'no film in this JSON-LD is named "#oldboy": it has "Parasite", "The Handmaiden", "Ballerina"; name one by its identifier, @id or url',
    }]);
  });

  it('reads the one film of a document whatever the fragment, and says the fragment named nothing', () => {
    const { film, problems } = parseFilm({ '@type': 'Movie', name: 'Ballerina' }, { pick: 'cast' });
    expect(film.title).to.equal('Ballerina');
    expect(problems).to.deep.equal([warning('', 'no film here is named "#cast", so the one film, "Ballerina", was read')]);
  });

  it('says that a summary carousel lists only addresses', async () => {
    const { problems } = parseFilm(await fixture('jsonld/google-carousel-summary.jsonld'));
    expect(problems).to.deep.equal([{
      path: '', severity: 'error',
      message: 'this JSON-LD is a list of 3 films given only by their addresses (https://films.example/parasite, https://films.example/the-handmaiden, https://films.example/ballerina), so no film could be read here: use one of those pages instead',
    }]);
  });
});

describe('JSON-LD shapes: IMDb', () => {
  it('reads creator: Persons as writers, Organizations as production companies', async () => {
    const { film, problems } = parseFilm(await fixture('imdb-movie.jsonld'));
    expect(film.credits?.writers).to.deep.equal([
      { name: 'Bong Joon Ho', url: 'https://www.imdb.example/name/nm0094435/' },
      { name: 'Han Jin-won', url: 'https://www.imdb.example/name/nm3113376/' },
    ]);
    // IMDb links its companies without names: nothing to show, and the reader says so.
    expect(film.companies).to.equal(undefined);
    expect(problems).to.deep.equal([warning('creator[0]', 'left out a company with no name (only its link, "https://www.imdb.example/company/co0132285/")')]);
    const named = parseFilm({ '@type': 'Movie', name: 'Parasite', productionCompany: 'Barunson E&A', creator: [{ '@type': ['Organization'], name: 'CJ Entertainment' }, 'Bong Joon Ho'] });
    expect(named.film.companies?.production).to.deep.equal([{ name: 'Barunson E&A' }, { name: 'CJ Entertainment' }]);
    expect(named.film.credits?.writers).to.deep.equal([{ name: 'Bong Joon Ho' }]);
  });
});

describe('JSON-LD shapes: WordPress SEO plugins', () => {
  it('Yoast: follows @id references across the @graph, @type lists and sameAs', async () => {
    const { film, problems } = parseFilm(await fixture('jsonld/yoast-graph.jsonld'));
    expect(problems).to.deep.equal([]);
    expect(film.title).to.equal('Ballerina');
    expect(film.url).to.equal('https://cinema-diary.example/ballerina-2023/');
    expect(film.credits?.directors).to.deep.equal([{ name: 'Lee Chung-hyun', url: 'https://www.imdb.example/name/nm7185441/' }]);
    expect(film.cast).to.deep.equal([{ actor: { name: 'Jeon Jong-seo' } }]);
    expect(film.poster).to.deep.equal({
      src: 'https://cinema-diary.example/wp-content/uploads/2023/10/ballerina-poster.jpg', alt: 'Ballerina poster',
      caption: 'Ballerina poster', width: 800, height: 1200,
    });
    expect(film.reviews).to.deep.equal([{
      id: 'hana-seo', outlet: 'Hana Seo', date: '2023-10-09', quote: 'Ok-ju’s revenge is all neon and bass.',
      headline: 'Style over story, and that’s fine', rating: { kind: 'score', value: 3.5, best: 5 },
    }]);
  });

  it('Rank Math: a Movie in the @graph among the site\'s own nodes, its image by reference', async () => {
    const { film, problems } = parseFilm(await fixture('jsonld/rank-math-movie.jsonld'));
    expect(problems).to.deep.equal([]);
    expect(film.title).to.equal('Ballerina');
    expect(film.year).to.equal(2023);
    expect(film.poster?.src).to.equal('https://kdrama-nights.example/wp-content/uploads/2023/10/ballerina.jpg');
    expect(film.reviews).to.deep.equal([{ id: 'jun-park', critic: { name: 'Jun Park' }, date: '2023-10-11', rating: { kind: 'score', value: 7, best: 10 } }]);
  });

  it('a review plugin: the Review at the top, its Movie in itemReviewed, text HTML-escaped', async () => {
    const { film, problems } = parseFilm(await fixture('jsonld/review-plugin-itemreviewed.jsonld'));
    expect(problems).to.deep.equal([]);
    expect(film.title).to.equal('Ballerina');
    expect(film.url).to.equal('https://www.imdb.example/title/tt27241690/');
    expect(film.reviews).to.deep.equal([{
      id: 'reel-thoughts', outlet: 'Reel Thoughts', critic: { name: 'Mia O’Neill' }, date: '2023-10-08',
      quote: 'Jeon Jong-seo carries it & the soundtrack does the rest.', headline: 'Ballerina – a revenge story that skates on style',
      rating: { kind: 'score', value: 3, best: 5 },
    }]);
  });

  it('a review hung off a page rather than its film is still the film\'s; one about nothing says so', () => {
    const page = { '@type': 'WebPage', name: 'My review', review: { '@type': 'Review', author: 'Mia', reviewRating: { ratingValue: 4 }, itemReviewed: { '@type': 'Movie', name: 'Ballerina' } } };
    const { film } = parseFilm(page);
    expect(film.title).to.equal('Ballerina');
    expect(film.reviews?.[0]?.rating).to.deep.equal({ kind: 'score', value: 4, best: 5 });
    expect(parseFilm({ '@type': 'Review', author: 'Mia', reviewBody: 'Loved it' }).problems[0]?.message)
      .to.equal('this JSON-LD has no schema.org Movie (it has Review); its Review does not say what it reviews (no "itemReviewed"), so no film could be read');
  });

  it('does not claim a plugin\'s reviews as the reader\'s own: a film read from JSON-LD has no own reviews', async () => {
    for (const name of FIXTURES) {
      const { film } = parseFilm(await fixture(name));
      expect(film.reviews?.some((r) => r.own) ?? false, name).to.equal(false);
    }
  });
});

describe('the JSON-LD written back passes Google\'s Movie, Review snippet and AggregateRating rules', () => {
  for (const name of FIXTURES) {
    it(name, async () => {
      const written = toJsonLd(parseFilm(await fixture(name)).film);
      expect(checkForGoogle(written)).to.deep.equal([]);
      expect(written['@type']).to.equal('Movie');
    });
  }

  it('the demo film', async () => {
    expect(checkForGoogle(toJsonLd(parseFilm(await ballerinaText()).film))).to.deep.equal([]);
  });

  it('every fixture marked as the page\'s own, where its reviews and ratings qualify', async () => {
    for (const name of FIXTURES) {
      const { film } = parseFilm(await fixture(name));
      film.reviews = film.reviews?.map((r) => ({ ...r, own: true }));
      film.scores = film.scores?.map((s) => ({ ...s, own: true }));
      const { jsonLd, notes } = writeJsonLd(film);
      expect(checkForGoogle(jsonLd), name).to.deep.equal([]);
      const written = (jsonLd['review'] as unknown[] | undefined)?.length ?? 0;
      const refused = notes.filter((n) => /^reviews\[\d+\]$/.test(n.path)).length;
      expect(written + refused, `${name}: each review is written or refused with a note`).to.equal(film.reviews?.length ?? 0);
    }
  });
});

describe('the checker', () => {
  it('finds what Search Console reports', () => {
    const bad = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'x', review: { '@type': 'Review', author: { '@type': 'Person', name: 'A' }, reviewRating: { ratingValue: 4 } } },
        { '@type': 'Movie', name: 'Ballerina', review: [
          { '@type': 'Review', reviewRating: { ratingValue: 3 } },
          { '@type': 'Review', author: { '@type': 'Person', name: 'B' }, reviewRating: { ratingValue: 7 } },
          { '@type': 'Review', author: { '@type': 'Person', name: 'O&#8217;Neill' }, reviewRating: { ratingValue: 'B+' } },
        ], aggregateRating: { '@type': 'AggregateRating', ratingValue: 91, bestRating: 100, worstRating: 0, author: { name: 'Rotten Tomatoes' } } },
        { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, item: { '@type': 'Movie', name: 'Parasite' } }] },
      ],
    };
    expect(checkForGoogle(bad)).to.deep.equal([
      '@graph[0].review: Invalid object type for field "itemReviewed"',
      '@graph[1].review[0]: Missing field "author"',
      '@graph[1].review[1].reviewRating: Rating value 7 is out of range 1–5',
      '@graph[1].review[2].reviewRating: Invalid value in field "ratingValue"',
      '@graph[1].review[2].author.name: HTML entity left in the text (&#8217;)',
      '@graph[1].aggregateRating: Either "ratingCount" or "reviewCount" should be specified',
      '@graph[1].aggregateRating: an aggregate rating credited to "Rotten Tomatoes" is another site\'s',
      '@graph[2].itemListElement[0].item: Missing field "image"',
    ]);
  });
});
