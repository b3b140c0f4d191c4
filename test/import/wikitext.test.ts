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
    expect(film.sources.find((s: Json) => s.id === 'budget')).to.deep.equal({
      id: 'budget', title: 'Studio Ghibli: The Films of Hayao Miyazaki and Isao Takahata', publisher: 'Kamera Books',
    });
    expect(film.countries).to.deep.equal(['JP']);
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

  it('two authors in one Based on, a box office figure with what it covers, the year of the first release', async () => {
    const oppenheimer = importFilm(await fixture('oppenheimer.wiki')).film as Json;
    expect(oppenheimer.credits.basedOn).to.deep.equal([{ name: 'American Prometheus by Kai Bird and Martin J. Sherwin', sources: ['wikipedia'] }]);
    // The Le Grand Rex premiere on 11 July comes before the release in the United States.
    expect(oppenheimer.year).to.equal(2023);
    for (const written of ["''American Prometheus''|Kai Bird, Martin J. Sherwin", "''American Prometheus''|[[Kai Bird]] and [[Martin J. Sherwin]]", "''American Prometheus''|{{ubl|Kai Bird|Martin J. Sherwin}}"]) {
      const film = importFilm(`{{Infobox film\n| name = Oppenheimer\n| based_on = {{Based on|${written}}}\n}}`).film as Json;
      expect(film.credits.basedOn[0].name, written).to.equal('American Prometheus by Kai Bird and Martin J. Sherwin');
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
    expect(refusal('== Plot ==\nA woman takes revenge.')).to.match(/no \{\{Infobox film\}\} and no accolades table/);
    expect(refusal('Just a note about a film I liked.')).to.match(/^this is none of Wikipedia wikitext, a saved web page, TMDB movie JSON, a Wikidata entity, JSON-LD or film JSON, so no film could be read/);
    expect(refusal('{{Infobox film\n| director = Somebody\n}}')).to.match(/the film has no title/);
    // Another Wikipedia's film infobox, as its article's source begins: named, and what to do instead.
    const korean = "{{영화 정보\n| 제목 = 발레리나\n| 원제 = Ballerina\n| 감독 = [[이충현]]\n| 출연 = [[전종서]]\n| 개봉일 = 2023년 10월 6일\n| 시간 = 93분\n| 국가 = {{KOR}}\n| 언어 = [[한국어]]\n}}\n'''발레리나'''는 2023년 공개된 대한민국의 영화이다.";
    expect(refusal(korean)).to.equal("this article's infobox, {{영화 정보}}, is another Wikipedia's, whose fields are not read: import the film's English Wikipedia article, or the film by its Wikidata id, which gives its names in every language");
    expect(refusal('{{Infobox Cinéma (film)\n | titre = Ballerina\n | réalisation = Lee Chung-hyun\n}}')).to.match(/^this article's infobox, \{\{Infobox Cinéma \(film\)\}\}, is another Wikipedia's/);
    // The Japanese and German Wikipedias name theirs {{Infobox Film}} too, with their own parameters.
    const japanese = "{{Infobox Film\n| 作品名 = バレリーナ\n| 原題 = 발레리나\n| 監督 = [[イ・チュンヒョン]]\n| 出演者 = [[チョン・ジョンソ]]\n| 公開 = 2023年10月6日\n| 上映時間 = 93分\n| 製作国 = {{KOR}}\n}}\n『'''バレリーナ'''』は、2023年の韓国の映画。";
    expect(refusal(japanese)).to.match(/^this article's infobox, \{\{Infobox Film\}\}, is another Wikipedia's, whose fields are not read/);
    expect(refusal('{{Infobox Film\n| DT = Ballerina\n| OT = 발레리나\n| PL = [[Südkorea]]\n| PJ = 2023\n| LEN = 93\n| REG = [[Lee Chung-hyun]]\n}}')).to.match(/^this article's infobox, \{\{Infobox Film\}\}/);
    expect(refusal('   ')).to.match(/nothing to import/);
  });
});
