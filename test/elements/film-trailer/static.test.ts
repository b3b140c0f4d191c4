// `film-elements render`'s static HTML of <film-trailer> (served by the test server from the
// built package): with JavaScript off it is a link to the video with its thumbnail; the loader
// then makes it the play button in the same box.
import { expect } from '@open-wc/testing';
import { text, waitUntil } from '../../helpers.js';

const WATCH = 'https://www.youtube.com/watch?v=AbCdEfGhIj0';
const film = {
  title: 'Ballerina',
  poster: { src: '/mock/poster.png?poster', alt: 'Ok-ju in a dark corridor', width: 200, height: 300 },
  trailer: { url: WATCH, name: 'Official trailer', thumbnail: { src: '/mock/poster.png?static-still', alt: 'A still' } },
};
const VIDEO_SITES = /^https?:\/\/([^/]*\.)?(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|google\.com|gstatic\.com|vimeo\.com|vimeocdn\.com)(:\d+)?\//i;

const staticHtml = async (lang = 'en') =>
  (await fetch(`/mock/static?tag=film-trailer&lang=${lang}&film=${encodeURIComponent(JSON.stringify(film))}`)).text();

type Page = Window & { complaints?: string[] };
const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/**
 * A page with `body` in a frame 520 px wide: with `scripts`, the builder's loader upgrades it;
 * without, the frame is sandboxed so that no script runs in it at all, as with JavaScript off.
 */
async function page(body: string, { scripts = false, lang = 'en' } = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'inline-size: 520px; block-size: 420px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${scripts
    // The player is refused by the page's policy, so that pressing play here never reaches YouTube.
    ? `<meta http-equiv="Content-Security-Policy" content="frame-src 'self'">
       <script>window.complaints = []; addEventListener('error', (e) => complaints.push(e.message));
       for (const level of ['error', 'warn']) { const o = console[level].bind(console); console[level] = (...a) => (complaints.push(a.join(' ')), o(...a)); }</script>
       <script src="/dist/film-elements.loader.min.js"></script>`
    : ''}</head><body style="margin: 0">${body}<p class="after">after</p></body></html>`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Page;
}

const trailerIn = (win: Window) => win.document.querySelector('film-trailer')!;
const rootOf = (win: Window) => trailerIn(win).shadowRoot!;
const frameBox = (win: Window) => JSON.stringify(rootOf(win).querySelector('.frame')!.getBoundingClientRect());

describe('<film-trailer> as static HTML', () => {
  it('with JavaScript off: a link to the video with its thumbnail, in a 16:9 frame, and nothing from the video site', async () => {
    const win = await page(await staticHtml());
    const root = rootOf(win);
    expect(root, 'declarative shadow DOM').to.be.ok;
    expect(win.customElements.get('film-trailer'), 'no script ran').to.equal(undefined);
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(WATCH);
    expect(text(link)).to.equal('Watch the trailer: Official trailer');
    expect(link.querySelector('img')!.getAttribute('src')).to.equal('/mock/poster.png?static-still');
    expect(root.querySelector('button, iframe')).to.equal(null);
    const { width, height } = root.querySelector('.frame')!.getBoundingClientRect();
    expect(width).to.be.closeTo(518, 1);
    expect(height).to.be.closeTo((width * 9) / 16, 1);
    const img = link.querySelector('img')!;
    await waitUntil(() => img.complete, 'the thumbnail did not load', { timeout: 4000 });
    const requested = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(requested.some((url) => url.endsWith('/mock/poster.png?static-still')), requested.join()).to.equal(true);
    expect(requested.filter((url) => VIDEO_SITES.test(url))).to.deep.equal([]);
  });

  it('speaks the language it was rendered in', async () => {
    const win = await page(await staticHtml('ko'), { lang: 'ko' });
    expect(text(rootOf(win).querySelector('a'))).to.equal('예고편 보기: Official trailer');
  });

  it('passes axe as it stands, before any script', async () => {
    // The same markup parsed into this page, where no script defines the element.
    const holder = document.createElement('div');
    holder.setHTMLUnsafe(await staticHtml());
    document.body.append(holder);
    try {
      expect(holder.querySelector('film-trailer')!.shadowRoot!.querySelector('a.cover')).to.be.ok;
      await expect(holder).to.be.accessible();
    } finally {
      holder.remove();
    }
  });

  it('becomes the play button in the same box once the loader runs, with no error', async () => {
    const html = await staticHtml();
    const off = await page(html);
    const before = frameBox(off);
    const win = await page(html, { scripts: true });
    const el = trailerIn(win) as HTMLElement & { status?: string };
    await waitUntil(() => el.status === 'ready' && rootOf(win).querySelector('button'), 'not upgraded to a play button', { timeout: 20000 });
    const button = rootOf(win).querySelector('button')!;
    expect(text(button)).to.equal('Play trailer: Official trailer');
    expect(rootOf(win).querySelectorAll('[part~="base"]')).to.have.length(1);
    expect(rootOf(win).querySelector('a')).to.equal(null);
    expect(frameBox(win)).to.equal(before);
    expect(win.complaints).to.deep.equal([]);
    button.click();
    await waitUntil(() => rootOf(win).querySelector('iframe'), 'no player after play', { timeout: 4000 });
    expect(rootOf(win).querySelector('iframe')!.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/AbCdEfGhIj0?autoplay=1');
    expect(frameBox(win)).to.equal(before);
  });
});
