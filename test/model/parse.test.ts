import { expect } from '@open-wc/testing';
import { parseFilm } from '../../src/model/parse-film.js';
import type { Problem } from '../../src/model/types.js';

const error = (path: string, message: string): Problem => ({ path, message, severity: 'error' });
const warning = (path: string, message: string): Problem => ({ path, message, severity: 'warning' });
const note = (path: string, message: string): Problem => ({ path, message, severity: 'note' });

describe('parseFilm: film JSON', () => {
  it('takes an object or JSON text alike', () => {
    const data = { title: 'Ballerina', runtime: 93 };
    expect(parseFilm(data)).to.deep.equal(parseFilm(JSON.stringify(data)));
    expect(parseFilm(data)).to.deep.equal({ film: { title: 'Ballerina', runtime: [{ value: 93 }] }, problems: [] });
  });

  it('reads people as names or objects', () => {
    const { film, problems } = parseFilm({
      title: 'Ballerina',
      credits: { directors: ['Lee Chung-hyun'], music: [{ name: 'Gray', url: 'https://example.com/gray' }] },
      cast: ['Park Hyoung-soo', { actor: 'Jeon Jong-seo', character: 'Jang Ok-ju' }, { name: 'Park Yu-rim', character: 'Choi Min-hee', note: "Ok-ju's best friend" }],
    });
    expect(problems).to.deep.equal([]);
    expect(film.credits).to.deep.equal({ directors: [{ name: 'Lee Chung-hyun' }], music: [{ name: 'Gray', url: 'https://example.com/gray' }] });
    expect(film.cast).to.deep.equal([
      { actor: { name: 'Park Hyoung-soo' } },
      { actor: { name: 'Jeon Jong-seo' }, character: 'Jang Ok-ju' },
      { actor: { name: 'Park Yu-rim' }, character: 'Choi Min-hee', note: "Ok-ju's best friend" },
    ]);
  });

  it('takes a single value where a list belongs', () => {
    const { film, problems } = parseFilm({ title: 'Ballerina', genres: 'Action', credits: { directors: 'Lee Chung-hyun' } });
    expect(problems).to.deep.equal([]);
    expect(film.genres).to.deep.equal(['Action']);
    expect(film.credits?.directors).to.deep.equal([{ name: 'Lee Chung-hyun' }]);
  });

  const runtimes: Array<[unknown, number, Problem[]]> = [
    [93, 93, []],
    ['93 minutes', 93, [note('runtime', 'read "93 minutes" as 93 minutes')]],
    ['1 Hour 33 Minutes', 93, [note('runtime', 'read "1 Hour 33 Minutes" as 93 minutes')]],
    ['1h 33m', 93, [note('runtime', 'read "1h 33m" as 93 minutes')]],
    ['PT93M', 93, [note('runtime', 'read "PT93M" as 93 minutes')]],
    ['PT1H33M', 93, [note('runtime', 'read "PT1H33M" as 93 minutes')]],
    ['93', 93, [note('runtime', 'expected a number, got "93"; read it as 93')]],
  ];
  for (const [written, minutes, problems] of runtimes) {
    it(`reads the runtime ${JSON.stringify(written)}`, () => {
      const result = parseFilm({ title: 'Ballerina', runtime: written });
      expect(result.film.runtime).to.deep.equal([{ value: minutes }]);
      expect(result.problems).to.deep.equal(problems);
    });
  }

  it('drops a runtime it cannot read', () => {
    const { film, problems } = parseFilm({ title: 'Ballerina', runtime: 'about an hour and a half' });
    expect(film.runtime).to.equal(undefined);
    expect(problems).to.deep.equal([error('runtime', 'expected minutes, like 93 or "1 hour 33 minutes", got "about an hour and a half"')]);
  });

  it('keeps disagreeing runtimes side by side, in the order given', () => {
    const { film, problems } = parseFilm({
      title: 'Ballerina',
      sources: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }],
      runtime: [{ value: 93, sources: ['a'] }, { value: 92, sources: 'b' }],
    });
    expect(problems).to.deep.equal([]);
    expect(film.runtime).to.deep.equal([{ value: 93, sources: ['a'] }, { value: 92, sources: ['b'] }]);
  });

  it('drops references to sources that do not exist', () => {
    const { film, problems } = parseFilm({ title: 'Ballerina', sources: [{ id: 'a', title: 'A' }], countries: ['South Korea'], runtime: [{ value: 93, sources: ['a', 'wiki'] }] });
    expect(film.runtime).to.deep.equal([{ value: 93, sources: ['a'] }]);
    expect(problems).to.deep.equal([error('runtime[0].sources[1]', 'expected the id of an entry in "sources", got "wiki"')]);
  });

  const dates: Array<[unknown, string, Problem[]]> = [
    ['2023-10-05', '2023-10-05', []],
    ['2023-10', '2023-10', []],
    ['2023', '2023', []],
    [2023, '2023', []],
    ['October 6, 2023', '2023-10-06', [note('releases[0].date', 'read "October 6, 2023" as 2023-10-06')]],
    ['Friday 6 October 2023', '2023-10-06', [note('releases[0].date', 'read "Friday 6 October 2023" as 2023-10-06')]],
    ['Oct 2023', '2023-10', [note('releases[0].date', 'read "Oct 2023" as 2023-10')]],
    ['2023-10-05T10:00:00+09:00', '2023-10-05', []],
  ];
  for (const [written, iso, problems] of dates) {
    it(`reads the date ${JSON.stringify(written)}`, () => {
      const result = parseFilm({ title: 'Ballerina', releases: [{ date: written }] });
      expect(result.film.releases).to.deep.equal([{ date: iso }]);
      expect(result.problems).to.deep.equal(problems);
    });
  }

  it('drops impossible dates and the releases that need them', () => {
    const { film, problems } = parseFilm({ title: 'Ballerina', releases: [{ date: '2023-02-30' }, { date: 'soon', place: 'Netflix' }, { place: 'Busan' }] });
    expect(film.releases).to.equal(undefined);
    expect(problems).to.deep.equal([
      error('releases[0].date', 'expected a real calendar date, got "2023-02-30"'),
      error('releases[1].date', 'expected a date like "2023-10-05", got "soon"'),
      error('releases[2].date', 'expected a date like "2023-10-05", got nothing'),
    ]);
  });

  it('derives the year from the earliest release', () => {
    const { film } = parseFilm({ title: 'Ballerina', releases: [{ date: '2023-10-06' }, { date: '2022-10-05' }] });
    expect(film.year).to.equal(2022);
    expect(parseFilm({ title: 'Ballerina', year: 2023, releases: ['2024-01-01'] }).film.year).to.equal(2023);
  });

  const ratings: Array<[unknown, unknown, Problem[]]> = [
    [{ value: 3, best: 5 }, { kind: 'score', value: 3, best: 5 }, []],
    [{ value: 91, best: 100, unit: 'percent' }, { kind: 'score', value: 91, best: 100, unit: 'percent' }, []],
    [{ value: 91, unit: 'percent' }, { kind: 'score', value: 91, best: 100, unit: 'percent' }, []],
    [{ kind: 'score', value: 3.5, best: 5, worst: 1 }, { kind: 'score', value: 3.5, best: 5, worst: 1 }, []],
    ['3/5', { kind: 'score', value: 3, best: 5 }, [note('reviews[0].rating', 'read "3/5" as 3 out of 5')]],
    ['91%', { kind: 'score', value: 91, best: 100, unit: 'percent' }, [note('reviews[0].rating', 'read "91%" as 91 out of 100')]],
    ['3 stars out of 5', { kind: 'score', value: 3, best: 5, unit: 'stars' }, [note('reviews[0].rating', 'read "3 stars out of 5" as 3 out of 5')]],
    ['3.5 out of 5', { kind: 'score', value: 3.5, best: 5 }, [note('reviews[0].rating', 'read "3.5 out of 5" as 3.5 out of 5')]],
    ['Mixed (Divisive)', { kind: 'verdict', label: 'Mixed (Divisive)' }, []],
    [{ label: 'On The Fence' }, { kind: 'verdict', label: 'On The Fence' }, []],
    ['B+', { kind: 'grade', grade: 'B+' }, []],
    [{ grade: 'A-' }, { kind: 'grade', grade: 'A-' }, []],
  ];
  for (const [written, read, problems] of ratings) {
    it(`reads the rating ${JSON.stringify(written)}`, () => {
      const result = parseFilm({ title: 'Ballerina', reviews: [{ id: 'r', rating: written }] });
      expect(result.film.reviews?.[0]?.rating).to.deep.equal(read);
      expect(result.problems).to.deep.equal(problems);
    });
  }

  const badRatings: Array<[unknown, Problem]> = [
    [{ value: 'three', best: 5 }, error('reviews[2].rating.value', 'expected a number, got "three"')],
    [{ value: 3 }, error('reviews[2].rating.best', 'missing: give the top of the scale, for example "best": 5')],
    [{ value: 7, best: 5 }, error('reviews[2].rating.value', 'expected a score from 0 to 5, got 7')],
    ['7/5', error('reviews[2].rating', 'expected a score from 0 to 5, got 7')],
    ['3.5', error('reviews[2].rating', 'expected a rating with its scale, like "3/5", got "3.5"')],
    [3, error('reviews[2].rating', 'expected a rating with its scale, like "3/5" or { "value": 3, "best": 5 }, got 3')],
    [[3, 5], error('reviews[2].rating', 'expected an object, got a list')],
  ];
  for (const [written, problem] of badRatings) {
    it(`drops the rating ${JSON.stringify(written)} and keeps the review`, () => {
      const reviews = [{ outlet: 'A' }, { outlet: 'B' }, { outlet: 'C', quote: 'Fine.', rating: written }];
      const { film, problems } = parseFilm({ title: 'Ballerina', reviews });
      expect(film.reviews?.[2]).to.deep.equal({ id: 'c', outlet: 'C', quote: 'Fine.' });
      expect(problems).to.deep.equal([problem]);
    });
  }

  it('drops wrong-typed fields with the path and keeps the rest', () => {
    const { film, problems } = parseFilm({
      title: 'Ballerina',
      year: 'last year',
      genres: ['Action', 42, { name: 'x' }],
      countries: 'South Korea',
      plot: { text: 'Ok-ju wants revenge.', spoilers: 'maybe' },
      scores: [{ source: 'Rotten Tomatoes', value: 91, best: 100, count: 10.5 }],
    });
    expect(film).to.deep.equal({
      title: 'Ballerina',
      genres: ['Action', '42'],
      countries: ['South Korea'],
      plot: { text: 'Ok-ju wants revenge.' },
      scores: [{ source: 'Rotten Tomatoes', value: 91, best: 100 }],
    });
    expect(problems).to.deep.equal([
      error('year', 'expected a number, got "last year"'),
      note('genres[1]', 'expected text, got the number 42; read it as "42"'),
      error('genres[2]', 'expected text, got an object'),
      error('plot.spoilers', 'expected true or false, got "maybe"'),
      error('scores[0].count', 'expected a whole number, got 10.5'),
    ]);
  });

  it('says when the title is missing and still returns a film', () => {
    expect(parseFilm({ runtime: 93 })).to.deep.equal({
      film: { title: '', runtime: [{ value: 93 }] },
      problems: [error('title', "expected the film's title, got nothing")],
    });
  });

  it('warns about each unknown field with the nearest known key, and reads the rest', () => {
    expect(parseFilm({ title: 'Ballerina', rottenness: 3, director: 'Lee Chung-hyun', runtme: 93, reviews: [{ id: 'x', stars: 5 }] })).to.deep.equal({
      film: { title: 'Ballerina', reviews: [{ id: 'x' }] },
      problems: [
        warning('rottenness', 'not a field of the film JSON, so it was ignored; film.schema.json lists the fields'),
        warning('director', 'not a field of the film JSON, so it was ignored; did you mean "credits.directors"?'),
        warning('runtme', 'not a field of the film JSON, so it was ignored; did you mean "runtime"?'),
        warning('reviews[0].stars', 'not a field of a review, so it was ignored; did you mean "rating"?'),
      ],
    });
  });

  it('refuses unsafe links and reports them', () => {
    const { film, problems } = parseFilm({
      title: 'Ballerina',
      url: 'javascript:alert(1)',
      poster: { src: 'data:image/png;base64,AAAA', alt: 'Poster' },
      reviews: [{ id: 'r', url: '&#106;avascript:alert(1)' }],
      trailer: 'https://example.com/trailer',
    });
    expect(film).to.deep.equal({ title: 'Ballerina', reviews: [{ id: 'r' }], trailer: { url: 'https://example.com/trailer' } });
    expect(problems).to.deep.equal([
      error('url', 'left out the link "javascript:alert(1)": only http, https and relative links are allowed'),
      error('poster.src', 'left out the link "data:image/png;base64,AAAA": only http, https and relative links are allowed'),
      error('reviews[0].url', 'left out the link "&#106;avascript:alert(1)": only http, https and relative links are allowed'),
    ]);
  });

  it('resolves relative links against baseUrl', () => {
    const { film } = parseFilm({ title: 'Ballerina', poster: { src: 'poster.jpg', alt: 'Poster' } }, { baseUrl: 'https://films.example/ballerina/' });
    expect(film.poster).to.deep.equal({ src: 'https://films.example/ballerina/poster.jpg', alt: 'Poster' });
    expect(parseFilm({ title: 'B', poster: { src: 'poster.jpg', alt: 'P' } }).film.poster?.src).to.equal('poster.jpg');
  });

  it('reads content ratings with advisories as a list or by category', () => {
    const listed = parseFilm({ title: 'B', contentRating: { rating: 'TV-MA', advisories: [{ category: 'dialog', items: ['Cursing'] }] } });
    const keyed = parseFilm({ title: 'B', contentRating: { rating: 'TV-MA', advisories: { dialog: ['Cursing'] } } });
    expect(listed).to.deep.equal(keyed);
    expect(keyed.film.contentRating).to.deep.equal({ rating: 'TV-MA', advisories: [{ category: 'dialog', items: ['Cursing'] }] });
    expect(parseFilm({ title: 'B', contentRating: 'TV-MA' }).film.contentRating).to.deep.equal({ rating: 'TV-MA' });
  });

  it('normalises award results and leaves unknown ones absent', () => {
    const { film } = parseFilm({
      title: 'B',
      accolades: [
        { award: 'Blue Dragon Film Awards', date: 2023, category: 'Best Music', recipients: 'Gray' },
        { award: 'Blue Dragon Film Awards', category: 'Best Art Direction', result: 'Winner' },
        { award: 'X', category: 'Y', result: 'shortlisted' },
      ],
    });
    expect(film.accolades).to.deep.equal([
      { award: 'Blue Dragon Film Awards', date: '2023', category: 'Best Music', recipients: [{ name: 'Gray' }] },
      { award: 'Blue Dragon Film Awards', category: 'Best Art Direction', result: 'won' },
      { award: 'X', category: 'Y', result: 'shortlisted' },
    ]);
  });
});

describe('parseFilm: review ids', () => {
  it("keeps the author's ids and makes stable, unique ones for the rest", () => {
    const { film, problems } = parseFilm({
      title: 'Ballerina',
      reviews: [
        { outlet: 'South China Morning Post' },
        { critic: 'Kim Jun-mo' },
        { id: 'south-china-morning-post', outlet: 'Elsewhere' },
        { outlet: 'South China Morning Post' },
        {},
        { id: 'mine' },
        { id: 'mine' },
      ],
    });
    expect(film.reviews?.map((r) => r.id)).to.deep.equal([
      'south-china-morning-post-2', 'kim-jun-mo', 'south-china-morning-post', 'south-china-morning-post-3', 'review', 'mine', 'mine-2',
    ]);
    expect(problems).to.deep.equal([warning('reviews[6].id', 'the id "mine" is already used by another review; renamed this one "mine-2"')]);
  });

  it('gives the same ids on every parse', () => {
    const data = { title: 'B', reviews: [{ outlet: 'OhmyNews' }, { outlet: 'OhmyNews' }] };
    expect(parseFilm(data).film.reviews).to.deep.equal(parseFilm(data).film.reviews);
  });
});
