// The importers against hostile and random text (fast-check), over the built package (run
// after `npm run build`): they never throw anything but a refusal, leave no markup in any string,
// write film JSON the model reads without errors, and take time in proportion to the text:
// no megabyte over a second. Times are measured on texts of a megabyte, never asserted on small ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const { importFilm, ImportRefusal } = await import(join(root, 'dist/import/index.js'));
const { parseFilm } = await import(join(root, 'dist/model/index.js'));

const WIKI_MARKUP = /\[\[|\]\]|\{\{|\}\}|<ref|'''|<br|<!--|\{\||\|\}/i;
const HTML_MARKUP = /<\/?(?:script|title|meta|link|html|head|body|div|p|span|b|i|a)\b[^>]*>|<!--|<!\[CDATA\[/i;

/** Every string in a value. */
const strings = (value) => typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings)
  : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

/** An import that either refuses in one sentence or gives film JSON without markup that the model reads without errors. */
function check(text, markup, kind) {
  let imported;
  try {
    imported = importFilm(text, kind ? { kind } : {});
  } catch (error) {
    if (error instanceof ImportRefusal) return;
    throw error;
  }
  const left = strings(imported.film).filter((s) => markup.test(s));
  assert.deepEqual(left, [], `markup left in ${JSON.stringify(text.slice(0, 300))}`);
  const errors = parseFilm(imported.film).problems.filter((p) => p.severity === 'error');
  assert.deepEqual(errors, [], `errors for ${JSON.stringify(text.slice(0, 300))}`);
  for (const u of imported.unmapped) assert.ok(Number.isInteger(u.line) && u.line >= 1, `line ${u.line}`);
}

// Pieces of wikitext as articles hold them, and as broken or hostile text holds them.
const WIKI_PIECES = [
  '[[', ']]', '[[Al Pacino]]', '[[a|b]]', '{{', '}}', '|', '=', '\n', '\n\n', ' ', '. ', 'Heat', 'A. ', '<ref>', '</ref>',
  '<ref name="a">', '<ref name=a />', '{{cite web|url=https://example.org/a|title=A}}', "'''", "''", '== Cast ==\n', '== Reception ==\n',
  '== Accolades ==\n', '== Plot ==\n', '=== Box office ===\n', '* ', '** ', '{|', '|}', '|-', '!', '||', '!!', 'rowspan=2 |', '<!--', '-->',
  '<br />', '{{Infobox film\n| name = Heat\n', '| released = ', '| starring = ', '| gross = ', '| based_on = ', '{{Film date|1995|12|15|',
  '{{Plainlist|\n', '{{Based on|', '{{Rotten Tomatoes prose|', 'Rotten Tomatoes', 'Metacritic', 'CinemaScore', 'PostTrak', '88%', ' of 101 critics',
  ' as ', 'December 15, 1995', '(Westwood)', '$60 million', '(worldwide)', '{{won}}', '(nominated)', ': ', ', ', '{{ill|A|ko|가}}', '{{lang|ja|羅生門}}',
  '\u200b', '\u0000', '&nbsp;', '&amp;', '<nowiki>', '</nowiki>', '{{efn|a note}}', '{{r|a}}', '<span>', '</span>', '{{{1}}}',
  // Korean Wikipedia's: its infobox, values and cast lines as Korean writes them.
  '{{영화 정보\n| 제목 = 발레리나\n', '| 원제 = ', '| 개봉 = ', '| 시간 = ', '| 제작비 = ', '| 국가 = ', '| 출연 = ', '| 언어 = ', '== 출연 ==\n', '== 줄거리 ==\n',
  '2023년 10월 6일', '93분', '2시간', '135억 원', '2억 6,300만 달러', '1억 2천만', '~', '{{국기나라|대한민국}}', '{{KOR}}', ' 역', ' : ', '(', ')',
  '{{웹 인용|url=https://example.org/a|제목=가|날짜=2023년 1월 1일}}', '한국어', '영어',
];
const wikitext = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WIKI_PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), { maxLength: 80 })
  .map((pieces) => pieces.join(''));
const withInfobox = fc.tuple(fc.boolean(), wikitext).map(([head, text]) => (head ? `{{Infobox film\n| name = Example\n}}\n${text}` : text));

test('wikitext: random and broken text never throws anything but a refusal, and leaves no markup', () => {
  fc.assert(fc.property(withInfobox, (text) => check(text, WIKI_MARKUP, 'wikitext')), { numRuns: 1500 });
});

// Pieces of saved pages: JSON-LD blocks, broken ones, entities, the page's head.
const HTML_PIECES = [
  '<script type="application/ld+json">', '</script>', '<script>', '{', '}', '[', ']', ',', ':', '"', '"name"', '"@type"', '"Movie"', '"Review"',
  '"@context":"https://schema.org",', '"@type":"Movie","name":"Heat"', '"datePublished":"December 15, 1995 (United States)"', '"url":"/film/heat"',
  '"aggregateRating":{"@type":"AggregateRating","ratingValue":"4","bestRating":"5","ratingCount":"12"}', '"director":{"@type":"Person","name":"Michael Mann"}',
  '<title>', '</title>', '<meta property="og:url" content="https://example.org/heat">', '<link rel="canonical" href="/heat">', '<base href="https://example.org/">',
  '&amp;', '&lt;b&gt;', '&#x41;', '&#0;', '<!--', '-->', '<![CDATA[', ']]>', '\n', ' ', '<b>', '</b>', 'Heat', '\\"', '\\u003c', '<html>', '<head>',
];
const page = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...HTML_PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), { maxLength: 80 })
  .map((pieces) => `<!DOCTYPE html><html><head>${pieces.join('')}`);

// A page whose JSON-LD parses, with hostile values in every field the reader takes.
const hostile = fc.array(fc.oneof(fc.constantFrom('<b>', '</b>', '&lt;i&gt;', '&amp;', 'Heat', ' ', '<script>', '<!--', '[[', '{{', 'December 15, 1995',
  '(Westwood)', '/film/heat', 'javascript:alert(1)', '../x', '\u0000', '&#0;', '&#x3C;p&#x3E;'), fc.string({ maxLength: 4 })), { maxLength: 8 }).map((a) => a.join(''));
const person = fc.record({ '@type': fc.constant('Person'), name: hostile, url: hostile }, { requiredKeys: ['name'] });
const movie = fc.record({
  '@context': fc.constant('https://schema.org'), '@type': fc.constant('Movie'), name: hostile, alternateName: hostile, url: hostile,
  datePublished: hostile, dateCreated: hostile, description: hostile, duration: hostile, image: hostile, genre: fc.array(hostile, { maxLength: 3 }),
  director: person, actor: fc.array(person, { maxLength: 3 }), countryOfOrigin: hostile, inLanguage: hostile, contentRating: hostile,
  releasedEvent: fc.array(fc.record({ '@type': fc.constant('PublicationEvent'), startDate: hostile, location: hostile }), { maxLength: 2 }),
  aggregateRating: fc.record({ '@type': fc.constant('AggregateRating'), ratingValue: fc.oneof(fc.nat(10), hostile), bestRating: fc.constant(10), ratingCount: fc.nat() }),
  review: fc.array(fc.record({ '@type': fc.constant('Review'), author: person, reviewBody: hostile, name: hostile, datePublished: hostile, url: hostile,
    reviewRating: fc.record({ '@type': fc.constant('Rating'), ratingValue: fc.oneof(fc.nat(5), hostile), bestRating: fc.constant(5) }) }), { maxLength: 2 }),
}, { requiredKeys: ['@type', 'name'] });
const pageWithMovie = fc.tuple(movie, fc.array(fc.constantFrom(...HTML_PIECES), { maxLength: 10 }))
  .map(([m, noise]) => `<!DOCTYPE html><html><head>${noise.join('')}<script type="application/ld+json">${JSON.stringify(m)}</script></head></html>`);

test('saved pages: random and broken pages never throw anything but a refusal, and leave no markup', () => {
  fc.assert(fc.property(page, (text) => check(text, HTML_MARKUP, 'html')), { numRuns: 1000 });
  fc.assert(fc.property(pageWithMovie, (text) => check(text, HTML_MARKUP, 'html')), { numRuns: 1000 });
});

/** Milliseconds an import of `text` takes, the faster of two runs (the machine is shared). */
function time(text, kind) {
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const start = performance.now();
    try {
      importFilm(text, { kind });
    } catch (error) {
      if (!(error instanceof ImportRefusal)) throw error;
    }
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const MB = 1_000_000;
/** A pattern repeated to a megabyte, after an infobox so that every reader runs. */
const megabyte = (head, pattern) => head + pattern.repeat(Math.ceil((MB - head.length) / pattern.length)).slice(0, MB - head.length);

test('time: a megabyte of any wikitext or page is read in under a second', async (t) => {
  const head = '{{Infobox film\n| name = Heat\n| released = December 15, 1995\n}}\n';
  const named = {
    'unclosed [[': '[[', 'unclosed [[a|': '[[a|', 'unclosed {{': '{{', 'templates 250,000 deep': '{{a|', 'unclosed <ref>': '<ref>',
    'unclosed {|': '{|\n', "runs of '''": "'''", 'headings': '== a ==\n', 'unclosed <!--': '<!--', 'pipes': '|',
    'cast lines with trivia': '== Cast ==\n* A as B. C. ', 'Reception sentences': 'Rotten Tomatoes 5% of 3 critics. ', 'bulleted accolades': '* A: B (won)\n',
    'one long line': 'word ', 'a sentence per line': 'A film. \n', 'Film dates': '{{Film date|1995|12|15|Westwood}}',
  };
  const cases = Object.entries(named).map(([name, pattern]) => [name, megabyte(head, pattern), 'wikitext']);
  // Random patterns too: a sample of the arbitrary above, each repeated to a megabyte.
  for (const [i, pattern] of fc.sample(wikitext.filter((s) => s.length > 20), { numRuns: 12, seed: 30 }).entries()) {
    cases.push([`random pattern ${i + 1}`, megabyte(head, pattern), 'wikitext']);
  }
  for (const [i, pattern] of fc.sample(page.filter((s) => s.length > 40), { numRuns: 8, seed: 30 }).entries()) {
    cases.push([`random page ${i + 1}`, megabyte('', pattern), 'html']);
  }
  const htmlHead = '<!DOCTYPE html><html><head><script type="application/ld+json">{"@type":"Movie","name":"Heat"}</script>';
  cases.push(['unclosed <script', megabyte(htmlHead, '<script type="application/ld+json">'), 'html']);
  cases.push(['unclosed <title', megabyte(htmlHead, '<title>'), 'html']);
  const figures = [];
  for (const [name, text, kind] of cases) {
    const ms = time(text, kind);
    figures.push(`${name}: ${Math.round(ms)} ms`);
    assert.ok(ms < 1000, `${name}: ${Math.round(ms)} ms for a megabyte`);
  }
  t.diagnostic(figures.join('; '));
});

// TMDB's and Wikidata's JSON, with hostile values where their readers take text, ids and numbers.
const number = fc.oneof(fc.integer({ min: -5, max: 300_000_000 }), fc.double(), hostile, fc.constant(null));
const tmdbPerson = fc.record({ id: fc.oneof(fc.nat(), hostile), name: hostile, original_name: hostile, character: hostile, job: fc.constantFrom('Director', 'Screenplay', 'Producer', 'Editor', 'Gaffer'), order: number });
const tmdbMovie = fc.record({
  id: fc.nat(), title: hostile, original_title: hostile, original_language: hostile, overview: hostile, runtime: number, budget: number, revenue: number,
  release_date: hostile, poster_path: hostile, homepage: hostile, imdb_id: hostile, vote_average: number, vote_count: number, tagline: hostile,
  genres: fc.array(fc.record({ id: fc.nat(), name: hostile }), { maxLength: 3 }),
  production_companies: fc.array(fc.record({ name: hostile }), { maxLength: 2 }),
  production_countries: fc.array(fc.record({ iso_3166_1: hostile }), { maxLength: 2 }),
  spoken_languages: fc.array(fc.record({ iso_639_1: hostile }), { maxLength: 2 }),
  credits: fc.record({ cast: fc.array(tmdbPerson, { maxLength: 3 }), crew: fc.array(tmdbPerson, { maxLength: 3 }) }),
  release_dates: fc.record({ results: fc.array(fc.record({ iso_3166_1: hostile, release_dates: fc.array(fc.record({ certification: hostile, note: hostile, release_date: hostile, type: number }), { maxLength: 2 }) }), { maxLength: 2 }) }),
  videos: fc.record({ results: fc.array(fc.record({ site: fc.constantFrom('YouTube', 'Vimeo'), type: fc.constantFrom('Trailer', 'Teaser'), key: hostile, name: hostile, official: fc.boolean() }), { maxLength: 2 }) }),
}, { requiredKeys: ['id', 'original_title'] });
const snak = (value, type) => ({ snaktype: 'value', property: 'P', datavalue: { value, type } });
const itemSnak = fc.oneof(fc.nat(), hostile).map((n) => snak({ 'entity-type': 'item', id: typeof n === 'number' ? `Q${n}` : n }, 'wikibase-entityid'));
const anySnak = fc.oneof(itemSnak, hostile.map((s) => snak(s, 'string')), fc.record({ time: hostile, precision: number }).map((v) => snak(v, 'time')),
  fc.record({ amount: fc.oneof(hostile, fc.constant('+88')), unit: fc.constantFrom('http://www.wikidata.org/entity/Q7727', 'http://www.wikidata.org/entity/Q25235', '1') }).map((v) => snak(v, 'quantity')),
  fc.record({ text: hostile, language: hostile }).map((v) => snak(v, 'monolingualtext')), fc.anything());
const statement = fc.record({ mainsnak: anySnak, rank: fc.constantFrom('normal', 'preferred', 'deprecated'), qualifiers: fc.dictionary(fc.constantFrom('P291', 'P453', 'P4633', 'P447', 'P459', 'P585', 'P7887', 'P1545'), fc.array(anySnak, { maxLength: 2 })) });
const labels = fc.dictionary(fc.constantFrom('en', 'ja', 'ko', 'mul', 'zh-hant', 'simple', 'x', '<b>'), hostile).map((m) => Object.fromEntries(Object.entries(m).map(([l, v]) => [l, { language: l, value: v }])));
const wikidataDoc = fc.tuple(labels, fc.dictionary(fc.constantFrom('P57', 'P58', 'P161', 'P577', 'P2047', 'P495', 'P364', 'P444', 'P1476', 'P136', 'P272'), fc.array(statement, { maxLength: 3 })),
  fc.array(fc.tuple(fc.nat(20), labels), { maxLength: 5 }))
  .map(([own, claims, others]) => ({ entities: { Q1: { type: 'item', id: 'Q1', labels: own, claims: { P31: [{ mainsnak: snak({ id: 'Q11424' }, 'wikibase-entityid') }], ...claims } },
    ...Object.fromEntries(others.map(([n, l]) => [`Q${n + 2}`, { id: `Q${n + 2}`, labels: l }])) } }));

test('TMDB and Wikidata: hostile values never throw anything but a refusal, and leave no markup', () => {
  fc.assert(fc.property(tmdbMovie, (m) => check(JSON.stringify(m), HTML_MARKUP, 'tmdb')), { numRuns: 1000 });
  fc.assert(fc.property(wikidataDoc, (d) => check(JSON.stringify(d), HTML_MARKUP, 'wikidata')), { numRuns: 1000 });
});

test('time: a megabyte of TMDB or Wikidata JSON is read in under a second', (t) => {
  const cast = Array.from({ length: 6000 }, (_, i) => ({ id: i, name: `Actor ${i}`, character: `Role ${i}`, order: 6000 - i, job: 'Director' }));
  const tmdbText = JSON.stringify({ id: 1, title: 'Heat', original_title: 'Heat', credits: { cast, crew: cast } });
  const claims = { P161: Array.from({ length: 5000 }, (_, i) => ({ mainsnak: snak({ id: `Q${i + 10}` }, 'wikibase-entityid'), rank: 'normal',
    qualifiers: { P4633: [snak(`Role ${i}`, 'string')], P1545: [snak(String(5000 - i), 'string')] } })) };
  const wikidataText = JSON.stringify({ entities: { Q1: { type: 'item', id: 'Q1', labels: { en: { language: 'en', value: 'Heat' } }, claims },
    ...Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`Q${i + 10}`, { id: `Q${i + 10}`, labels: { en: { language: 'en', value: `Actor ${i}` } } }])) } });
  const figures = [];
  for (const [name, text, kind] of [['TMDB', tmdbText, 'tmdb'], ['Wikidata', wikidataText, 'wikidata']]) {
    const ms = time(text, kind);
    const perMb = ms / (text.length / MB);
    figures.push(`${name} (${(text.length / MB).toFixed(1)} MB): ${Math.round(ms)} ms`);
    assert.ok(perMb < 1000, `${name}: ${Math.round(perMb)} ms a megabyte`);
  }
  t.diagnostic(figures.join('; '));
});
