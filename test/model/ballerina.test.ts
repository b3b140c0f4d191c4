import { expect } from '@open-wc/testing';
import { parseFilm } from '../../src/model/parse-film.js';
import { ballerinaText } from './ballerina.js';

describe('the Ballerina data set', () => {
  it('parses with no problems', async () => {
    const { problems } = parseFilm(await ballerinaText());
    expect(problems).to.deep.equal([]);
  });

  it('keeps the facts the seeds give', async () => {
    const { film } = parseFilm(await ballerinaText());
    expect(film.title).to.equal('Ballerina');
    expect(film.year).to.equal(2023);
    expect(film.originalTitle).to.equal(undefined); // the encyclopedia's lead has an empty "()"
    expect(film.poster).to.equal(undefined);
    expect(film.boxOffice).to.equal(undefined);
    expect(film.runtime).to.deep.equal([
      { value: 93, sources: ['encyclopedia', 'blog-review'] },
      { value: 92, sources: ['editorial'] },
    ]);
    expect(film.credits?.directors?.[0]?.altNames).to.include('Chung-Hyun Lee');
    expect(film.releases?.map((r) => r.date)).to.deep.equal(['2023-10-05', '2023-10-06', '2023-10-06']);
    expect(film.cast).to.have.length(10);
    expect(film.reviews?.map((r) => r.id)).to.deep.equal(['south-china-morning-post', 'the-indian-express', 'ohmynews', 'blog-review']);
    expect(film.reviews?.[3]?.rating).to.deep.equal({ kind: 'verdict', label: 'Mixed (Divisive)' });
    expect(film.reviews?.[3]?.userRating).to.deep.equal({ count: 0 });
    expect(film.reviews?.[2]?.rating).to.equal(undefined);
    expect(film.accolades?.map((a) => a.result)).to.deep.equal([undefined, undefined]);
    expect(film.scores?.[0]).to.deep.include({ value: 91, best: 100, count: 11, average: { value: 6.6, best: 10 } });
    expect(film.viewership?.[0]).to.deep.include({ views: 14_700_000, hours: 23_100_000, period: { start: '2023-10-09', end: '2023-10-15' } });
    expect(film.otherFilms).to.deep.equal([{
      title: 'Ballerina', year: 2025, description: 'The John Wick spin-off directed by Len Wiseman, starring Ana de Armas.', sources: ['editorial', 'preview'],
    }]);
    expect(film.sources?.map((s) => s.id)).to.deep.equal(['encyclopedia', 'blog-review', 'editorial', 'preview']);
  });

  it('has no links, since the seeds give none', async () => {
    expect(await ballerinaText()).not.to.match(/https?:/);
  });

  it('refers only to sources it lists, and every fact block cites one', async () => {
    const { film } = parseFilm(await ballerinaText());
    const ids = new Set(film.sources?.map((s) => s.id));
    const cited = JSON.stringify(film).match(/"sources":\["[^\]]*\]/g) ?? [];
    for (const list of cited) for (const id of JSON.parse(`{${list}}`).sources) expect(ids.has(id), id).to.equal(true);
    for (const section of [film.releases, film.cast, film.reviews, film.scores, film.viewership, film.accolades, film.milestones, film.otherFilms]) {
      for (const fact of section ?? []) expect(fact.sources, JSON.stringify(fact).slice(0, 80)).to.have.length.above(0);
    }
  });

  it('parses the same whether read as text or as an object', async () => {
    const text = await ballerinaText();
    expect(parseFilm(JSON.parse(text))).to.deep.equal(parseFilm(text));
  });

  it('is a fixed point: parsing the parsed film changes nothing', async () => {
    const { film } = parseFilm(await ballerinaText());
    expect(parseFilm(film)).to.deep.equal({ film, problems: [] });
  });
});
