import { expect } from '@open-wc/testing';
import { parseFilm } from '../../src/model/parse-film.js';
import type { ParseResult } from '../../src/model/types.js';

const refused = (message: string): ParseResult => ({ film: { title: '' }, problems: [{ path: '', message, severity: 'error' }] });

/** Runs `parse` and checks it answered within `ms`: these inputs must never hang a page. */
function quickly<T>(ms: number, parse: () => T): T {
  const start = performance.now();
  const result = parse();
  expect(performance.now() - start, 'milliseconds').to.be.below(ms);
  return result;
}

describe('parseFilm: input that is not a film', () => {
  it('refuses text that is not JSON, saying where', () => {
    const message = 'this is not valid JSON, so no film could be read: look for a missing comma, quote or bracket';
    const page = parseFilm('<html>Ballerina</html>');
    expect(page.problems).to.deep.equal(refused('this is a web page, not JSON, so no film could be read').problems);
    expect(page.unreadable!.reason).to.equal('web page');
    const comma = parseFilm('{"title": "Ballerina",}');
    expect(comma.film).to.deep.equal({ title: '' });
    expect(comma.unreadable!.reason).to.equal('not JSON');
    const [problem] = comma.problems;
    // Where the parser stopped, in every engine (WebKit's does not say: it is found again).
    expect(problem).to.deep.equal({ ...refused(message).problems[0], line: 1, column: 23 });
    expect(parseFilm('').problems).to.deep.equal(refused(message).problems);
  });

  it('refuses JSON that is not an object', () => {
    expect(parseFilm('[1, 2, 3]')).to.deep.equal(refused('expected a film (an object with a "title", or schema.org Movie JSON-LD), got a list of 3 numbers'));
    expect(parseFilm('"Ballerina"')).to.deep.equal(refused('expected a film (an object with a "title", or schema.org Movie JSON-LD), got a piece of text'));
    expect(parseFilm(42)).to.deep.equal(refused('expected a film (an object with a "title", or schema.org Movie JSON-LD), got the number 42'));
    expect(parseFilm(null)).to.deep.equal(refused('expected a film (an object with a "title", or schema.org Movie JSON-LD), got nothing'));
    expect(parseFilm(undefined)).to.deep.equal(refused('expected a film (an object with a "title", or schema.org Movie JSON-LD), got nothing'));
    expect(parseFilm([])).to.deep.equal(refused('expected a film (an object with a "title", or schema.org Movie JSON-LD), got an empty list'));
  });

  it('refuses a huge array of numbers with one problem, quickly', () => {
    const numbers = `[${Array.from({ length: 1_000_000 }, (_, i) => i).join(',')}]`;
    const result = quickly(1000, () => parseFilm(numbers));
    expect(result).to.deep.equal(refused('expected a film (an object with a "title", or schema.org Movie JSON-LD), got a list of 1000000 numbers'));
  });

  it('refuses 50 MB of nesting as text with one problem, quickly', () => {
    // Built the way fetch() builds text, from bytes: a joined string would be flattened on
    // first read, and that cost belongs to the test, not to the parser.
    const bytes = new Uint8Array(50_000_000).fill(93);
    bytes.fill(91, 0, 25_000_000);
    const nesting = new TextDecoder().decode(bytes);
    const result = quickly(100, () => parseFilm(nesting));
    expect(result).to.deep.equal(refused('the film data is nested more than 64 levels deep, so it was not read'));
  });

  it('refuses deep nesting inside a film', () => {
    const deep = `{"title":"Ballerina","reviews":[${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}]}`;
    expect(quickly(200, () => parseFilm(deep))).to.deep.equal(refused('the film data is nested more than 64 levels deep, so it was not read'));
  });

  it('does not count brackets inside strings', () => {
    const { film, problems } = parseFilm(JSON.stringify({ title: `[[[{{{\\"${'['.repeat(1000)}` }));
    expect(problems).to.deep.equal([]);
    expect(film.title).to.equal(`[[[{{{\\"${'['.repeat(1000)}`);
  });

  it('honours maxDepth', () => {
    const film = { title: 'B', reviews: [{ rating: { value: 3, best: 5 } }] };
    expect(parseFilm(film, { maxDepth: 3 })).to.deep.equal(refused('the film data is nested more than 3 levels deep, so it was not read'));
    expect(parseFilm(JSON.stringify(film), { maxDepth: 3 })).to.deep.equal(refused('the film data is nested more than 3 levels deep, so it was not read'));
    expect(parseFilm(film, { maxDepth: 4 }).problems).to.deep.equal([]);
  });

  it('refuses deeply nested objects handed over directly, without recursion', () => {
    let deep: unknown = { title: 'x' };
    for (let i = 0; i < 200_000; i++) deep = { child: deep };
    expect(quickly(500, () => parseFilm(deep))).to.deep.equal(refused('the film data is nested more than 64 levels deep, so it was not read'));
  });

  it('survives cycles and throwing getters', () => {
    // A cycle has no bottom, so it is deeper than any limit; JSON can never hold one.
    const cyclic: Record<string, unknown> = { title: 'Ballerina' };
    cyclic['self'] = cyclic;
    expect(quickly(100, () => parseFilm(cyclic))).to.deep.equal(refused('the film data is nested more than 64 levels deep, so it was not read'));
    const trap = { get title(): string { throw new Error('no title for you'); } };
    expect(parseFilm(trap)).to.deep.equal(refused('the film data could not be read (no title for you)'));
  });

  it('checks shared references that multiply into 2^40 paths in bounded time', () => {
    let shared: unknown = { title: 'x' };
    for (let i = 0; i < 40; i++) shared = { left: shared, right: shared }; // 41 distinct objects
    expect(quickly(2000, () => parseFilm({ title: 'Ballerina', extra: shared }))).to.deep.equal({
      film: { title: 'Ballerina' },
      problems: [{ path: 'extra', message: 'not a field of the film JSON, so it was ignored; film.schema.json lists the fields', severity: 'warning' }],
    });
  });

  it('makes ids for many reviews without outlets in linear time', () => {
    const { film } = quickly(2000, () => parseFilm({ title: 'Ballerina', reviews: Array.from({ length: 50_000 }, () => ({})) }));
    expect(film.reviews).to.have.length(2000, 'a list keeps at most 2,000 entries');
    expect(film.reviews?.[1999]?.id).to.equal('review-2000');
  });

  it('lists the first hundred problems of a huge broken list and counts the rest', () => {
    const reviews = Array.from({ length: 2_000 }, () => 7);
    const { film, problems } = quickly(2000, () => parseFilm({ title: 'Ballerina', reviews }));
    expect(film).to.deep.equal({ title: 'Ballerina' });
    expect(problems).to.have.length(101);
    expect(problems[0]).to.deep.equal({ path: 'reviews[0]', message: 'expected an object, got 7', severity: 'error' });
    expect(problems[100]).to.deep.equal({ path: '', message: '1900 more problems like these are not listed', severity: 'warning' });
  });
});

describe('parseFilm: more than a page can show', () => {
  it('keeps the first 2,000 entries of a list and says so', () => {
    const cast = Array.from({ length: 100_000 }, (_, i) => ({ actor: `Actor ${i}` }));
    const { film, problems } = parseFilm({ title: 'Crowded', cast, genres: Array.from({ length: 2_001 }, (_, i) => `g${i}`) });
    expect(film.cast).to.have.length(2000);
    expect(film.cast![1999].actor.name).to.equal('Actor 1999');
    expect(film.genres).to.have.length(2000);
    expect(problems).to.have.deep.members([
      { path: 'genres', message: 'kept the first 2,000 of 2,001 entries: a page cannot show more without stalling', severity: 'error' },
      { path: 'cast', message: 'kept the first 2,000 of 100,000 entries: a page cannot show more without stalling', severity: 'error' },
    ]);
  });

  it('keeps a list of exactly 2,000 entries whole, without a problem', () => {
    const { film, problems } = parseFilm({ title: 'Full', genres: Array.from({ length: 2_000 }, (_, i) => `g${i}`) });
    expect(film.genres).to.have.length(2000);
    expect(problems).to.deep.equal([]);
  });

  it('cuts text at 50,000 characters, never inside a character, and says so', () => {
    const long = 'a'.repeat(49_999) + '🎬' + 'b'.repeat(1_000);
    const { film, problems } = parseFilm({ title: 'Long', plot: { text: long }, description: 'c'.repeat(50_000) });
    expect(film.plot!.text).to.equal('a'.repeat(49_999));
    expect(film.description).to.have.length(50_000);
    expect(problems).to.deep.equal([{ path: 'plot.text', message: 'cut to its first 50,000 of 51,001 characters', severity: 'error' }]);
  });
});
