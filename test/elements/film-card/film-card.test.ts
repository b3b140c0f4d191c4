import type { FilmData, FilmInput } from '../../../src/model/types.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/film-card.js';
import type { FilmCard } from '../../../src/elements/film-card/film-card.js';
import { fixture, html, loadBallerina, settled, shadow, text, waitUntil } from '../../helpers.js';

const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const genres = (el: Element) => [...shadow(el).querySelectorAll('.genres li')].map((li) => text(li));

async function card(film: FilmData, lang = 'en', width = 320): Promise<FilmCard> {
  const host = await fixture(html`<div lang=${lang}><film-card style="width: ${width}px"></film-card></div>`);
  const el = host.querySelector('film-card')!;
  el.film = film;
  return settled(el, 'ready');
}

const full = {
  title: 'The Quiet Hour',
  url: 'https://films.example/quiet-hour',
  originalTitle: { text: '고요한 시간', lang: 'ko' },
  year: 2021,
  runtime: [{ value: 128 }, { value: 125 }],
  genres: ['Drama', 'Mystery'],
  credits: { directors: ['Ada Park', 'Bo Kim'] },
  poster: { src: '/mock/poster.png', alt: 'A lighthouse at dusk', width: 200, height: 300 },
  scores: [
    { source: 'Metacritic', value: 6.6, best: 10 },
    { source: 'Rotten Tomatoes', value: 80, best: 100, unit: 'percent' },
  ],
} satisfies FilmInput;

describe('<film-card>', () => {
  it('summarises Ballerina: year, runtime, genres, director and the headline score', async () => {
    const el = await card(await loadBallerina());
    const article = shadow(el).querySelector('article')!;
    expect(article.getAttribute('part')).to.equal('base');
    expect(article.getAttribute('aria-labelledby')).to.equal('title');
    const title = part(el, 'title')!;
    expect(title.id).to.equal('title');
    expect(text(title)).to.equal('Ballerina');
    // A real heading: on a page with no heading before it, at level 2 unless heading-level says otherwise.
    expect(title.localName).to.equal('h2');
    expect(text(part(el, 'facts'))).to.equal('2023 · 93 minutes');
    expect(part(el, 'facts')!.querySelector('time')!.getAttribute('datetime')).to.equal('2023');
    expect(part(el, 'genres')!.getAttribute('aria-label')).to.equal('Genres');
    expect(genres(el)).to.deep.equal(['action thriller', 'Action']);
    expect(text(part(el, 'directors'))).to.equal('Directed by Lee Chung-hyun');
    expect(text(part(el, 'score'))).to.equal('91% Rotten Tomatoes');
    // The data has no URL, no poster and no original title: none is invented.
    expect(part(el, 'link')).to.equal(null);
    expect(part(el, 'poster')).to.equal(null);
    expect(part(el, 'original-title')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks Korean', async () => {
    const el = await card(await loadBallerina(), 'ko');
    expect(text(part(el, 'facts'))).to.equal('2023년 · 93분');
    expect(part(el, 'genres')!.getAttribute('aria-label')).to.equal('장르');
    expect(text(part(el, 'directors'))).to.equal('Lee Chung-hyun 감독');
    expect(text(part(el, 'score'))).to.equal('91% Rotten Tomatoes');
    expect(shadow(el).querySelector('article')!.getAttribute('lang')).to.equal('ko');
    await expect(el).to.be.accessible();
  });

  it('links the title, shows the poster and original title, and gives a text alternative for the score', async () => {
    const el = await card(full);
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('https://films.example/quiet-hour');
    expect(text(link)).to.equal('The Quiet Hour');
    expect(shadow(el).querySelectorAll('a')).to.have.length(1);
    const poster = part(el, 'poster') as HTMLImageElement;
    expect(poster.getAttribute('alt')).to.equal('A lighthouse at dusk');
    expect(poster.getAttribute('src')).to.equal(new URL('/mock/poster.png', document.baseURI).href);
    const original = part(el, 'original-title')!;
    expect(text(original)).to.equal('Original title: 고요한 시간');
    expect(original.querySelector('.visually-hidden')).to.exist;
    expect(original.querySelector('[lang]')!.getAttribute('lang')).to.equal('ko');
    // The first runtime is the preferred one; the first score is the headline.
    expect(text(part(el, 'facts'))).to.equal('2021 · 128 minutes');
    expect(text(part(el, 'directors'))).to.equal('Directed by Ada Park and Bo Kim');
    const score = part(el, 'score')!;
    expect(text(score.querySelector('[aria-hidden="true"]'))).to.equal('6.6/10');
    expect(text(score.querySelector('.visually-hidden'))).to.equal('6.6 out of 10');
    expect(text(score.querySelector('.score-source'))).to.equal('Metacritic');
    await expect(el).to.be.accessible();
  });

  it('puts the link in the tab order, and the card has one stop', async () => {
    const host = await fixture(html`<div><button>before</button><film-card></film-card><button>after</button></div>`);
    const el = host.querySelector('film-card')!;
    el.film = full;
    await settled(el, 'ready');
    host.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    expect(shadow(el).activeElement).to.equal(part(el, 'link'));
    await sendKeys({ press: 'Tab' });
    expect(text(document.activeElement)).to.equal('after');
  });

  it('follows heading-level, kept between 1 and 6', async () => {
    const host = await fixture(html`<div><film-card heading-level="2"></film-card><film-card heading-level="9"></film-card></div>`);
    const [two, nine] = host.querySelectorAll('film-card');
    two.film = full;
    nine.film = full;
    await settled(two, 'ready');
    await settled(nine, 'ready');
    expect(part(two, 'title')!.localName).to.equal('h2');
    expect(part(nine, 'title')!.localName).to.equal('h6');
  });

  it('shows only the title when that is all it knows', async () => {
    const el = await card({ title: 'Only A Title' });
    expect(text(shadow(el).querySelector('article'))).to.equal('Only A Title');
    for (const name of ['poster', 'link', 'original-title', 'facts', 'genres', 'directors', 'score']) {
      expect(part(el, name), name).to.equal(null);
    }
    await expect(el).to.be.accessible();
  });

  it('lets a poster that does not load go, frame and all', async () => {
    for (const lang of ['en', 'ko']) {
      const el = await card({ ...full, poster: { ...full.poster, src: '/mock/missing.png' } }, lang);
      await waitUntil(() => !part(el, 'poster'), 'the broken image went');
      expect(shadow(el).querySelector('.has-poster')).to.equal(null);
      expect(text(part(el, 'facts'))).to.equal(lang === 'ko' ? '2021년 · 128분' : '2021 · 128 minutes');
      await expect(el).to.be.accessible();
    }
    const loaded = await card(full);
    const img = part(loaded, 'poster') as HTMLImageElement;
    await waitUntil(() => img.complete, 'the poster loaded');
    await loaded.updateComplete;
    expect(part(loaded, 'poster')).to.equal(img);
  });

  it('shows a runtime without a year, and a year without a runtime, without a stray separator', async () => {
    const a = await card({ title: 'A', runtime: 45 });
    expect(text(part(a, 'facts'))).to.equal('45 minutes');
    const b = await card({ title: 'B', year: 1999 });
    expect(text(part(b, 'facts'))).to.equal('1999');
    expect(shadow(b).querySelector('.dot')).to.equal(null);
  });

  it('leaves out an empty title rather than show an empty heading', async () => {
    const el = await card({ title: '', year: 2001 });
    expect(part(el, 'title')).to.equal(null);
    expect(shadow(el).querySelector('article')!.hasAttribute('aria-labelledby')).to.equal(false);
    expect(text(part(el, 'facts'))).to.equal('2001');
    await expect(el).to.be.accessible();
  });

  it('does not repeat an original title that is the title', async () => {
    const el = await card({ title: '발레리나', originalTitle: { text: '발레리나', lang: 'ko' } });
    expect(part(el, 'original-title')).to.equal(null);
  });

  it('renders hostile text as text and drops an unsafe link', async () => {
    const bad = '<img src=x onerror=alert(1)>';
    const el = await card({
      title: bad, url: 'javascript:alert(1)', genres: [bad], credits: { directors: [bad] },
      scores: [{ source: bad, value: 50, best: 100, unit: 'percent' }],
    });
    expect(text(part(el, 'title'))).to.equal(bad);
    expect(genres(el)).to.deep.equal([bad]);
    expect(text(part(el, 'directors'))).to.equal(`Directed by ${bad}`);
    expect(text(part(el, 'score'))).to.equal(`50% ${bad}`);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('a')).to.equal(null);
  });

  it('lays out in a row when wide, with the score at the end', async () => {
    const narrow = await card(full, 'en', 240);
    const wide = await card(full, 'en', 900);
    const box = (el: Element, name: string) => part(el, name)!.getBoundingClientRect();
    // Narrow: the score sits under the facts. Wide: beside them, at the end.
    expect(box(narrow, 'score').top).to.be.greaterThan(box(narrow, 'directors').bottom - 1);
    expect(box(wide, 'score').left).to.be.greaterThan(box(wide, 'directors').right);
    expect(box(wide, 'poster').width).to.equal(96);
    expect(box(narrow, 'poster').width).to.equal(64);
    await expect(wide).to.be.accessible();
  });

  it('shows the base empty state without data', async () => {
    const el = await fixture<FilmCard>(html`<film-card></film-card>`);
    await settled(el, 'empty');
    expect(text(shadow(el))).to.equal('No film data was given to this element.');
    await expect(el).to.be.accessible();
  });
});
