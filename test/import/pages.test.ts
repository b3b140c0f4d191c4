// Saved film pages, JSON-LD and film JSON, through the built importers as the builder loads them.
import { expect } from '@open-wc/testing';
import type * as Importers from '../../src/import/index.js';
import { parseFilm } from '../../src/model/parse-film.js';

const built = '/dist/film-elements.import.min.js';
const { ImportRefusal, importFilm } = (await import(built)) as typeof Importers;
const text = async (path: string) => (await fetch(path)).text();
type Json = Record<string, any>;

const errors = (film: unknown) => parseFilm(film).problems.filter((p) => p.severity === 'error');

describe('importFilm: saved pages and JSON-LD', () => {
  it('names written in Latin letters and in their own script become language maps', async () => {
    const imported = importFilm(await text('/test/fixtures/import/review-shoplifters.html'));
    const film = imported.film as Json;
    expect(errors(film)).to.deep.equal([]);
    // Chinese characters alone are Japanese here because the film is in Japanese.
    expect(film.credits.directors[0].name).to.deep.equal({ en: 'Hirokazu Kore-eda', ja: '是枝裕和' });
    expect(film.cast.map((c: Json) => c.actor.name)).to.deep.equal([
      { en: 'Lily Franky', ja: 'リリー・フランキー' }, { en: 'Sakura Ando', ja: '安藤サクラ' }, { en: 'Kirin Kiki', ja: '樹木希林' }, 'Mayu Matsuoka',
    ]);
    expect(film.companies.production[0].name).to.deep.equal({ en: 'Fuji Television', ja: 'フジテレビジョン' });
    expect(film.poster.src).to.equal('https://asiancinemaweekly.example/images/shoplifters.jpg');
    expect(film.releases).to.deep.equal([{ date: '2018-05-13', place: 'Cannes', sources: ['page'] }]);
    // Hangul is Korean whatever the film's language; a name in one script stays as written.
    const korean = importFilm('{"@context":"https://schema.org","@type":"Movie","name":"Broker","inLanguage":"Korean","actor":[{"@type":"Person","name":"Song Kang-ho (송강호)"},{"@type":"Person","name":"IU"},{"@type":"Person","name":"Lee (Ji-eun)"}]}').film as Json;
    expect(korean.cast.map((c: Json) => c.actor.name)).to.deep.equal([{ en: 'Song Kang-ho', ko: '송강호' }, 'IU', 'Lee (Ji-eun)']);
  });

  it('relative links resolve against the canonical link, og:url or <base>; with none they are left out, with one note naming --base-url', async () => {
    const casablanca = importFilm(await text('/test/fixtures/import/blog-casablanca.html')).film as Json;
    expect(casablanca.url).to.equal('https://lateshowlog.example/reviews/casablanca-1942/');
    expect(casablanca.credits.directors[0].url).to.equal('https://lateshowlog.example/people/michael-curtiz/');
    expect(casablanca.poster.src).to.equal('https://lateshowlog.example/images/casablanca-poster.jpg');
    // A Japanese film of 1954, from a page whose only address is its <base>.
    const samurai = importFilm(await text('/test/fixtures/import/review-seven-samurai.html'));
    expect(errors(samurai.film)).to.deep.equal([]);
    const film = samurai.film as Json;
    expect(film.url).to.equal('https://kinejournal.example/archive/films/seven-samurai-1954.html');
    expect(film.poster.src).to.equal('https://kinejournal.example/archive/img/seven-samurai.jpg');
    expect(film.releases).to.deep.equal([{ date: '1954-04-26', place: 'Japan', sources: ['page'] }]);
    const bare = '<!DOCTYPE html><html><head><title>Heat</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"Movie","name":"Heat","url":"/films/heat","image":"/img/heat.jpg","director":{"@type":"Person","name":"Michael Mann","url":"/people/mann"}}</script></head></html>';
    const unplaced = importFilm(bare);
    expect(errors(unplaced.film)).to.deep.equal([]);
    expect(JSON.stringify(unplaced.film)).not.to.match(/"(?:url|src)":"\//);
    const notes = unplaced.unmapped.filter((u) => /relative link/.test(u.why));
    expect(notes).to.have.length(1);
    // The command names its option; the builder, by the section, asks for the page's address.
    expect(notes[0]).to.deep.include({ why: '3 relative links were left out: the page names no address of its own (no canonical link, og:url or <base>)',
      section: 'address', todo: 'give it with --base-url https://…' });
    // Given the address, they are kept.
    const placed = importFilm(bare, { baseUrl: 'https://example.org/reviews/heat' }).film as Json;
    expect(placed.url).to.equal('https://example.org/films/heat');
    // A site's own aggregate rating is the site's: by its name, else by its host.
    expect(film.scores).to.deep.equal([{ source: 'Kine Journal', value: 4.8, best: 5, count: 212, sources: ['page'] }]);
    const rated = bare.replace('"name":"Heat",', '"name":"Heat","aggregateRating":{"@type":"AggregateRating","ratingValue":"4","bestRating":"5","ratingCount":"9"},')
      .replace('<title>Heat</title>', '<title>Heat</title><link rel="canonical" href="https://www.filmnotes.example/heat">');
    expect((importFilm(rated).film as Json).scores).to.deep.equal([{ source: 'filmnotes.example', value: 4, best: 5, count: 9, sources: ['page'] }]);
  });

  it('a review blog of a 1942 film: dates written out, one with its place in brackets, read by the model\'s date reader', async () => {
    const imported = importFilm(await text('/test/fixtures/import/blog-casablanca.html'));
    const film = imported.film as Json;
    expect(errors(film)).to.deep.equal([]);
    expect(film.releases).to.deep.equal([
      { date: '1942-11-26', place: 'New York City', sources: ['page'] },
      { date: '1943-01-23', place: 'United States', sources: ['page'] },
    ]);
    expect(film.reviews[0].date).to.equal('2024-02-14');
    expect(film.year).to.equal(1942);
  });

  it('an IMDb-like page: its Movie JSON-LD, the page as the source of every fact, and what the reader leaves out by line', async () => {
    const page = await text('/test/fixtures/import/imdb-parasite.html');
    const imported = importFilm(page);
    const film = imported.film as Json;
    expect(imported.kind).to.equal('html');
    expect(errors(film)).to.deep.equal([]);
    expect(film.title).to.equal('Parasite');
    expect(film.runtime).to.deep.equal([{ value: 132, sources: ['page'] }]);
    expect(film.credits.directors).to.deep.equal([{ name: 'Bong Joon Ho', url: 'https://www.imdb.com/name/nm0094435/', sources: ['page'] }]);
    expect(film.contentRating).to.deep.equal({ rating: 'R', sources: ['page'] });
    // An HTML entity in the JSON-LD is read as its character; the 1–10 rating keeps its scale.
    expect(film.reviews[0].quote).to.equal("Bong's film moves from comedy to horror without a seam, and every staircase means something.");
    expect(film.reviews[0].rating).to.deep.equal({ value: 10, best: 10 });
    expect(film.sources).to.deep.equal([{ id: 'page', title: 'Parasite (2019) ⭐ 8.5 | Drama, Thriller', publisher: 'IMDb', url: 'https://www.imdb.com/title/tt6751668/' }]);
    const keywords = imported.unmapped.find((u) => u.text.startsWith('"keywords"'));
    // The line as the page was served (the test server may add a line to a page it serves).
    const line = page.split('\n').findIndex((l) => l.includes('"keywords"')) + 1;
    expect(line).to.be.above(10);
    expect(keywords).to.deep.include({ line, why: 'a schema.org property the JSON-LD reader does not read' });
  });

  it('a Letterboxd-like page: JSON-LD inside a commented CDATA section; its unattributed aggregate is the site\'s', async () => {
    const page = await text('/test/fixtures/import/letterboxd-oldboy.html');
    const imported = importFilm(page);
    const film = imported.film as Json;
    expect(errors(film)).to.deep.equal([]);
    expect(film.title).to.equal('Oldboy');
    expect(film.countries).to.deep.equal(['KR']);
    expect(film.companies.production.map((c: Json) => c.url)).to.deep.equal(['https://letterboxd.com/studio/show-east/', 'https://letterboxd.com/studio/egg-films/']);
    expect(film.scores).to.deep.equal([{ source: 'Letterboxd', value: 4.21, best: 5, count: 41023, sources: ['page'] }]);
    const line = page.split('\n').findIndex((l) => l.includes('"dateModified"')) + 1;
    expect(imported.unmapped.map((u) => [u.line, u.text])).to.deep.equal([[line, '"dateModified"']]);
  });

  it('a WordPress blog: Yoast\'s @graph with a Review whose itemReviewed is the film', async () => {
    const imported = importFilm(await text('/test/fixtures/import/blog-ballerina.html'));
    const film = imported.film as Json;
    expect(errors(film)).to.deep.equal([]);
    expect(film.title).to.equal('Ballerina');
    expect(film.runtime).to.deep.equal([{ value: 93, sources: ['page'] }]);
    expect(film.reviews).to.have.length(1);
    expect(film.reviews[0]).to.deep.include({ quote: 'Style carries a thin revenge story, and Jeon Jong-seo carries the style.', date: '2023-10-08', rating: { value: 3, best: 5 } });
    expect(film.reviews[0].critic.name).to.equal('Mina Park');
    expect(film.sources[0]).to.deep.equal({
      id: 'page', title: 'Ballerina (2023) Review: a neon revenge thriller', publisher: 'Second Screen Notes',
      url: 'https://secondscreennotes.example/2023/10/ballerina-review/',
    });
  });

  it('a page whose JSON-LD tags names with @language: each becomes the text per language', async () => {
    const imported = importFilm(await text('/test/fixtures/import/archive-parasite.html'));
    const film = imported.film as Json;
    expect(errors(film)).to.deep.equal([]);
    expect(film.title).to.deep.equal({ en: 'Parasite', ko: '기생충' });
    expect(film.altTitles).to.deep.equal([{ text: 'Gisaengchung', lang: 'ko-Latn' }]);
    expect(film.credits.directors).to.deep.equal([{ name: { en: 'Bong Joon-ho', ko: '봉준호' }, sources: ['page'] }]);
    expect(film.cast.map((c: Json) => c.actor.name.ko)).to.deep.equal(['송강호', '이선균', '조여정']);
    expect(film.companies.production).to.deep.equal([{ name: { en: 'Barunson E&A', ko: '바른손이앤에이' }, sources: ['page'] }]);
    // The original title, as the elements read the imported film: the title in its language.
    const read = parseFilm(film).film;
    expect(read.originalTitle).to.deep.equal({ text: '기생충', lang: 'ko' });
    expect(film.sources[0]).to.deep.equal({ id: 'page', title: '기생충 Parasite (2019)', publisher: '영화 아카이브', url: 'https://film-archive.example/films/parasite-2019' });
    expect(imported.unmapped).to.deep.equal([]);
  });

  it('JSON-LD whose @context gives a language: plain text is in that language, tagged alternateNames are the others', () => {
    const imported = importFilm(JSON.stringify({
      '@context': { '@vocab': 'https://schema.org/', '@language': 'ko' },
      '@type': 'Movie', name: '발레리나', alternateName: { '@value': 'Ballerina', '@language': 'en' }, inLanguage: 'ko',
      director: { '@type': 'Person', name: '이충현', alternateName: { '@value': 'Lee Chung-hyun', '@language': 'en' } },
    }));
    const film = imported.film as Json;
    expect(imported.kind).to.equal('jsonld');
    expect(errors(film)).to.deep.equal([]);
    expect(film.title).to.deep.equal({ ko: '발레리나', en: 'Ballerina' });
    expect(film.credits.directors).to.deep.equal([{ name: { ko: '이충현', en: 'Lee Chung-hyun' } }]);
  });

  it('bare JSON-LD and film JSON are told apart and read back', async () => {
    const jsonld = importFilm(await text('/test/fixtures/imdb-movie.jsonld'));
    expect(jsonld.kind).to.equal('jsonld');
    expect(errors(jsonld.film)).to.deep.equal([]);
    expect(jsonld.film.title).to.be.a('string').and.not.equal('');
    const ballerina = await text('/demo/data/ballerina.json');
    const filmJson = importFilm(ballerina);
    expect(filmJson.kind).to.equal('film-json');
    expect(filmJson.unmapped).to.deep.equal([]);
    expect(parseFilm(filmJson.film)).to.deep.equal(parseFilm(ballerina));
  });

  it('refuses a page without JSON-LD, JSON-LD without a film, and broken JSON, each in one sentence', () => {
    const refusal = (input: string) => {
      try {
        importFilm(input);
      } catch (error) {
        expect(error).to.be.instanceOf(ImportRefusal);
        return (error as Error).message;
      }
      throw new Error('no refusal');
    };
    expect(refusal('<!doctype html><html><head><title>A film</title></head><body>Hello</body></html>')).to.match(/carries no schema\.org JSON-LD/);
    expect(refusal('{"@context": "https://schema.org", "@type": "Book", "name": "Old Boy"}')).to.match(/no schema\.org Movie/);
    // Where the parser stopped, in every engine (WebKit's does not say: it is found again).
    const broken = refusal('{"title": "Oldboy", "runtime": 120,\n  "countries": ["KR"]');
    expect(broken).to.match(/^this is not valid JSON \(line 2, column 22\): /);
  });

  it('a Wikipedia article saved as a web page is refused with its wiki and title, by which the article itself is fetched', () => {
    // As Wikipedia writes its head: the canonical address, and JSON-LD of an Article (never a Movie).
    const saved = [
      '<!DOCTYPE html>', '<html class="client-nojs" lang="ko" dir="ltr"><head><meta charset="UTF-8"><title>기생충 (영화) - 위키백과, 우리 모두의 백과사전</title>',
      '<link rel="canonical" href="https://ko.wikipedia.org/wiki/%EA%B8%B0%EC%83%9D%EC%B6%A9_(%EC%98%81%ED%99%94)">',
      '<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"기생충 (영화)","mainEntity":"http:\\/\\/www.wikidata.org\\/entity\\/Q61448040"}</script>',
      '</head><body><table class="infobox"><tr><th>감독</th><td>봉준호</td></tr></table></body></html>',
    ].join('\n');
    try {
      importFilm(saved);
      expect.fail('a saved article is refused');
    } catch (error) {
      expect(error).to.be.instanceOf(ImportRefusal);
      expect((error as InstanceType<typeof ImportRefusal>).reason).to.equal('pageWikipedia');
      expect((error as InstanceType<typeof ImportRefusal>).values).to.deep.equal({ wiki: 'ko', title: '기생충 (영화)' });
      expect((error as Error).message).to.equal('this is the Wikipedia article "기생충 (영화)" saved as a web page, whose infobox is not read from the page: fetch the article by its title, or paste its source from its edit page');
    }
  });
});
