import type { FilmData } from '../../src/model/types.js';
import { expect } from '@open-wc/testing';
import '../../src/define/film-infobox.js';
import { FilmInfobox } from '../../src/elements/film-infobox/film-infobox.js';
import { defineElement } from '../../src/core/define.js';
import { fixture, html, oneEvent, settled, shadow, text, waitUntil } from '../helpers.js';

const small = { title: 'Small Film', credits: { directors: ['Ada Director'] }, runtime: 90 };
const title = (el: Element) => text(shadow(el).querySelector('.title'));
const alert = (el: Element) => shadow(el).querySelector('[role="alert"]');

describe('FilmElement: where the film comes from', () => {
  it('takes our film JSON through the film property and fires film-load', async () => {
    const el = await fixture<FilmInfobox>(html`<film-infobox></film-infobox>`);
    const loaded = oneEvent(el, 'film-load');
    el.film = small;
    const event = await loaded;
    expect(event.detail.film.title).to.equal('Small Film');
    expect(event.detail.problems).to.deep.equal([]);
    expect(event.bubbles && event.composed).to.equal(true);
    await settled(el, 'ready');
    expect(title(el)).to.equal('Small Film');
    expect(el.film?.credits?.directors?.[0].name).to.equal('Ada Director');
  });

  it('takes schema.org JSON-LD through the film property', async () => {
    const el = await fixture<FilmInfobox>(html`<film-infobox></film-infobox>`);
    el.film = { '@context': 'https://schema.org', '@type': 'Movie', name: 'Linked Film', director: { '@type': 'Person', name: 'Bo Lee' } };
    await settled(el, 'ready');
    expect(title(el)).to.equal('Linked Film');
    expect(text(shadow(el).querySelector('dd'))).to.equal('Bo Lee');
  });

  it('fetches a src URL', async () => {
    const el = await fixture<FilmInfobox>(html`<film-infobox src="/mock/film"></film-infobox>`);
    await settled(el, 'ready');
    expect(title(el)).to.equal('Ballerina');
  });

  it('reads src="#id" from a JSON script and from a JSON-LD script on the page', async () => {
    const host = await fixture(html`<div>
      <script type="application/json" id="plain-film">{"title": "From An Id"}</script>
      <script type="application/ld+json" id="ld-film">{"@type": "Movie", "name": "From JSON-LD"}</script>
      <film-infobox src="#plain-film"></film-infobox>
      <film-infobox src="#ld-film"></film-infobox>
    </div>`);
    const [a, b] = host.querySelectorAll('film-infobox');
    await settled(a, 'ready');
    await settled(b, 'ready');
    expect(title(a)).to.equal('From An Id');
    expect(title(b)).to.equal('From JSON-LD');
  });

  it('reads an inline JSON script child, and a JSON-LD one', async () => {
    const host = await fixture(html`<div>
      <film-infobox><script type="application/json">{"title": "Inline"}</script></film-infobox>
      <film-infobox><script type="application/ld+json">{"@type": "Movie", "name": "Inline LD"}</script></film-infobox>
    </div>`);
    const [a, b] = host.querySelectorAll('film-infobox');
    await settled(a, 'ready');
    await settled(b, 'ready');
    expect(title(a)).to.equal('Inline');
    expect(title(b)).to.equal('Inline LD');
  });

  it('lets the last source set win', async () => {
    const el = await fixture<FilmInfobox>(html`<film-infobox src="/mock/film"></film-infobox>`);
    el.film = small;
    await settled(el, 'ready');
    await new Promise((r) => setTimeout(r, 300));
    expect(title(el)).to.equal('Small Film');
    el.src = '/mock/film?title=Later';
    await waitUntil(() => title(el) === 'Later', 'src set after the property should win');
  });

  it('keeps the newer src when an older, slower one answers later', async () => {
    const el = await fixture<FilmInfobox>(html`<film-infobox src="/mock/film?delay=600&title=Old"></film-infobox>`);
    el.src = '/mock/film?title=New';
    await settled(el, 'ready');
    expect(title(el)).to.equal('New');
    await new Promise((r) => setTimeout(r, 900));
    expect(title(el)).to.equal('New');
  });

  it('fetches a src once for every widget that shares it', async () => {
    const id = `shared-${Math.random()}`;
    const host = await fixture(html`<div>
      <film-infobox src="/mock/film?delay=200&title=Shared&id=${id}"></film-infobox>
      <film-infobox src="/mock/film?delay=200&title=Shared&id=${id}"></film-infobox>
      <film-infobox src="/mock/film?delay=200&title=Shared&id=${id}"></film-infobox>
    </div>`);
    const boxes = [...host.querySelectorAll('film-infobox')];
    for (const box of boxes) await settled(box, 'ready');
    expect(boxes.map(title)).to.deep.equal(['Shared', 'Shared', 'Shared']);
    const fetched = performance.getEntriesByType('resource').filter((e) => e.name.includes(id));
    expect(fetched).to.have.length(1);
  });

  it('keeps a shared request going for the widgets still waiting when one moves on', async () => {
    const id = `moving-${Math.random()}`;
    const host = await fixture(html`<div>
      <film-infobox src="/mock/film?delay=400&title=Stay&id=${id}"></film-infobox>
      <film-infobox src="/mock/film?delay=400&title=Stay&id=${id}"></film-infobox>
    </div>`);
    const [staying, moving] = host.querySelectorAll('film-infobox');
    moving.src = `/mock/film?title=Moved&id=${id}-b`;
    await settled(moving, 'ready');
    await settled(staying, 'ready');
    expect([title(staying), title(moving)]).to.deep.equal(['Stay', 'Moved']);
  });

  it('shows the empty message when given nothing, then reads a script added later', async () => {
    const el = await fixture<FilmInfobox>(html`<film-infobox></film-infobox>`);
    await settled(el, 'empty');
    expect(text(shadow(el))).to.equal('No film data was given to this element.');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"title": "Late Arrival"}';
    el.append(script);
    await settled(el, 'ready');
    expect(title(el)).to.equal('Late Arrival');
  });
});

describe('FilmElement: markup mangled by content-management systems', () => {
  const cases: [string, string][] = [
    ['quotes turned into &quot;', '{&quot;title&quot;: &quot;Quoted&quot;}'],
    ['stray <p> and <br> around and inside the JSON', '<p>{"title":<br> "Quoted"}</p><br>'],
    ['typographic quotes as string delimiters', '{“title”: “Quoted”}'],
  ];
  for (const [name, json] of cases) {
    it(`copes with ${name}`, async () => {
      const el = document.createElement('film-infobox');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      el.append(script);
      await fixture(el);
      await settled(el, 'ready');
      expect(title(el)).to.equal('Quoted');
    });
  }

  it('keeps typographic quotes that are part of the text', async () => {
    const el = document.createElement('film-infobox');
    el.innerHTML = '<script type="application/json">{"title": "The “Quoted” One"}</script>';
    await fixture(el);
    await settled(el, 'ready');
    expect(title(el)).to.equal('The “Quoted” One');
  });

  it('reads JSON left as the element\'s text when the CMS stripped the script tag', async () => {
    const el = await fixture<FilmInfobox>(html`<film-infobox>{"title": "Bare Text"}</film-infobox>`);
    await settled(el, 'ready');
    expect(title(el)).to.equal('Bare Text');
  });

  it('says precisely what is wrong when the JSON cannot be read', async () => {
    const el = await fixture<FilmInfobox>(html`<film-infobox><script type="application/json">{"title": "Broken",}</script></film-infobox>`);
    await settled(el, 'error');
    const box = alert(el)!;
    // Readers see one short line; what the author needs waits under it, collapsed.
    expect(text(box.querySelector('p'))).to.equal('This film information could not be shown');
    const details = box.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('summary'))).to.equal('Details for the page’s author');
    expect(text(details.querySelector('.reason'))).to.match(/^The inline script is not valid JSON: .+/);
    const [problem] = [...details.querySelectorAll('.problems li')].map(text);
    // Where the parser stopped, in every engine (WebKit's does not say: it is found again).
    expect(problem).to.match(/^\(document\) \(line 1, column 20\): this is not valid JSON, so no film could be read/);
    expect(shadow(el).querySelector('button')).to.equal(null, 'no retry for inline data');
    await expect(el).to.be.accessible();
  });

  it('lists what makes data not a film under the reader\'s line, each problem with its path', async () => {
    const el = await fixture<FilmInfobox>(html`<film-infobox .film=${{ titel: 'Typo' }}></film-infobox>`);
    await settled(el, 'error');
    const listed = [...alert(el)!.querySelectorAll('.problems li')].map(text);
    const reason = text(alert(el)!.querySelector('.reason'));
    // The reason names the first problem; the list holds every other one, each once.
    const all = el.problems.map((p) => `${p.path || '(document)'}: ${p.message}`);
    expect(all.filter((line) => reason.includes(line))).to.have.length(1);
    expect(listed).to.deep.equal(all.filter((line) => !reason.includes(line)));
    expect(listed.some((line) => line.startsWith('titel: ') && line.includes('"title"'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says once why JSON text given as `film` is no film, with where the parser stopped', async () => {
    const el = await fixture<FilmInfobox>(html`<film-infobox .film=${'{"title": "Broken",}'}></film-infobox>`);
    await settled(el, 'error');
    const box = alert(el)!;
    expect(text(box.querySelector('.reason'))).to.match(/^The data does not describe a film: \(document\)( \(line 1, column 20\))?: this is not valid JSON, so no film could be read/);
    expect(text(box).split('this is not valid JSON')).to.have.length(2, text(box));
    expect(box.querySelector('.problems')).to.equal(null);
  });

  it('keeps notes (a value read in another form) out of the console and the error list', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<FilmInfobox>(html`<film-infobox .film=${{ title: 'Noted', runtime: '93 minutes', year: 'x' }}></film-infobox>`);
      await settled(el, 'ready');
      expect(el.problems.find((p) => p.path === 'runtime')).to.deep.equal({ path: 'runtime', message: 'read "93 minutes" as 93 minutes', severity: 'note' });
      const told = warnings.join('\n');
      expect(told).to.contain('year: expected a number, got "x"');
      expect(told).to.not.contain('93 minutes');
    } finally {
      console.warn = warn;
    }
  });
});

describe('FilmElement: states and failures', () => {
  const fails: [string, string, RegExp][] = [
    ['a 404', '/mock/film?status=404', /The film data at \/mock\/film\?status=404 was not found \(404\)\./],
    ['a 500', '/mock/film?status=500', /The server answered 500 for the film data at \/mock\/film\?status=500\./],
    ['invalid JSON', '/mock/text?body=%7Bnope', /\/mock\/text\?body=%7Bnope is not valid JSON: /],
    ['an HTML error page', '/mock/html', /\/mock\/html sent a web page instead of JSON film data\./],
    ['JSON that is not a film', '/mock/text?body=%5B1%2C2%2C3%5D', /The data does not describe a film: /],
  ];
  for (const [name, src, message] of fails) {
    it(`shows an alert with a retry for ${name}`, async () => {
      const el = await fixture<FilmInfobox>(html`<film-infobox src=${src}></film-infobox>`);
      const failed = oneEvent(el, 'film-error');
      await settled(el, 'error');
      expect(text(alert(el))).to.match(message);
      expect(text(shadow(el).querySelector('button'))).to.equal('Try again');
      const event = await Promise.race([failed, new Promise<null>((r) => setTimeout(() => r(null), 50))]);
      if (event) expect(event.detail.reason).to.match(message);
      await expect(el).to.be.accessible();
    });
  }

  it('times out a slow src', async () => {
    const el = await fixture<FilmInfobox>(html`<film-infobox timeout="200" src="/mock/film?delay=1500"></film-infobox>`);
    await settled(el, 'error');
    expect(text(alert(el))).to.contain('The film data at /mock/film?delay=1500 took longer than 0.2 seconds to arrive.');
  });

  it('retries when the reader asks, and succeeds once the server recovers', async () => {
    const el = await fixture<FilmInfobox>(html`<film-infobox src="/mock/film?failOnce=${Math.random()}"></film-infobox>`);
    await settled(el, 'error');
    expect(text(alert(el))).to.contain('answered 503');
    shadow(el).querySelector('button')!.click();
    await settled(el, 'ready');
    expect(title(el)).to.equal('Ballerina');
  });

  it('reserves space while loading, marked busy', async () => {
    const el = await fixture<FilmInfobox>(html`<film-infobox src="/mock/film?delay=800"></film-infobox>`);
    const box = shadow(el).querySelector('.loading')!;
    expect(box.getAttribute('aria-busy')).to.equal('true');
    expect(box.getBoundingClientRect().height).to.be.greaterThan(200);
    await expect(el).to.be.accessible();
  });

  it('drops wrong fields, renders the rest, and warns once naming the paths', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const input = { title: 'Partly Wrong', runtime: 'forever', credits: { directors: ['Ada Director'] } };
      const a = await fixture<FilmInfobox>(html`<film-infobox .film=${input}></film-infobox>`);
      const b = await fixture<FilmInfobox>(html`<film-infobox .film=${input}></film-infobox>`);
      await settled(a, 'ready');
      await settled(b, 'ready');
      expect(a.problems.map((p) => p.path)).to.include('runtime');
      expect(title(a)).to.equal('Partly Wrong');
      const ours = warnings.filter((w) => w.includes('Partly Wrong') || w.includes('runtime'));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.contain('runtime: ');
    } finally {
      console.warn = warn;
    }
  });

  it('keeps the sections a new film did not change, and shows the change', async () => {
    const el = await fixture<FilmInfobox>(html`<film-infobox></film-infobox>`);
    el.film = small;
    await settled(el, 'ready');
    const first = el.film!;
    el.film = { ...small, title: 'Small Film, Restored' };
    await el.updateComplete;
    expect(title(el)).to.equal('Small Film, Restored');
    expect(el.film).to.not.equal(first);
    expect(el.film!.credits).to.equal(first.credits);
    expect(el.film!.runtime).to.equal(first.runtime);
    // The same facts again, in a new object: the film the element holds stays the same object.
    const second = el.film;
    el.film = { ...small, title: 'Small Film, Restored' };
    await el.updateComplete;
    expect(el.film).to.equal(second);
    expect(title(el)).to.equal('Small Film, Restored');
  });

  it('never throws into the page, whatever the film property holds', async () => {
    const el = await fixture<FilmInfobox>(html`<film-infobox></film-infobox>`);
    for (const junk of [null, 42, 'not json', [1, 2], { title: { nested: true } }, Symbol('x')]) {
      el.film = junk as FilmData;
      await el.updateComplete;
      expect(['error', 'ready']).to.include(el.status);
    }
  });
});

describe('FilmElement: language and registration', () => {
  it('speaks the language of the nearest lang attribute, and follows changes', async () => {
    const host = await fixture(html`<div lang="ko"><film-infobox .film=${small}></film-infobox></div>`);
    const el = host.querySelector('film-infobox')!;
    await settled(el, 'ready');
    expect(el.locale).to.equal('ko');
    expect(text(shadow(el).querySelector('dt'))).to.equal('감독');
    host.setAttribute('lang', 'en-GB');
    await waitUntil(() => el.locale === 'en-GB');
    await el.updateComplete;
    expect(text(shadow(el).querySelector('dt'))).to.equal('Directed by');
  });

  it('registers silently twice and warns once about a foreign class on its tag', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      FilmInfobox.define();
      class Copy extends FilmInfobox {}
      defineElement('film-infobox', Copy);
      expect(warnings).to.deep.equal([]);
      customElements.define('film-taken', class extends HTMLElement {});
      defineElement('film-taken', FilmInfobox);
      defineElement('film-taken', FilmInfobox);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<film-taken> is already defined by another script');
      expect(() => defineElement('not valid', class extends HTMLElement {})).not.to.throw();
    } finally {
      console.warn = warn;
    }
  });

  it('registers the class under a host\'s own tag name', async () => {
    class MyInfobox extends FilmInfobox {}
    MyInfobox.define('my-infobox');
    const el = await fixture<FilmInfobox>(html`<my-infobox .film=${small}></my-infobox>`);
    await settled(el, 'ready');
    expect(title(el)).to.equal('Small Film');
  });
});
