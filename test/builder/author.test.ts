// An author who has never seen JSON, with films nobody prepared, driving the built builder by
// what it shows: labels, buttons, the list of films.
import { expect, waitUntil } from '@open-wc/testing';
import { unzipSync } from 'fflate';
import type { FilmElement } from '../../src/core/film-element.js';
import { type Page, button, closeAll, expectAccessible, labelled, openBuilder, pasteJson, postPage, reopen, toldLines, type } from './page.js';

// An article's source as Wikipedia's editors write it (Edit source, copy everything).
const rashomon = `{{Short description|1950 Japanese film by Akira Kurosawa}}
{{Infobox film
| name           = Rashomon
| director       = [[Akira Kurosawa]]
| screenplay     = {{Plainlist|
* Akira Kurosawa
* [[Shinobu Hashimoto]]
}}
| starring       = {{Plainlist|
* [[Toshiro Mifune]]
* [[Machiko Kyō]]
* [[Masayuki Mori]]
* [[Takashi Shimura]]
}}
| music          = [[Fumio Hayasaka]]
| cinematography = [[Kazuo Miyagawa]]
| studio         = [[Daiei Film]]
| released       = {{Film date|1950|08|25|Japan}}
| runtime        = 88 minutes
| country        = Japan
| language       = Japanese
}}
'''''Rashomon''''' is a 1950 Japanese [[jidaigeki]] film directed by [[Akira Kurosawa]].<ref>{{cite web |title=Rashomon |url=https://www.example.org/rashomon}}</ref>
`;

// A film page saved from a browser (File, Save page as…), with the JSON-LD such sites carry.
const savedPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parasite (2019) – a film site</title>
<link rel="canonical" href="https://films.example/title/parasite-2019/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Movie","name":"Parasite","datePublished":"2019-05-30",
"director":[{"@type":"Person","name":"Bong Joon-ho"}],"duration":"PT2H12M","inLanguage":"ko"}</script>
</head><body><h1>Parasite</h1><p>A poor family schemes its way into a rich household.</p></body></html>`;


const films = (page: Page) => [...page.$<HTMLSelectElement>('draft').options].map((o) => o.text.split(' · ')[0]);
const told = (page: Page) => page.$('told').textContent!.trim();

async function importPasted(page: Page, text: string) {
  button(page.doc, 'Import').click();
  expect(page.$('import-box').hidden).to.equal(false);
  type(labelled<HTMLTextAreaElement>(page.doc, 'Text to import'), text);
  button(page.doc, 'Import as a new film').click();
  await waitUntil(() => /^Imported|^Nothing|could not/.test(told(page)), 'the import is told', { timeout: 30000 });
}

describe('the builder, as an author uses it', function () {
  this.timeout(60000);
  let page: Page;
  afterEach(closeAll);

  it('imports an article as a new film beside the first; both come back after a reload', async () => {
    page = await openBuilder();
    expect(films(page)).to.deep.equal(['Ballerina']);
    await importPasted(page, rashomon);
    expect(told(page)).to.match(/^Imported from Wikipedia wikitext\./);
    expect(labelled(page.doc, 'Title').value).to.equal('Rashomon');
    expect(films(page)).to.have.members(['Rashomon', 'Ballerina']);
    await waitUntil(() => page.preview().status === 'ready' && page.shadowText().includes('Akira Kurosawa'), 'the preview shows the import');

    await new Promise((resolve) => setTimeout(resolve, 500));
    page = await reopen(page);
    expect(films(page)).to.have.members(['Rashomon', 'Ballerina']);
    expect(labelled(page.doc, 'Title').value, 'the film last edited').to.equal('Rashomon');
    const list = labelled<HTMLSelectElement>(page.doc, 'Films in this browser');
    list.value = [...list.options].find((o) => o.text.startsWith('Ballerina'))!.value;
    list.dispatchEvent(new Event('change', { bubbles: true }));
    expect(labelled(page.doc, 'Title').value).to.equal('Ballerina');
    await expectAccessible(page);
  });

  it('opens a saved film page as a file', async () => {
    page = await openBuilder();
    button(page.doc, 'Import').click();
    const file = labelled(page.doc, 'Or open a saved page or article');
    const files = new DataTransfer();
    files.items.add(new File([savedPage], 'Parasite (2019) – a film site.html', { type: 'text/html' }));
    file.files = files.files;
    file.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => /^Imported|^Nothing/.test(told(page)), 'the import is told', { timeout: 30000 });
    expect(told(page)).to.match(/^Imported from A web page’s HTML\./);
    expect(labelled(page.doc, 'Title').value).to.equal('Parasite');
    expect(films(page)).to.have.members(['Parasite', 'Ballerina']);
  });

  it('undoes and redoes a change, and deletes a film only when asked twice', async () => {
    page = await openBuilder();
    const title = labelled(page.doc, 'Title');
    type(title, 'Ballerina (2023 film)');
    await waitUntil(() => !button(page.doc, 'Undo').disabled, 'a change to undo', { timeout: 5000 });
    button(page.doc, 'Undo').click();
    expect(labelled(page.doc, 'Title').value).to.equal('Ballerina');
    expect(page.json().title).to.equal('Ballerina');
    button(page.doc, 'Redo').click();
    expect(labelled(page.doc, 'Title').value).to.equal('Ballerina (2023 film)');

    button(page.doc, 'New film').click();
    expect(films(page)).to.have.length(2);
    const win = page.frame.contentWindow as Window;
    const asked: string[] = [];
    win.confirm = (question?: string) => (asked.push(String(question)), false);
    button(page.doc, 'Delete this film').click();
    expect(films(page), 'kept when the author says no').to.have.length(2);
    win.confirm = (question?: string) => (asked.push(String(question)), true);
    button(page.doc, 'Delete this film').click();
    expect(asked).to.deep.equal(['Delete “Untitled film”? It cannot be brought back.', 'Delete “Untitled film”? It cannot be brought back.']);
    expect(films(page)).to.deep.equal(['Ballerina (2023 film)']);
    expect(labelled(page.doc, 'Title').value).to.equal('Ballerina (2023 film)');
  });

  it('keeps an empty row the author added across a reload', async () => {
    page = await openBuilder();
    button(page.doc, 'Add Other titles').click();
    expect(page.doc.querySelectorAll('[data-path^="altTitles["]').length).to.be.greaterThan(0);
    page = await reopen(page);
    expect(page.doc.querySelector('[data-path="altTitles[0]"]'), 'the empty row').to.not.equal(null);
  });

  it('says a review is the author\'s own, and gives a poster its description, without JSON', async () => {
    page = await openBuilder();
    const review = page.doc.querySelector<HTMLElement>('[data-path="reviews[3]"]')!;
    labelled(review, 'This is my own review').click();
    expect(page.json().reviews[3].own).to.equal(true);

    type(labelled(page.holder('poster'), 'Image address'), 'https://films.example/posters/ballerina.jpg');
    type(labelled(page.holder('poster'), 'What the image shows'), 'Jeon Jong-seo in black, holding a gun, against a red background');
    expect(page.json().poster).to.deep.equal({ src: 'https://films.example/posters/ballerina.jpg', alt: 'Jeon Jong-seo in black, holding a gun, against a red background' });
    // The address is nobody's, so the preview shows the poster's description where it failed to load.
    const described = 'Jeon Jong-seo in black, holding a gun, against a red background';
    await waitUntil(() => {
      const root = page.preview().shadowRoot;
      return root?.querySelector('img')?.alt === described || root?.querySelector('.poster-missing')?.textContent?.trim() === described;
    }, 'the preview\'s poster');
  });

  it('offers every widget by its name, with a line on what it shows', async () => {
    page = await openBuilder();
    const offered = [...page.$('elements').querySelectorAll('label')].map((l) => l.querySelector('strong')!.textContent);
    expect(offered.slice(0, 3)).to.deep.equal(['Infobox', 'Film card', 'Review card']);
    // Every element that shows one film, the trailer among them; the list of films is made apart.
    expect(offered).to.have.length(11);
    expect(offered).to.include('Trailer').and.not.to.include('List of films');
    const card = labelled(page.$('elements'), 'Review card');
    expect(page.doc.getElementById(card.getAttribute('aria-describedby')!)!.textContent).to.match(/^One review/);
  });

  it('downloads the library files as one zip, and writes the snippet for the folder they are put in', async () => {
    page = await openBuilder();
    labelled(page.doc, 'A copy on my own site').click();
    expect(page.$('snippet-told').textContent).to.equal('Give the address of the folder where you put the library files, or pick jsDelivr.');

    // The download, caught as the browser is handed it.
    const win = page.frame.contentWindow as Window & typeof globalThis;
    const saved: { name: string; blob: Promise<Blob> }[] = [];
    win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: fetch(this.href).then((r) => r.blob()) });
    };
    button(page.doc, 'Download the library files').click();
    await waitUntil(() => saved.length === 1, 'the zip is handed over', { timeout: 20000 });
    const library = await (await fetch('/site/lib/library.json')).json();
    expect(saved[0]!.name).to.equal(`film-elements-${library.version}.zip`);
    const zip = unzipSync(new Uint8Array(await (await saved[0]!.blob).arrayBuffer()));
    expect(Object.keys(zip).sort()).to.deep.equal(library.files.map((f: string) => `film-elements/${f}`).sort());
    const loader = await (await fetch('/site/lib/film-elements.loader.min.js')).arrayBuffer();
    expect(zip['film-elements/film-elements.loader.min.js']).to.deep.equal(new Uint8Array(loader));
    expect(page.$('zipped').textContent).to.equal(`${library.files.length} files packed. Unzip them into one folder of your site.`);

    // The test server gives site/lib/ byte for byte under /mock/site/lib/, as a host would.
    type(labelled(page.doc, 'Address of that folder'), `${location.origin}/mock/site/lib`);
    const snippet = await page.snippet();
    expect(snippet.split('\n')[0]).to.equal(`<script type="module" src="${location.origin}/mock/site/lib/film-elements.loader.min.js" integrity="${library.integrity['film-elements.loader.min.js']}" crossorigin="anonymous"></script>`);
    const post = await postPage(snippet);
    const infobox = post.contentDocument!.querySelector('film-infobox') as FilmElement;
    await waitUntil(() => infobox.status === 'ready' && infobox.hasUpdated, 'the copy upgrades the widget', { timeout: 30000 });
    const fetched = (post.contentWindow as Window).performance.getEntriesByType('resource').map((e) => new URL(e.name));
    expect(fetched.filter((u) => u.origin !== location.origin).map((u) => u.href), 'requests elsewhere').to.deep.equal([]);
    expect(fetched.some((u) => u.pathname === '/mock/site/lib/cdn/film-infobox.js')).to.equal(true);
    post.remove();
  });

  it('says in Korean why it imported nothing, or read no JSON, naming what it was given', async () => {
    page = await openBuilder({ ui: 'ko' });
    button(page.doc, '가져오기').click();
    const go = async (text: string) => {
      const before = told(page);
      type(labelled<HTMLTextAreaElement>(page.doc, '가져올 텍스트'), text);
      button(page.doc, '새 영화로 가져오기').click();
      await waitUntil(() => told(page) !== before && /^가져오지 못했습니다|에서 가져왔습니다/.test(told(page)), 'the import is told', { timeout: 30000 });
      return told(page);
    };
    expect(await go(' ')).to.equal('가져오지 못했습니다: 텍스트가 비어 있습니다.');
    expect(await go('{{Short description|A film}}\nNothing else.')).to.equal(
      '가져오지 못했습니다: 이 위키텍스트에는 영화 정보상자({{Infobox film}}이나 {{영화 정보}})도 수상 표도 없어 영화를 읽을 수 없습니다. 문서의 원본을 편집 페이지에서 복사하세요.');
    // Where the parser stopped, in every engine (model/json-error.ts finds it where WebKit does not say).
    expect(await go('{"title": "Heat", "year": 1995')).to.match(/^가져오지 못했습니다: 올바른 JSON이 아닙니다 \(1번째 줄, 31번째 글자\): \S/);
    expect(films(page)).to.deep.equal(['Ballerina']);

    // The JSON view refuses a web page pasted where the film's JSON goes.
    pasteJson(page, '<!doctype html><html><body><p>Heat</p></body></html>');
    expect(page.$('json-told').textContent!.trim()).to.equal('아직 JSON이 아닙니다: 웹 페이지의 HTML입니다');
    pasteJson(page, '');
    expect(page.$('json-told').textContent!.trim()).to.equal('아직 JSON이 아닙니다: 비어 있습니다');
  });

  it('imports a Korean Wikipedia article, and says in Korean what it left out and why', async () => {
    page = await openBuilder({ ui: 'ko' });
    button(page.doc, '가져오기').click();
    const wiki = "{{영화 정보\n| 제목 = 헤어질 결심\n| 그림 = 헤어질 결심 포스터.jpg\n| 감독 = [[박찬욱]]\n| 관객수 = 189만 명\n| 제작비 = 130억~150억 원\n| 개봉 = 2022년 6월 29일 (대한민국)\n| 국가 = {{플래그아이콘|KOR}} 대한민국{{출처 필요}}\n}}\n《'''헤어질 결심'''》은 2022년 영화이다.";
    type(labelled<HTMLTextAreaElement>(page.doc, '가져올 텍스트'), wiki);
    button(page.doc, '새 영화로 가져오기').click();
    await waitUntil(() => /에서 가져왔습니다/.test(told(page)), 'the import is told', { timeout: 30000 });
    expect(films(page)).to.deep.equal(['헤어질 결심', 'Ballerina']);
    expect(page.json().credits.directors).to.deep.equal([{ name: '박찬욱', sources: ['wikipedia'] }]);
    expect(page.json().releases).to.deep.equal([{ date: '2022-06-29', place: '대한민국', sources: ['wikipedia'] }]);
    // A maintenance tag ({{출처 필요}}, "citation needed") says nothing of the film and is left out quietly.
    expect(page.json().countries).to.deep.equal(['KR']);
    expect(toldLines(page)).to.deep.equal([
      '3: 그림 = 헤어질 결심 포스터.jpg (위키백과의 파일 이름이지 웹 주소가 아닙니다) 포스터와 예고편에 포스터 주소와 짧은 설명을 넣으세요.',
      '5: 관객수 = 189만 명 (“관객수”은(는) 영화에 넣을 자리가 있는 {{영화 정보}}의 매개변수가 아닙니다)',
      '6: 130억~150억 원 (금액의 범위입니다. 영화에는 금액이 하나만 들어가니 하나를 골라 직접 넣으세요) 제작비와 흥행 수입에 금액, 통화, 범위를 넣으세요.',
      '8: {{플래그아이콘|KOR}} (가져오기가 읽지 못하는 틀 {{플래그아이콘}}입니다)',
    ]);
    // TMDB's answer, pasted: the other countries' ratings and what TMDB gives that a film has no place for, in Korean too.
    const tmdb = await (await fetch('/test/fixtures/replay/tmdb/movie-496243.json')).text();
    const before = told(page);
    type(labelled<HTMLTextAreaElement>(page.doc, '가져올 텍스트'), tmdb);
    button(page.doc, '새 영화로 가져오기').click();
    await waitUntil(() => told(page) !== before && /에서 가져왔습니다/.test(told(page)), 'the second import is told', { timeout: 30000 });
    expect(toldLines(page)).to.deep.equal([
      '1: FR 12, US R (다른 나라의 관람 등급입니다. 영화에는 등급이 하나만 들어갑니다) 관람 등급에 원하는 등급 하나를 남기세요.',
      '1: tagline, backdrop_path (TMDB가 주지만 영화에 넣을 자리가 없는 것입니다: 태그라인, 속한 시리즈, 배경 이미지)',
    ]);
    await expectAccessible(page);
  });

  it('speaks Korean, with the import open, and stays accessible', async () => {
    page = await openBuilder({ ui: 'ko' });
    button(page.doc, '가져오기').click();
    expect(labelled(page.doc, '가져올 텍스트')).to.be.instanceOf((page.frame.contentWindow as Window & typeof globalThis).HTMLTextAreaElement);
    expect(page.doc.querySelector('label[for="draft"]')!.textContent).to.equal('이 브라우저에 있는 영화');
    expect(films(page)).to.deep.equal(['Ballerina']);
    await expectAccessible(page);
  });
});
