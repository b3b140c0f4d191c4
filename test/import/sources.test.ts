// TMDB and Wikidata as sources, the importers' list, and notes in plain words, through the
// built importers as the builder loads them. Fixtures: test/fixtures/replay/ (TMDB's and
// Wikidata's answers, written from their API references), the same the replay server serves.
import { expect } from '@open-wc/testing';
import type * as Importers from '../../src/import/index.js';
import { parseFilm } from '../../src/model/parse-film.js';

const built = '/dist/film-elements.import.min.js';
const { ImportRefusal, importFilm, importers, detectKind } = (await import(built)) as typeof Importers;
const text = async (path: string) => (await fetch(path)).text();
type Json = Record<string, any>;

const errors = (film: unknown) => parseFilm(film).problems.filter((p) => p.severity === 'error');
const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings)
  : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
/** Every link of a film, by its key anywhere in it. */
const links = (v: unknown): string[] => (Array.isArray(v) ? v.flatMap(links) : v && typeof v === 'object'
  ? Object.entries(v).flatMap(([k, x]) => (['url', 'src'].includes(k) && typeof x === 'string' ? [x] : links(x))) : []);
/** Every fact that can name its sources, with those it names. */
const facts = (film: Json): Json[] => [
  ...Object.values(film.credits ?? {}).flat() as Json[], ...Object.values(film.companies ?? {}).flat() as Json[],
  ...['releases', 'runtime', 'cast', 'scores'].flatMap((k) => film[k] ?? []), ...['budget', 'boxOffice', 'contentRating', 'plot', 'trailer'].map((k) => film[k]).filter(Boolean),
];
const labelsOf = (doc: Json) => Object.fromEntries(Object.entries(doc.entities).map(([id, e]: [string, any]) =>
  [id, Object.fromEntries(Object.entries(e.labels).map(([lang, l]: [string, any]) => [lang, l.value]))]));

describe('importFilm: TMDB', () => {
  it('a movie with credits, release dates, videos, external ids and translations appended', async () => {
    const imported = importFilm(await text('/test/fixtures/replay/tmdb/movie-496243.json'));
    const film = imported.film as Json;
    expect(imported.kind).to.equal('tmdb');
    expect(errors(film)).to.deep.equal([]);
    expect(film.title).to.deep.equal({ en: 'Parasite', fr: 'Parasite', ja: 'パラサイト 半地下の家族', ko: '기생충' });
    expect(film.originalTitle).to.deep.equal({ text: '기생충', lang: 'ko' });
    expect(film.year).to.equal(2019);
    const names = (role: string) => film.credits[role].map((p: Json) => p.name);
    expect(Object.keys(film.credits)).to.have.members(['directors', 'screenplay', 'story', 'producers', 'music', 'cinematography', 'editors']);
    expect(names('screenplay')).to.deep.equal(['Bong Joon-ho', 'Han Jin-won']);
    // An executive producer is not a producer.
    expect(names('producers')).to.deep.equal(['Kwak Sin-ae']);
    expect(film.credits.directors[0]).to.deep.equal({ name: 'Bong Joon-ho', altNames: ['봉준호'], url: 'https://www.themoviedb.org/person/21684', sources: ['tmdb'] });
    // In billing order, not in the order listed; a cast member without a character has none.
    expect(film.cast.map((c: Json) => [c.actor.name, c.character])).to.deep.equal([
      ['Song Kang-ho', 'Kim Ki-taek'], ['Lee Sun-kyun', 'Park Dong-ik'], ['Cho Yeo-jeong', 'Choi Yeon-kyo'],
      ['Choi Woo-shik', 'Kim Ki-woo'], ['Park So-dam', 'Kim Ki-jung'], ['Extra Passer-by', undefined]]);
    expect(film.releases.map((r: Json) => [r.date, r.place, r.note])).to.deep.equal([
      ['2019-05-21', 'Cannes Film Festival', 'premiere'], ['2019-05-30', 'South Korea', 'theatrical'], ['2019-06-05', 'France', 'theatrical'],
      ['2019-07-01', 'South Korea', 'digital'], ['2019-10-11', 'United States', 'theatrical (limited)'], ['2020-01-28', 'United States', 'physical, Black-and-white version']]);
    // The film's own country's certification; the others are named once.
    expect(film.contentRating).to.deep.equal({ rating: '15', system: 'KMRB', sources: ['tmdb'] });
    expect(imported.unmapped.find((u) => u.section === 'contentRating')).to.deep.include({ text: 'FR 12, US R', why: 'the ratings of 2 other countries: a film keeps one rating' });
    expect(film.runtime).to.deep.equal([{ value: 133, sources: ['tmdb'] }]);
    expect(film.genres).to.deep.equal(['Comedy', 'Thriller', 'Drama']);
    expect(film.companies.production.map((c: Json) => c.name)).to.deep.equal(['Barunson E&A', 'CJ Entertainment']);
    expect(film.countries).to.deep.equal(['KR']);
    expect(film.languages).to.deep.equal(['ko', 'en']);
    expect(film.budget).to.deep.equal({ amount: 11400000, currency: 'USD', sources: ['tmdb'] });
    expect(film.boxOffice).to.deep.equal({ amount: 257591776, currency: 'USD', note: 'worldwide', sources: ['tmdb'] });
    expect(film.poster).to.deep.equal({ src: 'https://image.tmdb.org/t/p/w780/7IiTTgloJzvGI1TAYymCfbfl3vT.jpg', alt: 'Poster of Parasite' });
    // The official YouTube trailer: not the teaser, not a fan's earlier cut, not Vimeo's; the day
    // it was published, and no thumbnail, whose address TMDB does not give.
    expect(film.trailer).to.deep.equal({ url: 'https://www.youtube.com/watch?v=5xH0HfJHsaY', name: 'Parasite [Official Trailer]', date: '2019-09-12', sources: ['tmdb'] });
    expect(film.scores).to.deep.equal([{ source: 'TMDB', name: 'User Score', value: 8.5, best: 10, count: 18650, sources: ['tmdb'] }]);
    expect(film.url).to.equal('https://www.parasite-movie.com');
    expect(film.sources.map((s: Json) => [s.id, s.url])).to.deep.equal([['tmdb', 'https://www.themoviedb.org/movie/496243'], ['imdb', 'https://www.imdb.com/title/tt6751668/']]);
    // TMDB is the source of every fact.
    expect(facts(film).filter((f) => !f.sources?.includes('tmdb'))).to.deep.equal([]);
    expect(links(film).filter((l) => !/^https:\/\//.test(l))).to.deep.equal([]);
  });

  it('the writers of the work a film adapts are its "Based on", and jobs no credit names are left out', async () => {
    const details = JSON.parse(await text('/test/fixtures/replay/tmdb/movie-496243.json'));
    const writing = (job: string, name: string, id: number) => ({ id, name, job, department: 'Writing', original_name: name });
    details.credits.crew.push(writing('Novel', 'Stephen King', 3027), writing('Comic Book', 'Lynn Varley', 1001),
      writing('Characters', 'Stan Lee', 7624), writing('Novel', 'Stephen King', 3027), writing('Thanks', 'Someone Kind', 1002));
    const film = importFilm(JSON.stringify(details)).film as Json;
    expect(film.credits.basedOn.map((p: Json) => p.name)).to.deep.equal(['Stephen King', 'Lynn Varley', 'Stan Lee']);
    expect(JSON.stringify(film)).not.to.include('Someone Kind');
  });

  it('a budget or revenue of 0 is unknown, never a figure; no votes, no score', async () => {
    const film = importFilm(await text('/test/fixtures/replay/tmdb/movie-289.json')).film as Json;
    expect(errors(film)).to.deep.equal([]);
    expect(film).not.to.have.any.keys('budget', 'boxOffice', 'scores', 'url', 'trailer', 'credits');
    expect(film.title).to.equal('Casablanca');
    expect(film.releases).to.deep.equal([{ date: '1942-11-26', sources: ['tmdb'] }]);
    expect(film.year).to.equal(1942);
  });

  it('a release whose country is no country code names no place, and its certification no rating', () => {
    const results = [{ iso_3166_1: '<A<b>>', release_dates: [{ certification: '!', note: '', release_date: '2020-01-01', type: 3 }] },
      { iso_3166_1: 'KR', release_dates: [{ certification: '15', note: '', release_date: '2020-01-02', type: 3 }] }];
    const film = importFilm(JSON.stringify({ id: 1, title: 'Heat', original_title: 'Heat', release_dates: { results } })).film as Json;
    expect(film.releases).to.deep.equal([{ date: '2020-01-01', note: 'theatrical', sources: ['tmdb'] },
      { date: '2020-01-02', place: 'South Korea', note: 'theatrical', sources: ['tmdb'] }]);
    expect(film.contentRating).to.deep.equal({ rating: '15', system: 'KMRB', sources: ['tmdb'] });
  });

  it('a sub-response alone is recognised and refused in one sentence that says what to fetch', () => {
    const parts: [string, string][] = [
      ['{"id":496243,"cast":[],"crew":[]}', 'credits'],
      ['{"id":496243,"results":[{"iso_3166_1":"KR","release_dates":[]}]}', 'release_dates'],
      ['{"id":496243,"results":[{"site":"YouTube","key":"5xH0HfJHsaY","type":"Trailer"}]}', 'videos'],
      ['{"id":496243,"imdb_id":"tt6751668","wikidata_id":"Q61448040","facebook_id":null}', 'external_ids'],
    ];
    for (const [json, part] of parts) {
      expect(detectKind(json)).to.equal('tmdb');
      expect(() => importFilm(json)).to.throw(ImportRefusal, `this is TMDB's ${part} of a movie alone, which names no film: fetch /movie/496243?append_to_response=${part} instead`);
    }
  });
});

describe('importFilm: Wikidata', () => {
  it('an entity with the labels of what it names: language maps, roles, dated places, the latest scores', async () => {
    const entity = await text('/test/fixtures/replay/wikidata/entity-Q200396.json');
    const labels = labelsOf(JSON.parse(await text('/test/fixtures/replay/wikidata/labels-Q200396.json')));
    const imported = importFilm(entity, { labels });
    const film = imported.film as Json;
    expect(imported.kind).to.equal('wikidata');
    expect(errors(film)).to.deep.equal([]);
    // Every language's label; a language that writes it as English does is left to English.
    expect(film.title).to.deep.equal({ en: 'Rashomon', ja: '羅生門', fr: 'Rashōmon', de: 'Rashomon – Das Lustwäldchen', ko: '라쇼몽', 'zh-Hant': '羅生門' });
    expect(film.originalTitle).to.deep.equal({ text: '羅生門', lang: 'ja' });
    expect(film.credits.directors).to.deep.equal([{ name: { en: 'Akira Kurosawa', ja: '黒澤明', ko: '구로사와 아키라', 'zh-Hant': '黑澤明' }, url: 'https://www.wikidata.org/wiki/Q8006', sources: ['wikidata'] }]);
    expect(film.credits.writers.map((w: Json) => w.name.en)).to.deep.equal(['Akira Kurosawa', 'Shinobu Hashimoto']);
    // The character role (P453) by its labels, the name of one (P4633) as written, in series order.
    expect(film.cast.map((c: Json) => [c.actor.name.en, c.character])).to.deep.equal([
      ['Toshiro Mifune', { en: 'Tajōmaru', ja: '多襄丸' }], ['Machiko Kyō', 'Masako Kanazawa'], ['Masayuki Mori', 'Takehiro Kanazawa'], ['Takashi Shimura', undefined]]);
    // Each date to its precision, with its place; a deprecated one left out.
    expect(film.releases.map((r: Json) => [r.date, r.place])).to.deep.equal([['1950-08-25', 'Japan'], ['1951', 'France'], ['1951-12-26', 'United States of America']]);
    expect(film.year).to.equal(1950);
    expect(film.runtime).to.deep.equal([{ value: 88, sources: ['wikidata'] }]);
    expect(film.countries).to.deep.equal(['JP']);
    expect(film.languages).to.deep.equal(['ja']);
    expect(film.genres).to.deep.equal(['drama film', 'crime film']);
    // The latest Tomatometer (2023, not 2019); a letter grade is named, not made a number.
    expect(film.scores).to.deep.equal([
      { source: 'Rotten Tomatoes', name: 'Tomatometer score', value: 98, best: 100, unit: 'percent', count: 61, sources: ['wikidata'] },
      { source: 'Metacritic', name: 'Metascore', value: 98, best: 100, count: 19, sources: ['wikidata'] }]);
    expect(imported.unmapped).to.deep.equal([{ line: 1, text: 'CinemaScore: A', why: 'a review score that is not a number (a letter grade): a film\'s scores are numbers', section: 'scores', reason: 'letterGrade' }]);
    expect(film.sources).to.deep.equal([{ id: 'wikidata', title: 'Rashomon – Wikidata', kind: 'database', publisher: 'Wikidata', url: 'https://www.wikidata.org/wiki/Q200396' }]);
    expect(facts(film).filter((f) => !f.sources?.includes('wikidata'))).to.deep.equal([]);
    // The labels merged into the document, as `import --wikidata` writes it, read the same.
    const merged = JSON.parse(entity);
    Object.assign(merged.entities, JSON.parse(await text('/test/fixtures/replay/wikidata/labels-Q200396.json')).entities);
    expect(importFilm(JSON.stringify(merged)).film).to.deep.equal(film);
  });

  it('without the labels: codes from the small table, places by their country, one note on what has only an id', async () => {
    const imported = importFilm(await text('/test/fixtures/replay/wikidata/entity-Q200396.json'));
    const film = imported.film as Json;
    expect(errors(film)).to.deep.equal([]);
    expect(film).not.to.have.any.keys('credits', 'cast', 'scores');
    expect(film.countries).to.deep.equal(['JP']);
    expect(film.languages).to.deep.equal(['ja']);
    expect(film.releases.map((r: Json) => [r.date, r.place])).to.deep.equal([['1950-08-25', 'Japan'], ['1951', 'France'], ['1951-12-26', 'United States']]);
    expect(imported.unmapped).to.have.length(1);
    expect(imported.unmapped[0]!.why).to.match(/^\d+ entities are named only by Wikidata id, without a label, and were left out: import the film by its id \(Q…\)/);
    expect(imported.unmapped[0]!.todo).to.equal('use --wikidata Q200396');
  });

  it('a duration in hours, a preferred statement first, an entity with no label refused in one sentence', () => {
    const snak = (p: string, value: unknown, type: string) => ({ snaktype: 'value', property: p, datavalue: { value, type } });
    const entity = (claims: Json, labels: Json = { en: { language: 'en', value: 'Heat' } }) => JSON.stringify({ entities: { Q1: { type: 'item', id: 'Q1', labels, claims } } });
    const hours = { P2047: [
      { mainsnak: snak('P2047', { amount: '+2', unit: 'http://www.wikidata.org/entity/Q25235' }, 'quantity'), rank: 'normal' },
      { mainsnak: snak('P2047', { amount: '+170', unit: 'http://www.wikidata.org/entity/Q7727' }, 'quantity'), rank: 'preferred' }] };
    expect((importFilm(entity(hours)).film as Json).runtime).to.deep.equal([{ value: 170, sources: ['wikidata'] }]);
    hours.P2047[1]!.rank = 'deprecated';
    expect((importFilm(entity(hours)).film as Json).runtime).to.deep.equal([{ value: 120, sources: ['wikidata'] }]);
    expect(() => importFilm(entity(hours, {}))).to.throw(ImportRefusal, 'the Wikidata entity Q1 has no label, so the film has no title');
  });
});

describe('the importers\' list', () => {
  it('each source has one shape, and each fixture is detected as its own kind', async () => {
    expect(importers.map((i) => i.kind)).to.deep.equal(['wikitext', 'html', 'tmdb', 'wikidata', 'jsonld', 'film-json']);
    for (const source of importers) {
      expect(source.label).to.be.a('string').and.not.empty;
      expect(source.reads).to.be.a('string').and.not.empty;
      expect(source.detect).to.be.a('function');
      expect(source.read).to.be.a('function');
    }
    const cases: [string, string][] = [
      ['/test/fixtures/import/oldboy.wiki', 'wikitext'], ['/test/fixtures/import/imdb-parasite.html', 'html'],
      ['/test/fixtures/replay/tmdb/movie-496243.json', 'tmdb'], ['/test/fixtures/replay/wikidata/entity-Q200396.json', 'wikidata'],
      ['/test/fixtures/jsonld/rank-math-movie.jsonld', 'jsonld'], ['/demo/data/ballerina.json', 'film-json'],
    ];
    for (const [path, kind] of cases) expect(detectKind(await text(path)), path).to.equal(kind);
  });
});

describe('what an import could not use, in plain words', () => {
  const fixtures = ['amelie.wiki', 'ballerina.wiki', 'captain-america.wiki', 'heat.wiki', 'oldboy.wiki', 'oppenheimer.wiki', 'parasite.wiki',
    'rashomon.wiki', 'spirited-away.wiki', 'the-call.wiki', 'imdb-parasite.html', 'letterboxd-oldboy.html', 'blog-casablanca.html'];

  it('says why without film JSON\'s keys or the command\'s options, which stay in `todo`; names unread sections once', async () => {
    for (const name of fixtures) {
      const { unmapped } = importFilm(await text(`/test/fixtures/import/${name}`));
      for (const u of unmapped) expect(u.why, `${name}:${u.line}`).not.to.match(/film JSON|"(?:poster|source|src)"|\{ |--[a-z]/);
      expect(unmapped.filter((u) => /sections? the importer does not read|schema\.org propert(?:y|ies) the JSON-LD reader does not read/.test(u.why)).length, name).to.be.at.most(1);
    }
    const parasite = importFilm(await text('/test/fixtures/import/parasite.wiki')).unmapped;
    expect(parasite.find((u) => u.text.startsWith('image ='))).to.deep.include({
      why: 'a file on Wikipedia, not a web address', section: 'poster', todo: 'add the poster as "poster": { "src": URL, "alt": … } by hand' });
  });

  it('every import leaves no markup and no relative link', async () => {
    for (const path of [...fixtures.map((f) => `/test/fixtures/import/${f}`), '/test/fixtures/replay/tmdb/movie-496243.json', '/test/fixtures/replay/wikidata/entity-Q200396.json']) {
      const { film } = importFilm(await text(path));
      expect(strings(film).filter((s) => /\[\[|\{\{|<\/?[a-z]+[ >]|'''/.test(s)), path).to.deep.equal([]);
      expect(links(film).filter((l) => !/^https?:\/\//.test(l)), path).to.deep.equal([]);
    }
  });
});
