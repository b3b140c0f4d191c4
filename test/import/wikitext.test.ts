// The importers as the builder loads them: the one self-contained module of the build, with
// wtf_wikipedia inside (run `npm run build` first).
import { expect } from '@open-wc/testing';
import type * as Importers from '../../src/import/index.js';
import type { Imported } from '../../src/import/index.js';
import { parseFilm } from '../../src/model/parse-film.js';
import { localise } from '../../src/model/localised.js';

const built = '/dist/film-elements.import.min.js';
const { ImportRefusal, importFilm } = (await import(built)) as typeof Importers;

const fixture = async (name: string) => (await fetch(`/test/fixtures/import/${name}`)).text();
type Json = Record<string, any>;

/** Every string in a value, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

const MARKUP = /\[\[|\]\]|\{\{|\}\}|<ref|'''|''|<br|<!--|df=y/i;

/** What every import must be: valid film JSON without any wiki markup left in it. */
function clean(imported: Imported) {
  const { problems } = parseFilm(imported.film);
  expect(problems.filter((p) => p.severity === 'error'), JSON.stringify(problems)).to.deep.equal([]);
  expect(strings(imported.film).filter(([, s]) => MARKUP.test(s))).to.deep.equal([]);
  const ids = new Set((imported.film.sources as Json[]).map((s) => s.id));
  for (const [path, id] of strings(imported.film).filter(([p]) => /\.sources\[\d+\]$/.test(p))) {
    expect(ids.has(id), `${path} points to ${id}`).to.equal(true);
  }
}

const why = (imported: Imported, line: number) => imported.unmapped.filter((u) => u.line === line).map((u) => u.why).join(' / ');

describe('importFilm: Wikipedia wikitext', () => {
  it('Ballerina: name module, Plainlist, Film date with a ref per date, named refs reused, accolades with row spans', async () => {
    const imported = importFilm(await fixture('ballerina.wiki'));
    clean(imported);
    const film = imported.film as Json;
    expect(imported.kind).to.equal('wikitext');
    // The English article's title, and the film's own title in its language, as one map.
    expect(film.title).to.deep.equal({ en: 'Ballerina', ko: '발레리나' });
    expect(film.originalTitle).to.deep.equal({ text: '발레리나', lang: 'ko' });
    expect(film.altTitles).to.deep.equal([{ text: 'Ballerina', lang: 'ko-Latn' }]);
    expect(film.credits.starring.map((e: Json) => e.name)).to.deep.equal(['Jeon Jong-seo', 'Kim Ji-hoon', 'Park Yu-rim']);
    expect(film.credits.music).to.deep.equal([{ name: 'Gray', sources: ['wikipedia'] }]);
    expect(film.releases).to.deep.equal([
      { date: '2023-10-05', place: 'BIFF', sources: ['wikipedia', 'biff'] },
      { date: '2023-10-06', place: 'Netflix', sources: ['wikipedia'] },
    ]);
    // `<ref name="Netflix lineup" />` reuses the reference defined on the distributor.
    expect(film.runtime).to.deep.equal([{ value: 93, sources: ['wikipedia', 'netflix-lineup'] }]);
    expect(film.companies.distributors).to.deep.equal([{ name: 'Netflix', sources: ['wikipedia', 'netflix-lineup'] }]);
    expect(film.countries).to.deep.equal(['KR']);
    expect(film.languages).to.deep.equal(['ko']);
    expect(film.sources.find((s: Json) => s.id === 'netflix-lineup')).to.deep.equal({
      id: 'netflix-lineup', title: 'Netflix unveils its 2023 lineup of Korean films', publisher: 'The Korea Herald',
      date: '2023-01-18', url: 'https://www.koreaherald.com/view.php?ud=20230118000601',
    });
    // The second row lost its award and year to the row span; its result is not known.
    expect(film.accolades).to.deep.equal([
      { award: 'Blue Dragon Film Awards', date: '2023', category: 'Best Music', recipients: [{ name: 'Gray' }], sources: ['wikipedia', 'the-korea-times'] },
      { award: 'Blue Dragon Film Awards', date: '2023', category: 'Best Art Direction', recipients: [{ name: 'Kim Min-hye' }], sources: ['wikipedia', 'the-korea-times'] },
    ]);
    expect(film.cast[0]).to.deep.equal({ actor: 'Jeon Jong-seo', character: 'Jang Ok-ju', note: 'a former bodyguard', sources: ['wikipedia'] });
    expect(film.plot.text).to.match(/^Jang Ok-ju, a former bodyguard[^\n]+\n\nOk-ju searches/);
    expect(why(imported, 5)).to.match(/a file on Wikipedia, not a web address/);
    expect(why(imported, 45)).to.match(/a section the importer does not read/);
  });

  it('Captain America: links give their text, Based on with a ubl, a budget range and a footnote are reported', async () => {
    const imported = importFilm(await fixture('captain-america.wiki'));
    clean(imported);
    const film = imported.film as Json;
    expect(film.credits.starring[0].name).to.equal('Chris Evans');
    expect(film.credits.screenplay.map((e: Json) => e.name)).to.deep.equal(['Christopher Markus', 'Stephen McFeely']);
    expect(film.credits.editors.map((e: Json) => e.name)).to.deep.equal(['Jeffrey Ford', 'Robert Dalva']);
    expect(film.credits.basedOn).to.deep.equal([{ name: 'Captain America by Joe Simon and Jack Kirby', sources: ['wikipedia'] }]);
    expect(film.releases.map((r: Json) => [r.date, r.place, r.sources])).to.deep.equal([
      ['2011-07-19', 'El Capitan Theatre', ['wikipedia', 'release']], ['2011-07-22', 'United States', ['wikipedia', 'release']],
    ]);
    expect(film.boxOffice).to.deep.equal({ amount: 370_600_000, currency: 'USD', sources: ['wikipedia', 'bom'] });
    expect(film.budget).to.equal(undefined);
    expect(why(imported, 36)).to.match(/a range of amounts/);
    expect(why(imported, 31)).to.match(/an explanatory footnote/);
    expect(film.cast[0]).to.deep.equal({ actor: 'Chris Evans', character: 'Steve Rogers / Captain America', sources: ['wikipedia'] });
    expect(film.sources.find((s: Json) => s.id === 'bbfc').title).to.equal('Captain America: The First Avenger (12A)');
  });

  it('Parasite: Infobox Korean name, ubl, nowrap, df=y, a currency conversion, and an accolades table with spans and inline cells', async () => {
    const imported = importFilm(await fixture('parasite.wiki'));
    clean(imported);
    const film = imported.film as Json;
    // hangul is the Korean title; both romanisations (Revised and McCune–Reischauer) are other titles.
    expect(film.title).to.deep.equal({ en: 'Parasite', ko: '기생충' });
    expect(film.originalTitle).to.deep.equal({ text: '기생충', lang: 'ko' });
    expect(film.altTitles).to.deep.equal([{ text: 'Gisaengchung', lang: 'ko-Latn' }, { text: "Kisaengch'ung", lang: 'ko-Latn' }]);
    // Read as the elements read it: a Korean page shows 기생충, an English one Parasite.
    const read = parseFilm(film).film;
    expect([read.title, localise(read, 'ko').title, read.originalTitle]).to.deep.equal(['Parasite', '기생충', { text: '기생충', lang: 'ko' }]);
    expect(film.credits.producers.map((e: Json) => e.name)).to.deep.equal(['Kwak Sin-ae', 'Bong Joon-ho']);
    expect(film.credits.starring[5].name).to.equal('Lee Jung-eun');
    expect(film.releases.map((r: Json) => [r.date, r.place])).to.deep.equal([['2019-05-21', 'Cannes'], ['2019-05-30', 'South Korea']]);
    expect(film.budget).to.deep.equal({ amount: 15_500_000_000, currency: 'KRW', sources: ['wikipedia', 'budget'] });
    expect(why(imported, 37)).to.match(/another figure for the same amount/);
    expect(film.boxOffice.amount).to.equal(262_100_000);
    const rows = film.accolades.map((a: Json) => [a.award, a.date, a.category, a.recipients.map((r: Json) => r.name).join(' + '), a.result, a.sources.join(' ')]);
    expect(rows).to.deep.equal([
      ['Cannes Film Festival', '2019-05-25', "Palme d'Or", 'Bong Joon-ho', 'won', 'wikipedia festival-de-cannes'],
      ['Academy Awards', '2020-02-09', 'Best Picture', 'Kwak Sin-ae + Bong Joon-ho', 'won', 'wikipedia oscars'],
      ['Academy Awards', '2020-02-09', 'Best Director', 'Bong Joon-ho', 'won', 'wikipedia oscars'],
      ['Academy Awards', '2020-02-09', 'Best Original Screenplay', 'Bong Joon-ho + Han Jin-won', 'won', 'wikipedia oscars'],
      ['Academy Awards', '2020-02-09', 'Best Film Editing', 'Yang Jin-mo', 'nominated', 'wikipedia oscars'],
    ]);
  });

  it('Spirited Away: Infobox name module in Japanese, flatlist, {{JPY}}, a comment after a value', async () => {
    const imported = importFilm(await fixture('spirited-away.wiki'));
    clean(imported);
    const film = imported.film as Json;
    expect(film.title).to.deep.equal({ en: 'Spirited Away', ja: '千と千尋の神隠し' });
    expect(film.originalTitle).to.deep.equal({ text: '千と千尋の神隠し', lang: 'ja' });
    expect(film.altTitles).to.deep.equal([{ text: 'Sen to Chihiro no Kamikakushi', lang: 'ja-Latn' }]);
    expect(film.credits.starring.map((e: Json) => e.name)).to.deep.equal(['Rumi Hiiragi', 'Miyu Irino', 'Mari Natsuki']);
    expect(film.credits.producers[0].name).to.equal('Toshio Suzuki');
    expect(film.releases).to.deep.equal([{ date: '2001-07-20', place: 'Japan', sources: ['wikipedia'] }]);
    expect(film.budget).to.deep.equal({ amount: 1_900_000_000, currency: 'JPY', sources: ['wikipedia', 'budget'] });
    // A book's `year` is its date.
    expect(film.sources.find((s: Json) => s.id === 'budget')).to.deep.equal({
      id: 'budget', title: 'Studio Ghibli: The Films of Hayao Miyazaki and Isao Takahata', publisher: 'Kamera Books', date: '2009',
    });
    expect(film.countries).to.deep.equal(['JP']);
    // The voice cast, written as a table.
    expect(film.cast).to.deep.equal([
      { actor: 'Rumi Hiiragi', character: 'Chihiro Ogino', sources: ['wikipedia'] },
      { actor: 'Miyu Irino', character: 'Haku', sources: ['wikipedia'] },
    ]);
    // A dub's column beside the original cast is told, not read.
    const dubbed = importFilm(`{{Infobox film\n| name = Spirited Away\n}}\n== Voice cast ==\n{| class="wikitable"\n! Character !! Japanese voice actor !! English voice actor\n|-\n| Chihiro Ogino || [[Rumi Hiiragi]] || [[Daveigh Chase]]\n|}\n`);
    expect((dubbed.film as Json).cast).to.deep.equal([{ actor: 'Rumi Hiiragi', character: 'Chihiro Ogino', sources: ['wikipedia'] }]);
    expect(dubbed.unmapped.map((u) => [u.line, u.why])).to.deep.equal([[5, 'the table\'s other cast (English voice actor): a film\'s cast is its original one']]);
  });

  it('Oldboy: <br /> lists, hlist, Based on with two authors, a ubl of studios, a one-line accolades table', async () => {
    const imported = importFilm(await fixture('oldboy.wiki'));
    clean(imported);
    const film = imported.film as Json;
    expect(film.title).to.deep.equal({ en: 'Oldboy', ko: '올드보이' });
    expect(film.originalTitle).to.deep.equal({ text: '올드보이', lang: 'ko' });
    expect(film.credits.screenplay.map((e: Json) => e.name)).to.deep.equal(['Hwang Jo-yoon', 'Lim Joon-hyung', 'Park Chan-wook']);
    expect(film.credits.starring.map((e: Json) => e.name)).to.deep.equal(['Choi Min-sik', 'Yoo Ji-tae', 'Kang Hye-jung']);
    expect(film.credits.basedOn[0].name).to.equal('Old Boy by Garon Tsuchiya and Nobuaki Minegishi');
    expect(film.companies.production.map((e: Json) => e.name)).to.deep.equal(['Show East', 'Egg Films']);
    expect(film.releases).to.deep.equal([{ date: '2003-11-21', sources: ['wikipedia'] }]);
    expect(film.budget).to.deep.equal({ amount: 3_000_000, currency: 'USD', sources: ['wikipedia', 'kmdb'] });
    expect(film.accolades).to.deep.equal([{ award: 'Cannes Film Festival', date: '2004', category: 'Grand Prix', recipients: [{ name: 'Park Chan-wook' }], result: 'won', sources: ['wikipedia'] }]);
  });

  it('The Call: native_name as {{lang|ko|…}} gives the Korean title, {{ill}} the Korean name', async () => {
    const imported = importFilm(await fixture('the-call.wiki'));
    clean(imported);
    const film = imported.film as Json;
    expect(film.title).to.deep.equal({ en: 'The Call', ko: '콜' });
    expect(film.originalTitle).to.deep.equal({ text: '콜', lang: 'ko' });
    expect(film.credits.music).to.deep.equal([{ name: { en: 'Dalpalan', ko: '달파란' }, sources: ['wikipedia'] }]);
  });

  it('keeps what an amount covers, "(US)" or "worldwide, as of 2020", as its note, and reports prose after it', () => {
    const imported = importFilm(['{{Infobox film', '| name = Example', '| budget = $7,563,728 (US)',
      '| gross = $12.5 million worldwide, as of 2020', '}}'].join('\n'));
    const film = imported.film as Json;
    expect(film.budget).to.deep.equal({ amount: 7_563_728, currency: 'USD', note: 'US', sources: ['wikipedia'] });
    expect(film.boxOffice).to.deep.equal({ amount: 12_500_000, currency: 'USD', note: 'worldwide, as of 2020', sources: ['wikipedia'] });
    const prose = importFilm(['{{Infobox film', '| name = Example',
      '| gross = $3 million. The figure was disputed by the studio, which gave a higher one later', '}}'].join('\n'));
    expect((prose.film as Json).boxOffice).to.deep.equal({ amount: 3_000_000, currency: 'USD', sources: ['wikipedia'] });
    expect(why(prose, 3)).to.match(/words after the amount/);
  });

  it('runtimes with alternatives, self-closing and {{r}} references, comments and an unknown template', () => {
    const text = [
      '{{Infobox film',
      '| name = Example <!-- the English title -->',
      '| runtime = {{Plainlist|',
      '* 93 minutes<ref name="a">{{cite web |title=Listing |url=https://example.org/a}}</ref>',
      '* 92 minutes{{r|b}}',
      '* 101 minutes (extended edition)',
      '}}',
      '| music = {{Interlanguage link|Kim Tae-seong|ko|김태성}}',
      '| editing = {{Mystery template|Somebody}}',
      '| released = {{Start date|2020|3|4}} (South Korea)',
      '}}',
      'Text.<ref name="b">[https://example.org/b A review of Example] Some Paper, 2020.</ref>',
    ].join('\n');
    const imported = importFilm(text);
    clean(imported);
    const film = imported.film as Json;
    expect(film.title).to.equal('Example');
    expect(film.runtime).to.deep.equal([{ value: 93, sources: ['wikipedia', 'a'] }, { value: 92, sources: ['wikipedia', 'b'] }]);
    expect(why(imported, 6)).to.match(/the runtime of another cut \(extended edition\)/);
    // {{ill}} links the name to the Korean article, whose title is the Korean name.
    expect(film.credits.music).to.deep.equal([{ name: { en: 'Kim Tae-seong', ko: '김태성' }, sources: ['wikipedia'] }]);
    expect(film.credits.editors).to.equal(undefined);
    expect(why(imported, 9)).to.match(/the template \{\{mystery template\}\} is not one the importer can read/);
    expect(film.releases).to.deep.equal([{ date: '2020-03-04', place: 'South Korea', sources: ['wikipedia'] }]);
    expect(film.sources.find((s: Json) => s.id === 'b')).to.deep.equal({ id: 'b', title: 'A review of Example', url: 'https://example.org/b' });
    // Hours and minutes as articles write them; "2 hours" is never "2 h" and a label "ours…".
    for (const [written, minutes] of [['2 hours 55 minutes', 175], ['2 hrs. 55 mins.', 175], ['2h 55m', 175], ['1 hour, 33 minutes', 93], ['3 hours', 180], ['93 min.', 93]] as const) {
      const read = importFilm(`{{Infobox film\n| name = Example\n| runtime = ${written}\n}}`);
      expect([(read.film as Json).runtime[0].value, read.unmapped], written).to.deep.equal([minutes, []]);
    }
  });

  it('a site\'s own cite template ({{Cite Box Office Mojo}}, {{Cite Rotten Tomatoes}}…) gives the site as publisher and the page\'s address from its id', () => {
    const imported = importFilm([
      '{{Infobox film',
      '| name = Everything Everywhere All at Once',
      '| gross = $143.4 million<ref name="BOM">{{Cite Box Office Mojo |id=tt6710474 |title=Everything Everywhere All at Once |access-date=March 20, 2023}}</ref>',
      '| runtime = 139 minutes<ref>{{Cite The Numbers|id=Everything-Everywhere-All-at-Once-(2022)|title=Everything Everywhere All at Once}}</ref>',
      '}}',
      '== Reception ==',
      'On the review aggregator website [[Rotten Tomatoes]], 94% of 408 critics\' reviews are positive, with an average rating of 8.7/10.<ref>{{Cite Rotten Tomatoes |id=everything_everywhere_all_at_once |type=movie |title=Everything Everywhere All at Once |access-date=March 20, 2023}}</ref>',
      '[[Metacritic]] assigned the film a score of 81 out of 100, based on 54 critics.<ref>{{cite Metacritic |id=movie/everything-everywhere-all-at-once |title=Everything Everywhere All at Once}}</ref>',
    ].join('\n'));
    clean(imported);
    const film = imported.film as Json;
    const title = 'Everything Everywhere All at Once';
    expect(film.sources.slice(1)).to.deep.equal([
      { id: 'bom', title, publisher: 'Box Office Mojo', url: 'https://www.boxofficemojo.com/title/tt6710474/' },
      { id: 'the-numbers', title, publisher: 'The Numbers', url: 'https://www.the-numbers.com/movie/Everything-Everywhere-All-at-Once-(2022)' },
      { id: 'rotten-tomatoes', title, publisher: 'Rotten Tomatoes', url: 'https://www.rottentomatoes.com/m/everything_everywhere_all_at_once' },
      { id: 'metacritic', title, publisher: 'Metacritic', url: 'https://www.metacritic.com/movie/everything-everywhere-all-at-once' },
    ]);
    expect(film.scores.map((s: Json) => s.sources)).to.deep.equal([['wikipedia', 'rotten-tomatoes'], ['wikipedia', 'metacritic']]);
  });

  it('short citations ({{sfn}}, {{sfnp}}, <ref>{{harvnb}}</ref>) name the work the article\'s bibliography lists, at their page', () => {
    const imported = importFilm([
      '{{Infobox film',
      '| name = The Godfather',
      '| director = [[Francis Ford Coppola]]<ref>{{harvnb|Lebo|2005|p=3}}</ref>',
      '| runtime = 175 minutes{{sfnp|Cowie|1997|pp=12–13}}',
      '| music = [[Nino Rota]]{{sfn|Lebo|2005|p=3}}',
      '| editing = [[William Reynolds (film editor)|William Reynolds]]{{sfn|Smith|Jones|2019|p=4}}',
      '}}',
      "'''''The Godfather''''' is a 1972 film.",
      '== References ==',
      '* {{cite book |last=Lebo |first=Harlan |title=The Godfather Legacy |publisher=Simon & Schuster |year=2005}}',
      '* {{cite book |last1=Cowie |first1=Peter |title=The Godfather Book |publisher=Faber and Faber |date=October 1997}}',
    ].join('\n'));
    clean(imported);
    const film = imported.film as Json;
    expect(film.sources.slice(1)).to.deep.equal([
      { id: 'lebo-2005-p-3', title: 'The Godfather Legacy, p. 3', publisher: 'Simon & Schuster', date: '2005' },
      { id: 'cowie-1997-pp-12-13', title: 'The Godfather Book, pp. 12–13', publisher: 'Faber and Faber', date: '1997-10' },
      // A work the article does not list stays as the short citation says it.
      { id: 'smith-and-jones-2019-p-4', title: 'Smith and Jones 2019, p. 4' },
    ]);
    // One work at one page is one source, however it is cited.
    expect(film.credits.music[0].sources).to.deep.equal(['wikipedia', 'lebo-2005-p-3']);
    expect(imported.unmapped).to.deep.equal([]);
  });

  it('a name with what its line says of it in brackets is the name alone, and the aside is told', () => {
    const imported = importFilm([
      '{{Infobox film', '| name = Example',
      '| director = {{Plainlist|', '* [[Kim Ji-woon]] <small>(uncredited)</small>', '* {{ill|Lee Chung-hyun|ko|이충현}}', '}}',
      '| music = [[Jung Jae-il]]<br />{{small|(additional music)}}',
      '| distributor = [[A24]] (United States)<br />[[CJ ENM]] (South Korea)',
      '}}',
    ].join('\n'));
    clean(imported);
    const film = imported.film as Json;
    expect(film.credits.directors.map((e: Json) => e.name)).to.deep.equal(['Kim Ji-woon', { en: 'Lee Chung-hyun', ko: '이충현' }]);
    expect(film.credits.music.map((e: Json) => e.name)).to.deep.equal(['Jung Jae-il']);
    expect(film.companies.distributors.map((e: Json) => e.name)).to.deep.equal(['A24', 'CJ ENM']);
    expect(imported.unmapped.map((u) => [u.line, u.why])).to.deep.equal([
      [4, 'what the infobox says of Kim Ji-woon (uncredited): a name in a film has no place for it'],
      [7, 'what the infobox says of the name before (additional music): a name in a film has no place for it'],
      [8, 'what the infobox says of A24 (United States): a name in a film has no place for it'],
      [8, 'what the infobox says of CJ ENM (South Korea): a name in a film has no place for it'],
    ]);
  });

  it('plain release dates, with the place in brackets after each, and a reference on one of them', async () => {
    const heat = importFilm(await fixture('heat.wiki'));
    clean(heat);
    expect((heat.film as Json).releases).to.deep.equal([
      { date: '1995-12-06', place: 'Westwood', sources: ['wikipedia', 'premiere'] },
      { date: '1995-12-15', place: 'United States', sources: ['wikipedia'] },
    ]);
    // A film from before 1960, not in English: its one release as the infobox writes it.
    const rashomon = importFilm(await fixture('rashomon.wiki'));
    clean(rashomon);
    expect((rashomon.film as Json).releases).to.deep.equal([{ date: '1950-08-25', place: 'Japan', sources: ['wikipedia'] }]);
    expect((rashomon.film as Json).title).to.deep.equal({ en: 'Rashomon', ja: '羅生門' });
    for (const [released, expected] of [
      ['15 September 1995 (Toronto)', { date: '1995-09-15', place: 'Toronto' }],
      ['September 1995', { date: '1995-09' }],
      ['1995', { date: '1995' }],
      ['{{Plainlist|\n* September 15, 1995<ref>{{cite web|title=A|url=https://example.org/a}}</ref> (Toronto)\n* 1996 (France)\n}}', { date: '1995-09-15', place: 'Toronto' }],
    ] as const) {
      const film = importFilm(`{{Infobox film\n| name = Example\n| released = ${released}\n}}`).film as Json;
      expect({ date: film.releases[0].date, ...(film.releases[0].place && { place: film.releases[0].place }) }, released).to.deep.equal(expected);
    }
  });

  it('Reception: Rotten Tomatoes, Metacritic and PostTrak as the articles word them, with the references that back them', async () => {
    const heat = importFilm(await fixture('heat.wiki'));
    clean(heat);
    // The Manual of Style's wording; the reference after the consensus sentence backs the score.
    expect((heat.film as Json).scores).to.deep.equal([
      { source: 'Rotten Tomatoes', value: 88, best: 100, unit: 'percent', count: 101, average: { value: 8.2, best: 10 }, sources: ['wikipedia', 'rotten-tomatoes'] },
      { source: 'Metacritic', value: 76, best: 100, count: 22, sources: ['wikipedia', 'metacritic'] },
    ]);
    // A letter grade is named, never turned into a number.
    expect(heat.unmapped.find((u) => u.text === 'CinemaScore "A−"')?.why).to.match(/a grade is not turned into one/);
    // An older wording: "holds a 98% approval rating on Rotten Tomatoes, based on 63 reviews, with a weighted average of 9.2/10".
    const rashomon = importFilm(await fixture('rashomon.wiki'));
    expect((rashomon.film as Json).scores).to.deep.equal([
      { source: 'Rotten Tomatoes', value: 98, best: 100, unit: 'percent', count: 63, average: { value: 9.2, best: 10 }, sources: ['wikipedia', 'rotten-tomatoes'] },
    ]);
    // The templates that write those sentences, each with the reference right after it.
    const amelie = importFilm(await fixture('amelie.wiki'));
    clean(amelie);
    expect((amelie.film as Json).scores).to.deep.equal([
      { source: 'Rotten Tomatoes', value: 89, best: 100, unit: 'percent', count: 186, average: { value: 8, best: 10 }, sources: ['wikipedia', 'rotten-tomatoes'] },
      { source: 'Metacritic', value: 69, best: 100, count: 31, sources: ['wikipedia', 'metacritic'] },
    ]);
    // PostTrak in the box office section; a Rotten Tomatoes template without figures reads Wikidata, so it is reported.
    const oppenheimer = importFilm(await fixture('oppenheimer.wiki'));
    clean(oppenheimer);
    expect((oppenheimer.film as Json).scores).to.deep.equal([
      { source: 'PostTrak', name: 'positive', value: 93, best: 100, unit: 'percent', sources: ['wikipedia', 'opening'] },
      { source: 'PostTrak', name: 'definite recommendation', value: 76, best: 100, unit: 'percent', sources: ['wikipedia', 'opening'] },
      { source: 'Metacritic', value: 90, best: 100, count: 67, sources: ['wikipedia', 'metacritic'] },
    ]);
    expect(oppenheimer.unmapped.map((u) => u.why).join('\n')).to.match(/figures come from Wikidata, not from the text/);
    // A sentence without a reference borrows the next one's, but not from a sentence about another aggregator.
    const borrowed = importFilm(`{{Infobox film\n| name = Past Lives\n}}\n== Reception ==\n{{Rotten Tomatoes prose|95|8.9|325|ref=yes}} The website's consensus reads: "A quietly devastating drama." [[Metacritic]] assigned the film a score of 94 out of 100, based on 61 critics.<ref>{{cite web|url=https://www.metacritic.com/movie/past-lives|title=Past Lives|website=Metacritic}}</ref>\n`);
    expect((borrowed.film as Json).scores.map((s: Json) => [s.source, s.sources])).to.deep.equal([['Rotten Tomatoes', ['wikipedia']], ['Metacritic', ['wikipedia', 'metacritic']]]);
  });

  it('Reception: never a number the text does not give', async () => {
    const read = (reception: string) => importFilm(`{{Infobox film\n| name = Example\n}}\n== Reception ==\n${reception}\n`);
    const silent = read('The film is "Certified Fresh" on [[Rotten Tomatoes]]. [[Metacritic]] lists it among the best of the year.');
    expect((silent.film as Json).scores).to.equal(undefined);
    expect(silent.unmapped.filter((u) => /figure could not be read/.test(u.why))).to.have.length(2);
    // Both aggregators in one sentence: each reads its own half, and an audience score is not the critics'.
    const both = read('On Rotten Tomatoes, which gives it an audience score of 95%, 71% of 45 critics are positive, while Metacritic gave it 64/100.<ref>{{cite web|url=https://example.org/a|title=A}}</ref>');
    expect((both.film as Json).scores).to.deep.equal([
      { source: 'Rotten Tomatoes', value: 71, best: 100, unit: 'percent', count: 45, sources: ['wikipedia', 'a'] },
      { source: 'Metacritic', value: 64, best: 100, sources: ['wikipedia', 'a'] },
    ]);
    // Every figure of every fixture is written in the fixture.
    for (const name of ['heat.wiki', 'rashomon.wiki', 'amelie.wiki', 'oppenheimer.wiki']) {
      const text = await fixture(name);
      for (const score of ((importFilm(text).film as Json).scores ?? []) as Json[]) {
        for (const figure of [score.value, score.count, score.average?.value].filter((v) => v !== undefined)) {
          expect(text.includes(String(figure)), `${name}: ${figure}`).to.equal(true);
        }
      }
    }
  });

  it('a cast line\'s trivia is reported, not made the role\'s note, and its reference backs nothing there', async () => {
    const imported = importFilm(await fixture('oppenheimer.wiki'));
    const film = imported.film as Json;
    expect(film.cast[0]).to.deep.equal({ actor: 'Cillian Murphy', character: 'J. Robert Oppenheimer', note: 'the director of the Los Alamos Laboratory', sources: ['wikipedia'] });
    // "Leslie Groves: the Army general …" is a role and its note as the comma form is.
    expect(film.cast[2]).to.deep.equal({ actor: 'Matt Damon', character: 'Leslie Groves', note: 'the Army general who directs the Manhattan Project', sources: ['wikipedia'] });
    const trivia = imported.unmapped.find((u) => u.text.startsWith('Murphy, who had appeared'));
    expect(trivia?.why).to.match(/about the casting or the actor/);
    expect(film.sources.some((s: Json) => s.id === 'casting')).to.equal(false);
    // A title's full stop ends no sentence.
    const heat = importFilm(await fixture('heat.wiki')).film as Json;
    expect(heat.cast[0]).to.deep.equal({ actor: 'Al Pacino', character: 'Lt. Vincent Hanna', note: 'a robbery–homicide detective', sources: ['wikipedia'] });
  });

  it('a cast written with dashes or dots, in subsections of Cast; a Premise is a plot without spoilers', () => {
    const imported = importFilm([
      '{{Infobox film', '| name = Example', '}}', "'''''Example''''' is a film.",
      '== Premise ==', 'A woman returns home.',
      '== Cast ==', '{{Div col}}', '* [[Michelle Yeoh]] as Evelyn', '* [[James Hong]] – Gong Gong', '* Marlon Brando ... Vito Corleone', '* [[Anne-Marie Duff]] - Mary', '{{Div col end}}',
      '=== Cameos ===', '* [[Jenny Slate]] as "Big Nose"',
      '== Reception ==', 'Well received.',
    ].join('\n'));
    clean(imported);
    const film = imported.film as Json;
    expect(film.cast.map((c: Json) => [c.actor, c.character])).to.deep.equal([
      ['Michelle Yeoh', 'Evelyn'], ['James Hong', 'Gong Gong'], ['Marlon Brando', 'Vito Corleone'], ['Anne-Marie Duff', 'Mary'], ['Jenny Slate', '"Big Nose"'],
    ]);
    expect(film.plot).to.deep.equal({ text: 'A woman returns home.', spoilers: false, sources: ['wikipedia'] });
    expect(imported.unmapped).to.deep.equal([]);
  });

  it('accolades written as a bulleted list: award, year, categories, recipients, result', async () => {
    const rashomon = importFilm(await fixture('rashomon.wiki'));
    clean(rashomon);
    expect((rashomon.film as Json).accolades).to.deep.equal([
      { award: 'Venice Film Festival', category: 'Golden Lion', date: '1951', sources: ['wikipedia', 'venice'] },
      { award: '24th Academy Awards', category: 'Honorary Award, for the most outstanding foreign language film released in the United States during 1951', date: '1952', sources: ['wikipedia'] },
      { award: '25th Academy Awards', category: 'Best Art Direction – Black-and-White', date: '1953', recipients: [{ name: 'So Matsuyama' }, { name: 'H. Motsumoto' }], result: 'nominated', sources: ['wikipedia'] },
      { award: 'National Board of Review', category: 'Best Director', date: '1951', recipients: [{ name: 'Akira Kurosawa' }], result: 'won', sources: ['wikipedia'] },
    ]);
    const amelie = importFilm(await fixture('amelie.wiki')).film as Json;
    // The year from the award's link; one result for every category on the line.
    expect(amelie.accolades.slice(0, 3)).to.deep.equal([
      { award: 'César Awards', category: 'Best Film', date: '2002', result: 'won', sources: ['wikipedia'] },
      { award: 'César Awards', category: 'Best Director', date: '2002', recipients: [{ name: 'Jean-Pierre Jeunet' }], result: 'won', sources: ['wikipedia'] },
      { award: 'César Awards', category: 'Best Music', date: '2002', recipients: [{ name: 'Yann Tiersen' }], result: 'won', sources: ['wikipedia'] },
    ]);
    const nested = importFilm('{{Infobox film\n| name = Example\n}}\n== Awards ==\n* [[1959 Cannes Film Festival|Cannes Film Festival]]\n** Palme d\'Or (nominated)\n** Best Director – François Truffaut (won)\n');
    expect((nested.film as Json).accolades).to.deep.equal([
      { award: 'Cannes Film Festival', category: "Palme d'Or", date: '1959', result: 'nominated', sources: ['wikipedia'] },
      { award: 'Cannes Film Festival', category: 'Best Director', date: '1959', recipients: [{ name: 'François Truffaut' }], result: 'won', sources: ['wikipedia'] },
    ]);
    // A section that points to a list article says so.
    const oppenheimer = importFilm(await fixture('oppenheimer.wiki'));
    expect(oppenheimer.unmapped.find((u) => u.text === 'List of accolades received by Oppenheimer (film)')?.why).to.match(/listed in another article/);
  });

  it('two authors in one Based on, a work and its author on two lines, a box office figure with what it covers, the year of the first release', async () => {
    const oppenheimer = importFilm(await fixture('oppenheimer.wiki')).film as Json;
    expect(oppenheimer.credits.basedOn).to.deep.equal([{ name: 'American Prometheus by Kai Bird and Martin J. Sherwin', sources: ['wikipedia'] }]);
    // The Le Grand Rex premiere on 11 July comes before the release in the United States.
    expect(oppenheimer.year).to.equal(2023);
    for (const written of ["''American Prometheus''|Kai Bird, Martin J. Sherwin", "''American Prometheus''|[[Kai Bird]] and [[Martin J. Sherwin]]", "''American Prometheus''|{{ubl|Kai Bird|Martin J. Sherwin}}"]) {
      const film = importFilm(`{{Infobox film\n| name = Oppenheimer\n| based_on = {{Based on|${written}}}\n}}`).film as Json;
      expect(film.credits.basedOn[0].name, written).to.equal('American Prometheus by Kai Bird and Martin J. Sherwin');
    }
    // Without the template, as older articles and Korean Wikipedia write it: the work, then its authors on the next line.
    for (const [infobox, written, expected] of [
      ['Infobox film\n| name = Jaws\n| based_on', "''[[Jaws (novel)|Jaws]]''<br />by [[Peter Benchley]]", ['Jaws by Peter Benchley']],
      ['Infobox film\n| name = Jaws\n| based_on', "{{Plainlist|\n* ''Jaws''\n* by Peter Benchley\n* ''Jaws 2''\n}}", ['Jaws by Peter Benchley', 'Jaws 2']],
      ['영화 정보\n| 제목 = 오펜하이머\n| 원작', '《[[아메리칸 프로메테우스]]》<br />[[카이 버드]], [[마틴 셔윈]]', ['카이 버드, 마틴 셔윈의 《아메리칸 프로메테우스》']],
      ['영화 정보\n| 제목 = 이끼\n| 원작', '[[윤태호]]의 웹툰 《이끼》', ['윤태호의 웹툰 《이끼》']],
      ['영화 정보\n| 제목 = 예시\n| 원작', '이끼<br />미생', ['이끼', '미생']],
    ] as const) {
      const film = importFilm(`{{${infobox} = ${written}\n}}`).film as Json;
      expect(film.credits.basedOn.map((e: Json) => e.name), written).to.deep.equal(expected);
    }
    const amelie = importFilm(await fixture('amelie.wiki'));
    clean(amelie);
    expect((amelie.film as Json).boxOffice).to.deep.equal({ amount: 174_200_000, currency: 'USD', note: 'worldwide', sources: ['wikipedia', 'bom'] });
    expect((amelie.film as Json).year).to.equal(2001);
    const rashomon = importFilm(await fixture('rashomon.wiki')).film as Json;
    expect(rashomon.year).to.equal(1950);
  });

  it('refuses what it cannot read with one sentence', () => {
    const refusal = (text: string) => {
      try {
        importFilm(text);
      } catch (error) {
        expect(error).to.be.instanceOf(ImportRefusal);
        return (error as Error).message;
      }
      throw new Error('no refusal');
    };
    expect(refusal('== Plot ==\nA woman takes revenge.')).to.match(/no film infobox \(\{\{Infobox film\}\} or \{\{영화 정보\}\}\) and no accolades table/);
    expect(refusal('Just a note about a film I liked.')).to.match(/^this is none of Wikipedia wikitext, a saved web page, TMDB movie JSON, a Wikidata entity, JSON-LD or film JSON, so no film could be read/);
    expect(refusal('{{Infobox film\n| director = Somebody\n}}')).to.match(/the film has no title/);
    // Another Wikipedia's film infobox, as its article's source begins: named, and what to do instead.
    expect(refusal('{{Infobox Cinéma (film)\n | titre = Ballerina\n | réalisation = Lee Chung-hyun\n}}')).to.equal("this article's infobox, {{Infobox Cinéma (film)}}, is another Wikipedia's, whose fields are not read: import the film's English or Korean Wikipedia article, or the film by its Wikidata id, which gives its names in every language");
    // The Japanese and German Wikipedias name theirs {{Infobox Film}} too, with their own parameters.
    const japanese = "{{Infobox Film\n| 作品名 = バレリーナ\n| 原題 = 발레리나\n| 監督 = [[イ・チュンヒョン]]\n| 出演者 = [[チョン・ジョンソ]]\n| 公開 = 2023年10月6日\n| 上映時間 = 93分\n| 製作国 = {{KOR}}\n}}\n『'''バレリーナ'''』は、2023年の韓国の映画。";
    expect(refusal(japanese)).to.match(/^this article's infobox, \{\{Infobox Film\}\}, is another Wikipedia's, whose fields are not read/);
    expect(refusal('{{Infobox Film\n| DT = Ballerina\n| OT = 발레리나\n| PL = [[Südkorea]]\n| PJ = 2023\n| LEN = 93\n| REG = [[Lee Chung-hyun]]\n}}')).to.match(/^this article's infobox, \{\{Infobox Film\}\}/);
    expect(refusal('   ')).to.match(/nothing to import/);
  });

  describe('Korean Wikipedia ({{영화 정보}})', () => {
    it('reads the infobox, the cast and the plot as a Korean article writes them', async () => {
      const imported = importFilm(await fixture('decision-to-leave.ko.wiki'));
      clean(imported);
      const film = imported.film as Json;
      expect(imported.kind).to.equal('wikitext');
      expect(film.title).to.equal('헤어질 결심');
      // 원제 holds the English title of a Korean film: another title, its language not guessed; the original is 제목.
      expect(film.originalTitle).to.deep.equal({ text: '헤어질 결심', lang: 'ko' });
      expect(film.altTitles).to.deep.equal([{ text: 'Decision to Leave' }]);
      expect(film.year).to.equal(2022);
      expect(film.genres).to.deep.equal(['미스터리', '로맨스']);
      expect(film.credits.directors).to.deep.equal([{ name: '박찬욱', sources: ['wikipedia'] }]);
      // 각본 is the writers' credit (the elements' Korean words call it so too); names on one line are split at commas.
      expect(film.credits.writers.map((p: Json) => p.name)).to.deep.equal(['정서경', '박찬욱']);
      expect(film.credits.producers.map((p: Json) => p.name)).to.deep.equal(['박찬욱', '고대석']);
      expect(film.credits.starring.map((p: Json) => p.name)).to.deep.equal(['탕웨이', '박해일', '이정현', '고경표']);
      expect(film.companies).to.deep.equal({ production: [{ name: '모호필름', sources: ['wikipedia'] }], distributors: [{ name: 'CJ ENM', sources: ['wikipedia'] }] });
      expect(film.releases).to.deep.equal([
        { date: '2022-05-23', place: '칸 영화제', sources: ['wikipedia'] },
        { date: '2022-06-29', place: '대한민국', sources: ['wikipedia'] },
      ]);
      expect(film.sources[0]).to.deep.equal({ id: 'wikipedia', title: '헤어질 결심 – 위키백과', kind: 'encyclopedia', publisher: '위키백과' });
      const rating = film.sources.find((s: Json) => s.publisher === '영상물등급위원회');
      expect(rating).to.include({ title: '헤어질 결심', url: 'https://www.kmrb.or.kr/' });
      expect(film.runtime).to.deep.equal([{ value: 138, sources: ['wikipedia', rating.id] }]);
      expect(film.countries).to.deep.equal(['KR']);
      expect(film.languages).to.deep.equal(['ko', 'zh']);
      expect(film.budget).to.deep.equal({ amount: 13_500_000_000, currency: 'KRW', sources: ['wikipedia'] });
      expect(film.boxOffice).to.deep.equal({ amount: 23_000_000, currency: 'USD', sources: ['wikipedia'] });
      // Under 주연 and 조연, each line's role as Korean writes it: "배우 : 인물 역", with a dash, and the role first.
      expect(film.cast.map(({ sources, ...member }: Json) => member)).to.deep.equal([
        { actor: '탕웨이', character: '송서래', note: '산에서 추락한 남자의 아내' },
        { actor: '박해일', character: '장해준' },
        { actor: '이정현', character: '정안', note: '해준의 아내' },
        { actor: '고경표', character: '수완' },
        { actor: '박용우', character: '임호신' },
      ]);
      expect(film.plot.text).to.match(/^산 정상에서 한 남자가 추락해 숨진다\./);
      // The accolades table, headed as Korean heads it, with {{수상}} and {{후보}} and a row span.
      expect(film.accolades.map(({ sources, ...a }: Json) => a)).to.deep.equal([
        { award: '제75회 칸 영화제', category: '감독상', date: '2022', recipients: [{ name: '박찬욱' }], result: 'won' },
        { award: '제75회 칸 영화제', category: '황금종려상', date: '2022', recipients: [{ name: '헤어질 결심' }], result: 'nominated' },
        { award: '제43회 청룡영화상', category: '최우수작품상', date: '2022-11-25', recipients: [{ name: '헤어질 결심' }], result: 'won' },
      ]);
      // The 평가 section's aggregator, as Korean words it ("신선도 95%").
      expect(film.scores).to.deep.equal([{ source: 'Rotten Tomatoes', value: 95, best: 100, unit: 'percent', sources: ['wikipedia'] }]);
      expect(imported.unmapped.filter((u) => u.reason === 'sectionsUnread')).to.deep.equal([]);
      expect(why(imported, 22)).to.equal('');
      expect(why(imported, 5)).to.equal('a file on Wikipedia, not a web address');
    });

    it('gives a foreign film its title in both languages, and reads runtimes, money and countries written the Korean way', () => {
      const wiki = `{{영화 정보
| 제목 = 오펜하이머
| 원제 = Oppenheimer
| 감독 = [[크리스토퍼 놀런]]
| 개봉 = {{Film date|2023|7|11|파리|2023|7|21|미국}}
| 시간 = 3시간 1분
| 국가 = {{국기나라|미국}}<br />{{GBR}}
| 언어 = [[영어]]
| 제작비 = 130억~150억 원
| 흥행수익 = 약 9억 7,580만 달러<ref name="BOM">{{웹 인용|url=https://www.boxofficemojo.com/title/tt15398776/|제목=Oppenheimer|웹사이트=[[박스 오피스 모조]]|날짜=2024년 3월 1일}}</ref>
| 상영등급 = 15세 이상 관람가
}}
'''''오펜하이머'''''(Oppenheimer)는 2023년 영화이다.`;
      const imported = importFilm(wiki, { baseUrl: 'https://ko.wikipedia.org/wiki/오펜하이머_(영화)' });
      clean(imported);
      const film = imported.film as Json;
      expect(film.title).to.deep.equal({ ko: '오펜하이머', en: 'Oppenheimer' });
      expect(localise(parseFilm(film).film, 'en').title).to.equal('Oppenheimer');
      expect(film.originalTitle).to.deep.equal({ text: 'Oppenheimer', lang: 'en' });
      expect(film.releases.map((r: Json) => [r.date, r.place])).to.deep.equal([['2023-07-11', '파리'], ['2023-07-21', '미국']]);
      expect(film.runtime[0].value).to.equal(181);
      expect(film.countries).to.deep.equal(['US', 'GB']);
      expect(film.languages).to.deep.equal(['en']);
      expect(film.budget).to.equal(undefined);
      expect(why(imported, 9)).to.match(/^a range of amounts/);
      expect(film.boxOffice).to.deep.equal({ amount: 975_800_000, currency: 'USD', sources: ['wikipedia', 'bom'] });
      expect(film.sources.find((s: Json) => s.id === 'bom')).to.deep.equal({
        id: 'bom', title: 'Oppenheimer', publisher: '박스 오피스 모조', date: '2024-03-01', url: 'https://www.boxofficemojo.com/title/tt15398776/',
      });
      expect(why(imported, 11)).to.equal('"상영등급" is not a parameter of {{영화 정보}} that a film has a place for');
    });

    it('reads the aggregators\' figures as a 평가 section words them, never the audience\'s score', () => {
      const imported = importFilm([
        '{{영화 정보', '| 제목 = 헤어질 결심', '}}', "'''헤어질 결심'''은 2022년 영화이다.",
        '== 평가 ==', '=== 비평 ===',
        '로튼 토마토에서는 평론가 239명 중 96%가 긍정적인 평가를 하였고 평균 평점은 8.5점/10점이다.<ref>{{웹 인용|url=https://www.rottentomatoes.com/m/decision_to_leave|제목=Decision to Leave|웹사이트=로튼 토마토}}</ref> [[메타크리틱]]에서는 46명의 평론가에 근거하여 100점 만점에 85점을 기록했다.<ref name="mc">{{웹 인용|url=https://www.metacritic.com/movie/decision-to-leave|제목=Decision to Leave|웹사이트=메타크리틱}}</ref>',
        '',
        '[[로튼 토마토]]의 관객 점수는 93%이다.',
      ].join('\n'));
      clean(imported);
      expect((imported.film as Json).scores).to.deep.equal([
        { source: 'Rotten Tomatoes', value: 96, best: 100, unit: 'percent', count: 239, average: { value: 8.5, best: 10 }, sources: ['wikipedia', '로튼-토마토'] },
        { source: 'Metacritic', value: 85, best: 100, count: 46, sources: ['wikipedia', 'mc'] },
      ]);
      expect(imported.unmapped.map((u) => [u.line, u.reason])).to.deep.equal([[9, 'scoreUnread']]);
    });

    it('names a parameter it does not know, whatever its name', () => {
      const imported = importFilm("{{영화 정보\n| 제목 = 발레리나\n| 국가 = {{KOR}}, 홍콩\n| constructor = 1\n| 감독 = [[이충현]]\n| 제작비 = 1억 2천만 달러\n}}\n'''발레리나'''는 영화이다.");
      clean(imported);
      expect((imported.film as Json).countries).to.deep.equal(['KR', 'HK']);
      expect((imported.film as Json).budget).to.deep.equal({ amount: 120_000_000, currency: 'USD', sources: ['wikipedia'] });
      expect((imported.film as Json).credits).to.deep.equal({ directors: [{ name: '이충현', sources: ['wikipedia'] }] });
      expect(why(imported, 4)).to.equal('"constructor" is not a parameter of {{영화 정보}} that a film has a place for');
    });
  });
});
