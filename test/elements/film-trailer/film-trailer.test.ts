import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/film-trailer.js';
import type { FilmTrailer } from '../../../src/elements/film-trailer/film-trailer.js';
import type { FilmData, FilmInput } from '../../../src/model/types.js';
import { fixture, html, loadBallerina, settled, shadow, text, waitUntil } from '../../helpers.js';

// The video sites and the companies behind them: nothing may be asked of them before play.
const VIDEO_SITES = /^https?:\/\/([^/]*\.)?(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com|google\.com|gstatic\.com|googleapis\.com|doubleclick\.net|ggpht\.com|vimeo\.com|vimeocdn\.com)(:\d+)?\//i;
// The reader reads addresses as the page resolves them.
const THUMBNAIL = new URL('/mock/poster.png?trailer-still', location.href).href;
const POSTER = new URL('/mock/poster.png?poster', location.href).href;
const PLAYER = 'https://www.youtube-nocookie.com/embed/AbCdEfGhIj0?autoplay=1';

const onYouTube = (trailer: Record<string, unknown> = {}, poster: Record<string, unknown> = { src: POSTER, alt: 'Ok-ju in a dark corridor', width: 200, height: 300 }): FilmData => ({
  title: 'Ballerina',
  year: 2023,
  poster: poster as FilmInput['poster'],
  trailer: { url: 'https://www.youtube.com/watch?v=AbCdEfGhIj0', name: 'Official trailer', thumbnail: { src: THUMBNAIL, alt: 'A still' }, ...trailer },
});

/**
 * Every request the page makes from now on, as the browser's resource timing records it: what
 * went to the network (or the cache), by address, in every engine.
 */
function watchRequests() {
  const requested: string[] = [];
  const observer = new PerformanceObserver((list) => requested.push(...list.getEntries().map((e) => e.name)));
  observer.observe({ type: 'resource' });
  return { requested, stop: () => observer.disconnect() };
}

// This page's policy refuses frames from other sites, as a page whose policy does not name the
// players does. So the player is asked for after play, and refused without a request leaving the
// browser: the refusal, reported, names what the frame asked for, and the test never reaches YouTube.
const refused: string[] = [];
before(() => {
  document.addEventListener('securitypolicyviolation', (e) => refused.push(e.blockedURI));
  document.head.append(Object.assign(document.createElement('meta'), { httpEquiv: 'Content-Security-Policy', content: "frame-src 'self'" }));
});
beforeEach(() => void (refused.length = 0));

async function trailer(film: FilmData, lang = 'en', width = 480): Promise<FilmTrailer> {
  const host = await fixture(html`<div lang=${lang} style="inline-size: ${width}px">
    <button class="before">before</button><film-trailer .film=${film}></film-trailer><p class="after">after</p></div>`);
  return settled(host.querySelector('film-trailer')!, 'ready');
}

const frame = (el: Element) => shadow(el).querySelector<HTMLElement>('.frame')!;
const play = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('button')!;
const player = (el: Element) => shadow(el).querySelector<HTMLIFrameElement>('iframe');
const picture = (el: Element) => shadow(el).querySelector<HTMLImageElement>('img')?.getAttribute('src');
const box = (node: Element) => JSON.stringify(node.getBoundingClientRect());
const loaded = (img: HTMLImageElement) => waitUntil(() => img.complete, 'the picture did not settle', { timeout: 4000 });

describe('<film-trailer>', () => {
  it('before play: a 16:9 frame with the trailer’s thumbnail and one play button, and no player', async () => {
    const el = await trailer(onYouTube());
    expect(shadow(el).querySelectorAll('button')).to.have.length(1);
    expect(text(play(el))).to.equal('Play trailer: Official trailer');
    expect(play(el).getAttribute('type')).to.equal('button');
    expect(picture(el)).to.equal(THUMBNAIL);
    // The button's words name it; the picture says nothing more.
    expect(shadow(el).querySelector('img')!.alt).to.equal('');
    expect(player(el)).to.equal(null);
    expect(document.querySelector('iframe'), 'no frame on the page').to.equal(null);
    const { width, height } = frame(el).getBoundingClientRect();
    expect(width).to.be.closeTo(478, 1);
    expect(height).to.be.closeTo((width * 9) / 16, 1);
    await expect(el).to.be.accessible();
  });

  it('asks nothing of YouTube, Google or Vimeo before play: its one request is the thumbnail the film names', async () => {
    const watch = watchRequests();
    try {
      // A picture this page has not loaded yet: one it holds already is not asked for again.
      const still = `${THUMBNAIL}-${Date.now()}`;
      const el = await trailer(onYouTube({ thumbnail: { src: still, alt: 'A still' } }));
      await loaded(shadow(el).querySelector('img')!);
      // The recorder sees the element's requests: the thumbnail's, and not the poster's.
      await waitUntil(() => watch.requested.includes(still), 'the thumbnail was not recorded', { timeout: 4000 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(watch.requested.filter((url) => VIDEO_SITES.test(url))).to.deep.equal([]);
      expect(watch.requested.filter((url) => url.endsWith(POSTER))).to.deep.equal([]);
      expect(refused, 'nothing asked for and refused').to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('on play: the youtube-nocookie player fills the same frame, titled, with focus in it; nothing moves', async () => {
    const el = await trailer(onYouTube());
    const after = el.parentElement!.querySelector('.after')!;
    const before = { host: box(el), frame: box(frame(el)), after: box(after) };
    const shifts: number[] = [];
    const layout = PerformanceObserver.supportedEntryTypes.includes('layout-shift')
      ? new PerformanceObserver((list) => shifts.push(...list.getEntries().map((e) => (e as PerformanceEntry & { value: number }).value)))
      : undefined;
    layout?.observe({ type: 'layout-shift' });
    const watch = watchRequests();
    play(el).click();
    await el.updateComplete;
    const iframe = player(el)!;
    expect(iframe.getAttribute('src')).to.equal(PLAYER);
    expect(iframe.title).to.equal('Trailer: Official trailer');
    expect(iframe.getAttribute('allow')).to.include('autoplay');
    expect(shadow(el).activeElement, 'focus moved into the player').to.equal(iframe);
    expect(shadow(el).querySelector('button, a, img'), 'the cover is gone').to.equal(null);
    expect({ host: box(el), frame: box(frame(el)), after: box(after) }).to.deep.equal(before);
    expect(box(iframe)).to.equal(box(frame(el)));
    // The page's policy refused the player: the frame asked for it, and for nothing else.
    await waitUntil(() => refused.length > 0, 'the player was not asked for', { timeout: 4000 });
    expect(refused.every((url) => url.startsWith('https://www.youtube-nocookie.com')), refused.join()).to.equal(true);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
    // Chromium lists the refused player in resource timing too (with no response); nothing else of
    // the video site is there, in any engine.
    expect(watch.requested.filter((url) => VIDEO_SITES.test(url) && url !== PLAYER), 'requests to the video site').to.deep.equal([]);
    watch.stop();
    layout?.disconnect();
    expect(shifts.reduce((a, b) => a + b, 0), 'layout shift (Chromium)').to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('plays from the keyboard alone: Tab reaches the button, and Enter or Space plays', async () => {
    for (const key of ['Enter', ' ']) {
      const el = await trailer(onYouTube());
      el.parentElement!.querySelector<HTMLButtonElement>('.before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement, 'Tab reaches the play button').to.equal(play(el));
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(player(el)?.getAttribute('src'), key).to.equal(PLAYER);
      expect(shadow(el).activeElement, `focus in the player after ${key}`).to.equal(player(el));
    }
  });

  it('plays a Vimeo trailer with dnt=1, and names it after the film when the trailer has no name', async () => {
    const el = await trailer({ title: 'Ballerina', trailer: 'https://vimeo.com/76979871' });
    expect(text(play(el))).to.equal('Play trailer: Ballerina');
    // No thumbnail and no poster: a dark frame with the play mark.
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(getComputedStyle(frame(el)).backgroundColor).to.equal('rgb(0, 0, 0)');
    await expect(el).to.be.accessible();
    play(el).click();
    await el.updateComplete;
    expect(player(el)!.getAttribute('src')).to.equal('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
    expect(player(el)!.title).to.equal('Trailer: Ballerina');
  });

  it('links to a trailer on any other site, with its thumbnail: nothing plays in place', async () => {
    const el = await trailer(onYouTube({ url: 'https://films.example/ballerina/trailer' }));
    expect(shadow(el).querySelector('button')).to.equal(null);
    const link = shadow(el).querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://films.example/ballerina/trailer');
    expect(text(link)).to.equal('Watch the trailer: Official trailer');
    expect(picture(el)).to.equal(THUMBNAIL);
    await expect(el).to.be.accessible();
  });

  it('shows the film’s poster when the trailer has no thumbnail, or when the thumbnail is missing', async () => {
    expect(picture(await trailer(onYouTube({ thumbnail: undefined })))).to.equal(POSTER);
    const el = await trailer(onYouTube({ thumbnail: { src: '/mock/missing.png', alt: 'A still' } }));
    await waitUntil(() => picture(el) === POSTER, 'the poster did not take the missing thumbnail’s place', { timeout: 4000 });
    const dark = await trailer(onYouTube({ thumbnail: { src: '/mock/missing.png', alt: 'A still' } }, { src: '/mock/also-missing.png', alt: 'A poster' }));
    await waitUntil(() => !shadow(dark).querySelector('img'), 'a missing picture stayed', { timeout: 4000 });
    expect(text(play(dark))).to.equal('Play trailer: Official trailer');
  });

  it('says so when the film gives no trailer address (the Ballerina data names none), in English, Korean and Arabic', async () => {
    const film = await loadBallerina();
    const words = { en: 'No trailer address is given for this film.', ko: '이 영화의 예고편 주소가 없습니다.', ar: 'لم يُذكر عنوان الإعلان الترويجي لهذا الفيلم.' };
    for (const [lang, said] of Object.entries(words)) {
      const el = await trailer(film, lang);
      expect(text(shadow(el).querySelector('.none'))).to.equal(said);
      expect(shadow(el).querySelector('button, a, iframe, img')).to.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it('speaks Korean: the button and the player’s title', async () => {
    const el = await trailer(onYouTube(), 'ko');
    expect(text(play(el))).to.equal('예고편 재생: Official trailer');
    expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('ko');
    await expect(el).to.be.accessible();
    play(el).click();
    await el.updateComplete;
    expect(player(el)!.title).to.equal('예고편: Official trailer');
    await expect(el).to.be.accessible();
  });

  it('speaks Arabic, right to left, with the play mark still in the middle and pointing right', async () => {
    const host = await fixture(html`<div lang="ar" dir="rtl" style="inline-size: 480px"><film-trailer .film=${onYouTube()}></film-trailer></div>`);
    const el = await settled(host.querySelector('film-trailer')!, 'ready');
    expect(text(play(el))).to.equal('تشغيل الإعلان الترويجي: Official trailer');
    const label = shadow(el).querySelector<HTMLElement>('.label')!;
    expect(getComputedStyle(label).direction).to.equal('rtl');
    const mark = shadow(el).querySelector('.icon')!.getBoundingClientRect();
    const whole = frame(el).getBoundingClientRect();
    expect(mark.left + mark.width / 2).to.be.closeTo(whole.left + whole.width / 2, 1);
    await expect(el).to.be.accessible();
    play(el).click();
    await el.updateComplete;
    expect(player(el)!.title).to.equal('الإعلان الترويجي: Official trailer');
    await expect(el).to.be.accessible();
  });

  it('shows the cover again for a new trailer, and follows the theme in the box around the frame', async () => {
    const el = await trailer(onYouTube());
    play(el).click();
    await el.updateComplete;
    el.film = onYouTube({ url: 'https://youtu.be/ZyXwVuTsRq9', name: 'Teaser' });
    await el.updateComplete;
    expect(player(el)).to.equal(null);
    expect(text(play(el))).to.equal('Play trailer: Teaser');
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    const base = shadow(el).querySelector('[part~="base"]')!;
    expect(getComputedStyle(base).borderTopColor).to.equal('rgb(61, 67, 75)');
    await expect(el).to.be.accessible();
  });
});
