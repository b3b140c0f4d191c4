/**
 * The one way a film is read: JSON text as a CMS leaves it, with each repair named and the place
 * of what cannot be repaired; a review read on its own; and what is not a film.
 */
import { expect } from '@open-wc/testing';
import { readJsonText } from '../../src/model/json-text.js';
import { parseFilm } from '../../src/model/parse-film.js';
import { readFilm, readReview, whyNotAFilm } from '../../src/model/index.js';
import type { ParseResult, ReviewResult } from '../../src/model/types.js';

describe('readJsonText: JSON as a CMS leaves it', () => {
  it('reads plain JSON with no repairs', () => {
    expect(readJsonText('{"title": "Ballerina"}')).to.deep.equal({ value: { title: 'Ballerina' }, repairs: [] });
  });

  it('mends a WordPress paragraph, entities and typographic quotes, and names each repair', () => {
    const pasted = '<p>{“title”: “Ballerina”,<br />\n&quot;year&quot;: 2023}</p>';
    expect(readJsonText(pasted)).to.deep.equal({
      value: { title: 'Ballerina', year: 2023 },
      repairs: [
        'HTML tags around the JSON were left out',
        'line breaks (<br>, <p>) added by the editor were read as spaces',
        'HTML entities such as &quot; were read as the characters they stand for',
        'typographic quotes around keys and values were read as plain quotes',
      ],
    });
  });

  it('keeps typographic quotes inside prose as they are', () => {
    const read = readJsonText('{“title”: “Ballerina”, “description”: “Ok-ju’s “revenge” film”}');
    expect(read).to.have.property('value').that.deep.equals({ title: 'Ballerina', description: 'Ok-ju’s “revenge” film' });
  });

  it('gives the line and column of what cannot be mended, in the text as written', () => {
    const text = '<p>{\n  "title": "Ballerina",\n  "year": 2023\n  "runtime": 93\n}</p>';
    const read = readJsonText(text);
    expect(read).to.include({ line: 4, column: 3 });
    expect(read).to.have.property('error').that.is.a('string').and.not.empty;
  });

  it('refuses text nested too deep before parsing it', () => {
    const read = readJsonText(`${'['.repeat(65)}${']'.repeat(65)}`);
    expect(read).to.deep.equal({ error: 'the film data is nested more than 64 levels deep, so it was not read', refused: 'deep' });
    expect(readJsonText(`${'['.repeat(5)}${']'.repeat(5)}`, { maxDepth: 4 })).to.have.property('refused', 'deep');
  });

  it('refuses text longer than a film can be before parsing it', () => {
    const read = readJsonText(`"${'a'.repeat(32 * 1024 * 1024)}"`);
    expect(read).to.have.property('refused', 'long');
  });
});

describe('readFilm: text read as the elements read it', () => {
  it('lists the repairs with the film, and reads a mended film as the plain one', () => {
    const mended = readFilm('<p>{“title”: “Ballerina”, “runtime”: 93}</p>') as ParseResult;
    const plain = readFilm('{"title": "Ballerina", "runtime": 93}') as ParseResult;
    expect(mended.film).to.deep.equal(plain.film);
    expect(mended.repairs).to.deep.equal(['HTML tags around the JSON were left out', 'typographic quotes around keys and values were read as plain quotes']);
    expect(plain).to.not.have.property('repairs');
  });

  it('refuses deep text through the same limit as a deep object', () => {
    const deep = `{"title": "Deep", "plot": ${'{"a":'.repeat(70)}1${'}'.repeat(70)}}`;
    expect(parseFilm(deep)).to.deep.equal(parseFilm(JSON.parse(deep)));
  });
});

describe('readReview: a review on its own', () => {
  it('reads our film JSON review, with paths from the review itself and an id as in a list', () => {
    const { review, problems } = readReview({ outlet: 'The Daily Reel', quote: 'Sharp.', rating: { value: 'three', best: 5 } }) as ReviewResult;
    expect(review).to.deep.equal({ id: 'the-daily-reel', outlet: 'The Daily Reel', quote: 'Sharp.' });
    expect(problems).to.deep.equal([{ path: 'rating.value', message: 'expected a number, got "three"', severity: 'error' }]);
  });

  it('reads a schema.org Review, with JSON-LD paths, once the reader is here', async () => {
    const reading = readReview({
      '@context': 'https://schema.org', '@type': 'Review', author: { '@type': 'Person', name: 'Ada Critic' },
      reviewBody: 'Cold and gripping.', reviewRating: { '@type': 'Rating', ratingValue: '7', bestRating: '5' },
    });
    const { review, problems } = await reading;
    expect(review).to.deep.equal({ id: 'ada-critic', critic: { name: 'Ada Critic' }, quote: 'Cold and gripping.' });
    expect(problems).to.deep.equal([{ path: 'reviewRating.ratingValue', message: 'expected a score from 0 to 5, got 7', severity: 'error' }]);
  });

  it('reads review text, and refuses text that is not JSON as a film is refused', () => {
    expect((readReview('{“quote”: “Sharp.”}') as ReviewResult).review).to.deep.equal({ id: 'review', quote: 'Sharp.' });
    expect((readReview('{"quote": ') as ReviewResult).unreadable!.reason).to.equal('not JSON');
  });
});

describe('whyNotAFilm', () => {
  it('names the first error of a reading with nothing to show, and nothing for a film', () => {
    expect(whyNotAFilm(parseFilm({ title: 'Ballerina' }))).to.equal(undefined);
    expect(whyNotAFilm(parseFilm({ title: 'Ballerina', runtime: 93 }))).to.equal(undefined);
    expect(whyNotAFilm(parseFilm([1, 2]))).to.equal('(document): expected a film (an object with a "title", or schema.org Movie JSON-LD), got a list of 2 numbers');
    expect(whyNotAFilm(parseFilm({}))).to.match(/^title: /);
  });
});
