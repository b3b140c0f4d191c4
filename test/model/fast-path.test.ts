/**
 * The differential test of the elements' fast path (read-film.ts) against the full reader
 * (read-full.ts): over documents generated from film.schema.json and every fixture, as objects
 * and as JSON text, the fast path either declines or gives exactly what the full reader gives,
 * film and problems; and a document in the schema's form is read without a problem, so the schema
 * and the reader cannot drift apart. The counts of documents are logged, and held to a floor.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readFilm, readReviewWith } from '../../src/model/read-film.js';
import { readInFull, readReviewInFull } from '../../src/model/read-full.js';
import * as jsonLd from '../../src/model/jsonld-reader.js';
import { everySection } from '../../src/model/sections/index.js';
import { reviews } from '../../src/model/sections/reception.js';
import type { Reader } from '../../src/model/reader.js';
import type { ParseResult } from '../../src/model/types.js';
import { arbitraryOf } from './film-arbitrary.js';
import { clean, wordpressed } from './wordpress.js';

const schema = await (await fetch('/film.schema.json')).json();
const options = { sections: everySection, baseUrl: 'https://blog.example/post/' };
const readReviewJson = (r: Reader, o: unknown) => reviews(r, o, '')?.[0];

const counts = { documents: 0, fast: 0, reviews: 0, fastReviews: 0 };

/** The fast path declines (a promise: it fetches the full reader) or agrees with the full reader. */
function agrees(input: unknown): void {
  counts.documents++;
  const quick = readFilm(input, options);
  const full = readInFull(input, options, jsonLd);
  if (quick instanceof Promise) return void quick.catch(() => {});
  counts.fast++;
  expect(quick, typeof input === 'string' ? input.slice(0, 200) : JSON.stringify(input).slice(0, 200)).to.deep.equal(full);
}

function reviewAgrees(input: unknown): void {
  counts.reviews++;
  const quick = readReviewWith(readReviewJson, input, options);
  const full = readReviewInFull(readReviewJson, input, options, jsonLd);
  if (quick instanceof Promise) return void quick.catch(() => {});
  counts.fastReviews++;
  expect(quick).to.deep.equal(full);
}

const FIXTURES = [
  '/demo/data/ballerina.json', '/demo/data/accolades-large.json', '/test/fixtures/imdb-movie.jsonld',
  '/test/fixtures/jsonld/google-carousel-summary.jsonld', '/test/fixtures/jsonld/google-carousel.jsonld',
  '/test/fixtures/jsonld/rank-math-movie.jsonld', '/test/fixtures/jsonld/review-plugin-itemreviewed.jsonld',
  '/test/fixtures/jsonld/yoast-graph.jsonld',
];

describe('the fast path: it declines, or gives exactly the full reader’s reading', () => {
  after(() => console.log(`fast path: ${counts.documents} documents (${counts.fast} read fast), ${counts.reviews} reviews (${counts.fastReviews} fast)`));

  it('every fixture, as text and as an object', async () => {
    for (const path of FIXTURES) {
      const text = await (await fetch(path)).text();
      agrees(text);
      agrees(JSON.parse(text));
    }
    for (const text of [JSON.stringify(clean), wordpressed, '{"title": "Broken",}', '[1, 2]', '"a film"', '<!doctype html><p>']) agrees(text);
    const ballerina = await (await fetch('/demo/data/ballerina.json')).json();
    for (const review of ballerina.reviews) reviewAgrees(review);
  });

  it('the demo film, as the builder writes it, is read on the fast path', async () => {
    const text = await (await fetch('/demo/data/ballerina.json')).text();
    expect(readFilm(text, options)).not.to.be.instanceOf(Promise);
  });

  it('documents generated from film.schema.json, in the schema’s form', function () {
    this.timeout(120_000);
    fc.assert(fc.property(arbitraryOf(schema, false), (film) => {
      agrees(film);
      agrees(JSON.stringify(film));
      // What the schema accepts, the reader reads as it is: not one problem to tell.
      expect((readInFull(film, options, jsonLd) as ParseResult).problems, JSON.stringify(film).slice(0, 200)).to.deep.equal([]);
      const { reviews: given } = film as { reviews?: unknown[] };
      if (given?.[0]) reviewAgrees(given[0]);
    }), { numRuns: 300 });
  });

  it('documents generated from film.schema.json, written as authors write them', function () {
    this.timeout(120_000);
    fc.assert(fc.property(arbitraryOf(schema, true), (film) => {
      agrees(film);
      agrees(JSON.stringify(film));
    }), { numRuns: 200 });
  });

  it('read enough documents on the fast path to mean something', () => {
    expect(counts.documents).to.be.greaterThan(1000);
    expect(counts.fast).to.be.greaterThan(300);
  });
});
