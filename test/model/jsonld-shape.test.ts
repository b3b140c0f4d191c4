import { expect } from '@open-wc/testing';
import { isJsonLd } from '../../src/model/jsonld-detect.js';
import { answersTo, firstMovie, graphOf, hasType, isMovie, isOrganization, isReview, moviesOf } from '../../src/model/jsonld-shape.js';

describe('isJsonLd', () => {
  it('knows JSON-LD by @type, @graph or @context, bare or in a list', () => {
    expect(isJsonLd({ '@type': 'Movie', name: 'Heat' })).to.equal(true);
    expect(isJsonLd({ '@graph': [] })).to.equal(true);
    expect(isJsonLd([{ title: 'x' }, { '@context': 'https://schema.org' }])).to.equal(true);
  });

  it('takes our film JSON and anything else for what it is', () => {
    for (const data of [{ title: 'Heat' }, [], [1, 2], 'Movie', null, undefined]) expect(isJsonLd(data)).to.equal(false);
  });
});

describe('a JSON-LD node\'s type', () => {
  it('names schema.org types however they are written', () => {
    for (const type of ['Movie', 'schema:Movie', 'https://schema.org/Movie', 'http://schema.org/Movie', ['CreativeWork', 'Movie']]) {
      expect(isMovie({ '@type': type }), String(type)).to.equal(true);
    }
    expect(isMovie({ '@type': 'TVSeries' })).to.equal(false);
    expect(isMovie({ '@type': 'https://example.com/Movie' })).to.equal(false);
    expect(isReview({ '@type': 'CriticReview' })).to.equal(true);
    expect(isOrganization({ '@type': ['Organization'] })).to.equal(true);
    expect(isOrganization({ '@type': 'Person' })).to.equal(false);
    expect(hasType({ '@type': 'Person' }, 'Person')).to.equal(true);
  });
});

describe('which Movie of a document', () => {
  const heat = { '@type': 'Movie', '@id': 'https://films.example/heat#film', name: 'Heat' };
  const ronin = { '@type': 'Movie', identifier: 'ronin', url: 'https://films.example/ronin/', name: 'Ronin' };

  it('finds every Movie once, in reading order: in a graph, a carousel, by reference', () => {
    const document = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', mainEntity: { '@id': heat['@id'] } },
        heat,
        { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 2, item: heat }, { '@type': 'ListItem', position: 1, item: ronin }] },
      ],
    };
    expect(moviesOf(graphOf(document)).found.map((f) => f.movie['name'])).to.deep.equal(['Heat', 'Ronin']);
    expect(firstMovie(document)?.['name']).to.equal('Heat');
  });

  it('finds the Movie a review names, with the review', () => {
    const review = { '@type': 'Review', itemReviewed: heat, reviewBody: 'Tense.' };
    const [found] = moviesOf(graphOf([review])).found;
    expect(found?.movie).to.equal(heat);
    expect(found?.outside).to.deep.equal([review]);
  });

  it('answers to its identifier, @id or url, whole or by their last part', () => {
    for (const pick of ['film', 'https://films.example/heat#film']) expect(answersTo(heat, pick), pick).to.equal(true);
    for (const pick of ['ronin', 'https://films.example/ronin/']) expect(answersTo(ronin, pick), pick).to.equal(true);
    expect(answersTo(heat, 'ronin')).to.equal(false);
    expect(firstMovie({ '@type': 'Person', name: 'Al Pacino' })).to.equal(undefined);
  });
});
