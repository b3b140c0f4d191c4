// What a page fetches to read its film, through the built loader and dist/cdn/ (run `npm run
// build` first): film JSON as `import` writes it is read on the fast path, and the forgiving
// reader (the read-full chunk: CMS repairs, values written as words, problems and messages) is
// fetched only by a page whose JSON needs it, such as one a WordPress editor curled.
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers.js';
import { clean, wordpressed } from './model/wordpress.js';

const loader = '/dist/film-elements.loader.min.js';
const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

type Shown = Element & { status?: string };

/** Opens `body` with the loader in a fresh frame, and waits until each element of `tags` has rendered. */
async function page(body: string, tags: string[], from = loader): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${body}
    <script type="module" src="${from}"></script></body></html>`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await waitUntil(() => tags.every((tag) => [...win.document.querySelectorAll<Shown>(tag)].every((el) =>
    ['ready', 'error'].includes(el.status!) && (el.shadowRoot?.textContent ?? '').trim() !== '')), `not every element rendered`, { timeout: 20000 });
  return win;
}

/** The names of the CDN chunks the page fetched (`core`, `read-full`…), from its resource timing log. */
const chunks = (win: Window) => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)
  .filter((path) => path.startsWith('/dist/cdn/chunks/')).map((path) => path.replace(/^\/dist\/cdn\/chunks\/|-[\w-]{8}\.js$/g, ''));

/** What each element shows, in the page's order. */
const shown = (win: Window, tags: string[]) => tags.flatMap((tag) =>
  [...win.document.querySelectorAll(tag)].map((el) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim()));

describe('the forgiving reader, fetched on demand', () => {
  it('a page with film JSON as `import` writes it fetches no forgiving code', async () => {
    const win = await page(`<film-infobox src="/mock/film"></film-infobox><review-card src="/mock/film"></review-card>
      <film-infobox><script type="application/json">${JSON.stringify(clean)}</script></film-infobox>`, ['film-infobox', 'review-card']);
    expect(chunks(win)).to.include('core');
    expect(chunks(win)).not.to.include('read-full');
    expect(chunks(win)).not.to.include('jsonld-reader');
  });

  it('a page whose JSON was curled and broken into <br /> lines shows the same text as the clean one', async () => {
    const tags = ['film-infobox', 'review-card'];
    const json = `<script type="application/json">${JSON.stringify(clean, null, 2)}</script>`;
    const plain = await page(tags.map((tag) => `<${tag}>${json}</${tag}>`).join(''), tags);
    expect(chunks(plain)).not.to.include('read-full');
    // Nor the code that fetches a film at an address, which a page with its film inside never needs.
    expect(plain.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)).not.to.include('/dist/cdn/fetch-text.js');
    // The editor stripped the script tag, so the JSON is the element's own text, as wpautop and
    // wptexturize left it.
    const curled = await page(tags.map((tag) => `<${tag}>${wordpressed}</${tag}>`).join(''), tags);
    expect(chunks(curled)).to.include('read-full');
    expect(shown(curled, tags)).to.deep.equal(shown(plain, tags));
    expect(shown(curled, tags).join(' ')).to.include('When it comes to “Ballerina,” I’d watch it again…');
  });

  it('a curled page whose forgiving reader could not be fetched says so, in the reader\'s words', async () => {
    const win = await page(`<film-infobox>${wordpressed}</film-infobox>`, ['film-infobox'], '/mock/unforgiving-dist/film-elements.loader.min.js');
    const infobox = win.document.querySelector<Shown>('film-infobox')!;
    expect(infobox.status).to.equal('error');
    expect(shown(win, ['film-infobox'])[0]).to.include('The part of the widget that reads this film could not be loaded. Check your connection and reload the page.');
    expect(shown(win, ['film-infobox'])[0]).not.to.include('JSON-LD');
  });
});
