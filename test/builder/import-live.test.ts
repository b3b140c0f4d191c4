// The builder fetching a film live, as an author does it: a Wikipedia article by its title, a
// Wikidata item by its id, a TMDB movie with the author's own key. Every request goes to the
// replay server (test/replay/), never to the network: the builder is opened with `?api=` naming it.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { type Page, button, closeAll, expectAccessible, labelled, openBuilder, reopen, toldLines, type } from './page.js';
import { apiOptions } from '../../demo/builder/importing.js';

const told = (page: Page) => page.$('told').querySelector('p')?.textContent?.trim() ?? '';
const films = (page: Page) => [...page.$<HTMLSelectElement>('draft').options].map((o) => o.text.split(' · ')[0]);

/** Presses `go` and waits until the builder says how the fetch went (`done`: its first words, in the interface's language). */
async function fetched(page: Page, go: string, done = /^Imported|^Nothing/) {
  button(page.doc, go).click();
  await waitUntil(() => done.test(told(page)), 'the fetch is told', { timeout: 30000 });
}

describe('the builder fetches a film live (from the replay server)', function () {
  this.timeout(60000);
  let page: Page;
  let api: string;
  before(async () => {
    ({ url: api } = await executeServerCommand<{ url: string }, undefined>('replay-start'));
  });
  afterEach(closeAll);

  // A short wait only where the test waits on a server that never answers.
  const open = async (timeout = '', ui = 'en') => {
    page = await openBuilder({ ui, query: `?api=${encodeURIComponent(api)}${timeout && `&apiTimeout=${timeout}`}` });
    button(page.doc, ui === 'ko' ? '가져오기' : 'Import').click();
    // The kinds come from the importers' list once it has loaded.
    await waitUntil(() => page.$<HTMLSelectElement>('import-kind').options.length > 1, 'the kinds are listed', { timeout: 30000 });
    return page;
  };

  it('lists every kind of the importers\' list, and fetches a Wikipedia article by its title', async () => {
    await open();
    expect([...page.$<HTMLSelectElement>('import-kind').options].map((o) => o.text)).to.deep.equal(
      ['Find out', 'Wikipedia wikitext', 'A web page’s HTML', 'TMDB movie JSON', 'Wikidata entity JSON', 'JSON-LD', 'Film JSON']);
    type(labelled(page.doc, 'Wikipedia article'), 'Rashomon');
    await fetched(page, 'Fetch from Wikipedia');
    expect(told(page)).to.match(/^Imported from Wikipedia wikitext\./);
    expect(labelled(page.doc, 'Title').value).to.equal('Rashomon');
    expect(films(page)).to.have.members(['Rashomon', 'Ballerina']);
    // Its source is the article, by its address on the wiki.
    expect(page.json().sources[0].url).to.equal('https://en.wikipedia.org/wiki/Rashomon');
    // What it could not use says what to do in the builder, never in JSON.
    const lines = toldLines(page);
    expect(lines.join('\n')).not.to.match(/film JSON|"poster"|\{|--base-url/);
    await expectAccessible(page);
  });

  it('fetches the article itself when given a Wikipedia article saved as a web page, or its address', async () => {
    await open();
    // What a browser's "Save page" writes for an article: its canonical address, an Article's JSON-LD, the infobox as drawn.
    type(labelled<HTMLTextAreaElement>(page.doc, 'Text to import'), [
      '<!DOCTYPE html>', '<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Parasite (2019 film) - Wikipedia</title>',
      '<link rel="canonical" href="https://en.wikipedia.org/wiki/Parasite_(2019_film)">',
      '<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Parasite (2019 film)"}</script>',
      '</head><body><table class="infobox vevent"><tr><th>Directed by</th><td>Bong Joon Ho</td></tr></table></body></html>',
    ].join('\n'));
    await fetched(page, 'Import as a new film');
    expect(told(page)).to.match(/^Imported from Wikipedia wikitext\./);
    expect(labelled(page.doc, 'Title').value).to.equal('Parasite');
    expect(page.json().sources[0].url).to.equal('https://en.wikipedia.org/wiki/Parasite_(2019_film)');
    // The article's address alone, where a page's address is asked for.
    type(labelled<HTMLTextAreaElement>(page.doc, 'Text to import'), '');
    type(labelled(page.doc, 'The page’s address'), 'https://en.wikipedia.org/wiki/Rashomon');
    button(page.doc, 'Import as a new film').click();
    await waitUntil(() => labelled(page.doc, 'Title').value === 'Rashomon', 'the article is imported', { timeout: 30000 });
    expect(told(page)).to.match(/^Imported from Wikipedia wikitext\./);
    expect(films(page)).to.have.members(['Rashomon', 'Parasite', 'Ballerina']);
  });

  it('fetches a Wikidata item with the names of what it names; what is left says where to add it', async () => {
    await open();
    type(labelled(page.doc, 'Wikidata id'), 'Q200396');
    await fetched(page, 'Fetch from Wikidata');
    expect(told(page)).to.equal('Imported from Wikidata entity JSON. 1 line was not used:');
    expect(toldLines(page)).to.deep.equal(['CinemaScore: A (a review score that is not a number (a letter grade): a film\'s scores are numbers) Add the score under Aggregate scores, with who gives it.']);
    expect(page.json().credits.directors[0].name).to.deep.include({ en: 'Akira Kurosawa', ja: '黒澤明' });
    await waitUntil(() => page.preview().status === 'ready' && page.shadowText().includes('Akira Kurosawa'), 'the preview shows the film');
  });

  it('fetches a TMDB movie with the author\'s key, which stays in this browser and nowhere else', async () => {
    // A key of this run's own: the engines run side by side and share the replay server's log.
    const key = `k3y-${Math.random().toString(36).slice(2, 10)}`;
    await open();
    type(labelled(page.doc, 'TMDB movie id'), '496243');
    type(labelled(page.doc, 'Your TMDB API key'), key);
    await fetched(page, 'Fetch from TMDB');
    expect(told(page)).to.match(/^Imported from TMDB movie JSON\. 2 lines were not used:/);
    expect(labelled(page.doc, 'Title').value).to.equal('Parasite');
    expect(page.json().poster.src).to.equal('https://image.tmdb.org/t/p/w780/7IiTTgloJzvGI1TAYymCfbfl3vT.jpg');
    expect(toldLines(page)).to.include('FR 12, US R (the ratings of 2 other countries: a film keeps one rating) Keep the one you want under Content rating.');
    const snippet = await page.snippet();
    expect(snippet).to.include('Parasite');
    // The key: in this browser's storage, asked of TMDB, and in no film, draft or snippet.
    expect(localStorage.getItem('film-elements.builder.tmdb-key')).to.equal(key);
    const log = await executeServerCommand<{ path: string; query: Record<string, string> }[], undefined>('replay-log');
    expect(log.filter((r) => r.path === '/tmdb/3/movie/496243' && r.query['api_key'] === key)).to.have.length(1);
    expect(snippet).not.to.include(key);
    expect(page.$<HTMLTextAreaElement>('json').value).not.to.include(key);
    expect(localStorage.getItem('film-elements.builder.drafts')).not.to.include(key);
    // Back after a reload, for the next film.
    page = await reopen(page, `?api=${encodeURIComponent(api)}`);
    expect(labelled(page.doc, 'Your TMDB API key').value).to.equal(key);
  });

  it('says in one sentence what to do when a fetch fails: a refused key, a missing film, too many requests, no answer', async () => {
    await open('1500');
    const tmdb = async (id: string, key: string) => {
      type(labelled(page.doc, 'TMDB movie id'), id);
      type(labelled(page.doc, 'Your TMDB API key'), key);
      await fetched(page, 'Fetch from TMDB');
      return told(page);
    };
    expect(await tmdb('496243', 'bad')).to.equal('Nothing was imported: TMDB refused the API key: copy your key again from themoviedb.org (Settings, then API) and try again');
    expect(await tmdb('404', 'k')).to.equal('Nothing was imported: TMDB has no movie 404: check the number in the film\'s TMDB address (themoviedb.org/movie/496243-parasite gives 496243)');
    expect(await tmdb('429', 'k')).to.equal('Nothing was imported: TMDB is getting too many requests: wait 7 seconds and try again');
    expect(await tmdb('408', 'k')).to.equal('Nothing was imported: TMDB did not answer within 1.5 seconds: check your connection and try again');
    type(labelled(page.doc, 'Wikidata id'), 'Q1');
    await fetched(page, 'Fetch from Wikidata');
    expect(told(page)).to.equal('Nothing was imported: Wikidata has no entity Q1: check the id at the top of the film\'s Wikidata page');
    type(labelled(page.doc, 'Wikipedia article'), 'No such film');
    await fetched(page, 'Fetch from Wikipedia');
    expect(told(page)).to.match(/^Nothing was imported: Wikipedia \(en\) has no article "No such film"/);
    expect(films(page)).to.deep.equal(['Ballerina']);
  });

  it('says it in Korean, with the id, the title and the wait it was given', async () => {
    await open('1500', 'ko');
    const done = /^가져오지 못했습니다|에서 가져왔습니다/;
    const tmdb = async (id: string, key: string) => {
      type(labelled(page.doc, 'TMDB 영화 ID'), id);
      type(labelled(page.doc, '내 TMDB API 키'), key);
      await fetched(page, 'TMDB에서 가져오기', done);
      return told(page);
    };
    expect(await tmdb('parasite', 'k')).to.equal('가져오지 못했습니다: “parasite”은(는) TMDB 영화 ID가 아닙니다. 영화의 TMDB 주소에 있는 숫자를 넣으세요(themoviedb.org/movie/496243-parasite 라면 496243).');
    expect(await tmdb('496243', '')).to.equal('가져오지 못했습니다: TMDB에서 가져오려면 내 API 키가 필요합니다. themoviedb.org(설정, API)에서 무료로 받아 ID와 함께 넣으세요.');
    expect(await tmdb('496243', 'bad')).to.equal('가져오지 못했습니다: TMDB가 API 키를 받아들이지 않았습니다. themoviedb.org(설정, API)에서 키를 다시 복사해 넣고 다시 해 보세요.');
    expect(await tmdb('404', 'k')).to.equal('가져오지 못했습니다: TMDB에 404번 영화가 없습니다. 영화의 TMDB 주소에 있는 숫자를 확인하세요(themoviedb.org/movie/496243-parasite 라면 496243).');
    expect(await tmdb('429', 'k')).to.equal('가져오지 못했습니다: TMDB에 요청이 너무 많습니다. 7초 기다린 뒤 다시 해 보세요.');
    expect(await tmdb('408', 'k')).to.equal('가져오지 못했습니다: TMDB에서 1.5초 안에 응답이 없습니다. 인터넷 연결을 확인하고 다시 해 보세요.');
    type(labelled(page.doc, '위키데이터 ID'), 'Q1');
    await fetched(page, '위키데이터에서 가져오기', done);
    expect(told(page)).to.equal('가져오지 못했습니다: 위키데이터에 Q1 항목이 없습니다. 영화의 위키데이터 페이지 맨 위에 있는 ID를 확인하세요.');
    type(labelled(page.doc, '위키백과 문서'), 'No such film');
    await fetched(page, '위키백과에서 가져오기', done);
    expect(told(page)).to.equal('가져오지 못했습니다: 위키백과(en)에 “No such film” 문서가 없습니다. 문서 맨 위에 나오는 제목과 위키백과 언어를 확인하세요.');
    expect(films(page)).to.deep.equal(['Ballerina']);
    await expectAccessible(page);
  });

  it('takes an API address from the page\'s address only when it is this machine, so a link cannot send the key elsewhere', () => {
    expect(apiOptions('?api=https%3A%2F%2Fattacker.example&apiTimeout=400')).to.deep.equal({ timeout: 400 });
    expect(apiOptions('?api=http%3A%2F%2F127.0.0.1.attacker.example')).to.deep.equal({});
    expect(apiOptions('?api=http%3A%2F%2F127.0.0.1%3A8123')).to.deep.equal({ api: 'http://127.0.0.1:8123' });
    expect(apiOptions('')).to.deep.equal({});
  });
});
