import { expect } from '@open-wc/testing';
import '../../../src/define/film-list.js';
import type { FilmList } from '../../../src/elements/film-list/film-list.js';
import { fixture, html, settled, shadow, text, waitUntil } from '../../helpers.js';

const all = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const titles = (el: Element) => all(el, '.film-title').map((h) => text(h));

// Films made up for the tests: no fact here is about a real film.
const quiet = { title: 'The Quiet Hour', url: 'https://films.example/quiet-hour', year: 2021, credits: { directors: ['Ada Park', 'Bo Kim'] },
  poster: { src: '/mock/poster.png', alt: 'A lighthouse at dusk', width: 200, height: 300 }, releases: [{ date: '2021-10-07' }],
  reviews: [{ source: 'Another Site', rating: { value: 4, best: 5 }, quote: 'Calm.' }] };
const harbour = { title: 'Harbour Lights', year: 2019, credits: { directors: ['Chae Min'] }, poster: { src: '/mock/poster.png', alt: 'Boats' } };
const third = { title: { en: 'Winter Letters', ko: '겨울 편지' }, year: 2024, credits: { directors: ['Noor Haddad'] }, poster: { src: '/mock/poster.png', alt: '' } };

const threeFilms = {
  title: 'Three quiet films',
  items: [
    { film: quiet, note: 'The best hour of the year.' },
    { film: harbour, note: { en: 'Lights on water.', ko: '물 위의 불빛.' } },
    { film: third },
  ],
};

async function list(value: unknown, { lang = 'en', attrs = '', status = 'ready' as FilmList['status'] } = {}): Promise<FilmList> {
  const host = await fixture(html`<div lang=${lang}><h1>A post</h1><film-list></film-list></div>`);
  const el = host.querySelector('film-list')!;
  for (const attr of attrs.split(' ').filter(Boolean)) el.setAttribute(attr, '');
  el.list = value;
  return settled(el, status);
}

afterEach(() => document.head.querySelectorAll('script[data-film-jsonld]').forEach((s) => s.remove()));

describe('<film-list>', () => {
  it('ranks the films in order: an ordered list, a heading for the list and one for each film', async () => {
    const el = await list(threeFilms);
    const section = shadow(el).querySelector('section')!;
    expect(section.getAttribute('aria-labelledby')).to.equal('title');
    // Under the page's <h1>, the list's title is an <h2> and each film's an <h3>.
    expect(shadow(el).querySelector('#title')!.localName).to.equal('h2');
    expect(text(shadow(el).querySelector('#title'))).to.equal('Three quiet films');
    const ol = shadow(el).querySelector('ol')!;
    expect(ol.children.length).to.equal(3);
    expect([...ol.children].every((li) => li.localName === 'li')).to.equal(true);
    expect(all(el, '.film-title').every((h) => h.localName === 'h3')).to.equal(true);
    expect(titles(el)).to.deep.equal(['1 The Quiet Hour', '2 Harbour Lights', '3 Winter Letters']);
    // Title with its link, year and director, poster, note.
    const first = ol.children[0]!;
    expect(first.querySelector('a')!.getAttribute('href')).to.equal('https://films.example/quiet-hour');
    expect(text(first.querySelector('.about'))).to.equal('2021 · Directed by Ada Park and Bo Kim');
    expect(first.querySelector('img')!.getAttribute('alt')).to.equal('A lighthouse at dusk');
    expect(text(first.querySelector('.note'))).to.equal('The best hour of the year.');
    // No URL, no link; no note, no paragraph for one.
    expect(ol.children[1]!.querySelector('a')).to.equal(null);
    expect(ol.children[2]!.querySelector('.note')).to.equal(null);
    // Each entry's infobox waits behind a native disclosure, named with the film.
    const summary = first.querySelector('details > summary')!;
    expect(text(summary)).to.equal('Film information: The Quiet Hour');
    expect(first.querySelector('details')!.open).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('unranked, is a plain list without ranks', async () => {
    const el = await list(threeFilms, { attrs: 'unranked' });
    expect(shadow(el).querySelector('ol')).to.equal(null);
    expect(shadow(el).querySelector('ul.films')!.children.length).to.equal(3);
    expect(titles(el)).to.deep.equal(['The Quiet Hour', 'Harbour Lights', 'Winter Letters']);
    await expect(el).to.be.accessible();
  });

  it('opens a film’s infobox, whose code arrives on first opening, one heading level below the film', async () => {
    const el = await list(threeFilms);
    const details = shadow(el).querySelector('details.facts') as HTMLDetailsElement;
    (details.querySelector('summary') as HTMLElement).click();
    await waitUntil(() => customElements.get('film-infobox'), 'the infobox code arrives', { timeout: 5000 });
    const box = details.querySelector('film-infobox')!;
    await waitUntil(() => box.status === 'ready' && box.shadowRoot?.querySelector('h4'), 'the infobox is drawn', { timeout: 5000 });
    expect(text(box.shadowRoot!.querySelector('h4'))).to.equal('The Quiet Hour');
    await expect(el).to.be.accessible();
  });

  it('takes films by URL and by #id; one that cannot be had says so, and the rest of the list stands', async () => {
    const host = await fixture(html`<div><script type="application/json" id="harbour">${JSON.stringify(harbour)}</script>
      <film-list src="#the-list"></film-list>
      <script type="application/json" id="the-list">${JSON.stringify({ title: 'Given three ways', items: [
        { film: '/mock/film' }, { film: '#harbour' }, { film: '/mock/film?status=404', note: 'Gone.' }] })}</script></div>`);
    const el = await settled(host.querySelector('film-list')!, 'ready');
    expect(titles(el)).to.deep.equal(['1 Ballerina', '2 Harbour Lights', '3 This film information could not be shown']);
    const failed = shadow(el).querySelector('.failed')!;
    expect(text(failed.querySelector('.reason'))).to.equal(`The film data at ${new URL('/mock/film?status=404', location.href).href} was not found (404).`);
    expect(text(failed.querySelector('.note'))).to.equal('Gone.');
    expect(el.problems).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows loading while its list arrives; one film given alone is a list of one', async () => {
    const host = await fixture(html`<div><film-list src="/mock/film?delay=400"></film-list></div>`);
    const el = host.querySelector('film-list')!;
    await el.updateComplete;
    expect(el.status).to.equal('loading');
    expect(shadow(el).querySelector('[aria-busy="true"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await settled(el, 'ready');
    expect(titles(el)).to.deep.equal(['1 Ballerina']);
  });

  it('says clearly why data is no list, nor a film', async () => {
    const el = await list({ title: 'Broken', items: { film: 'one' } }, { status: 'error' });
    expect(text(shadow(el).querySelector('.reason'))).to.equal('The data is not a list of films: "items" is not a list');
    expect(shadow(el).querySelector('[role="alert"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    el.list = { heading: 'no film, no list' };
    await settled(el, 'error');
    expect(text(shadow(el).querySelector('.reason'))).to.match(/^The data does not describe a film: /);
  });

  it('says when it was given nothing, or a list of no films', async () => {
    const host = await fixture(html`<div><film-list></film-list></div>`);
    const el = await settled(host.querySelector('film-list')!, 'empty');
    await expect(el).to.be.accessible();
    el.list = '{ "title": "Nothing yet", "items": [] }';
    await settled(el, 'ready');
    expect(text(shadow(el).querySelector('.empty'))).to.equal('This list has no films.');
    await expect(el).to.be.accessible();
    el.list = '{ "items": ';
    await settled(el, 'error');
    expect(text(shadow(el).querySelector('.reason'))).to.match(/^The inline script is not valid JSON: /);
  });

  it('reports a film without a film and a note that is no text, with their paths', async () => {
    const el = await list({ items: [{ note: 'no film' }, { film: harbour, note: 42 }] });
    expect(titles(el)).to.deep.equal(['1 Harbour Lights']);
    expect(el.problems.map((p) => p.path)).to.deep.equal(['items[0].film', 'items[1].note']);
    // A list without a title is named all the same.
    expect(shadow(el).querySelector('section')!.getAttribute('aria-label')).to.equal('Films');
  });

  it('speaks Korean', async () => {
    const el = await list(threeFilms, { lang: 'ko' });
    expect(titles(el)).to.deep.equal(['1 The Quiet Hour', '2 Harbour Lights', '3 겨울 편지']);
    const second = shadow(el).querySelectorAll('li')[1]!;
    expect(text(second.querySelector('.about'))).to.equal('2019년 · 감독: Chae Min');
    expect(text(second.querySelector('.note'))).to.equal('물 위의 불빛.');
    expect(text(second.querySelector('summary'))).to.equal('영화 정보: Harbour Lights');
    await expect(el).to.be.accessible();
  });

  it('speaks Arabic, right to left', async () => {
    const el = await list(threeFilms, { lang: 'ar' });
    expect(el.getAttribute('dir')).to.equal('rtl');
    const first = shadow(el).querySelector('li')!;
    expect(getComputedStyle(first).direction).to.equal('rtl');
    expect(text(first.querySelector('summary'))).to.equal('معلومات الفيلم: The Quiet Hour');
    expect(text(first.querySelector('.about'))).to.contain('إخراج Ada Park');
    // The poster is at the start of the line: on the right.
    const [poster, body] = [first.querySelector('img')!.getBoundingClientRect(), first.querySelector('.body')!.getBoundingClientRect()];
    expect(poster.left).to.be.greaterThan(body.left);
    await expect(el).to.be.accessible();
  });

  it('is one column on a phone and a grid when wide', async () => {
    const el = await list(threeFilms);
    const tops = () => all(el, 'li').map((li) => Math.round(li.getBoundingClientRect().top));
    el.style.width = '360px';
    await waitUntil(() => new Set(tops()).size === 3, 'one column');
    el.style.width = '1000px';
    await waitUntil(() => new Set(tops()).size === 1, 'three in a row');
  });
});
