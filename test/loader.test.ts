// The CDN path as a blogger's page meets it: the built scripts from dist/ (run `npm run build`
// first), each page in a fresh frame so every registration starts from nothing.
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers.js';

const bundle = '/dist/film-elements.min.js';
const loader = '/dist/film-elements.loader.min.js';

interface Page extends Window {
  defined: Record<string, number>;
  complaints: string[];
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/**
 * Opens `body` in a fresh same-origin frame that counts every `customElements.define` call per
 * tag and keeps every uncaught error, console error and console warning except the parser's
 * notes about the data.
 */
async function page(body: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>
    window.defined = {};
    window.complaints = [];
    const define = customElements.define.bind(customElements);
    customElements.define = (tag, ...rest) => { defined[tag] = (defined[tag] || 0) + 1; return define(tag, ...rest); };
    addEventListener('error', (e) => complaints.push('error: ' + e.message));
    addEventListener('unhandledrejection', (e) => complaints.push('rejection: ' + e.reason));
    for (const level of ['error', 'warn']) {
      const original = console[level].bind(console);
      console[level] = (...args) => {
        if (!String(args[0]).includes('problem(s) in the film data')) complaints.push(level + ': ' + args.join(' '));
        original(...args);
      };
    }
  </script></head><body>${body}</body></html>`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Page;
}

type Shown = Element & { status?: string };

/** Waits until every film element on the page has rendered the film. */
async function rendered(win: Page, tags: string[]): Promise<void> {
  await waitUntil(() => tags.every((tag) => {
    const el = win.document.querySelector<Shown>(tag);
    return el?.status === 'ready' && (el.shadowRoot?.textContent ?? '').trim() !== '';
  }), `not every element rendered: ${tags.filter((t) => win.document.querySelector<Shown>(t)?.status !== 'ready')}`,
  { timeout: 20000 });
}

/** Paths of the scripts the page fetched, from its resource timing log. */
const fetched = (win: Page) =>
  win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

let tags: string[];

before(async () => {
  // Every tag the full bundle registers: the loader must handle the same set.
  const win = await page(`<script type="module" src="${bundle}"></script>`);
  await waitUntil(() => Object.keys(win.defined).length > 0, 'the bundle registered nothing', { timeout: 20000 });
  tags = Object.keys(win.defined).sort();
  frames.splice(0).forEach((f) => f.remove());
});

describe('the CDN scripts, included twice or together in any order', () => {
  const orders: Record<string, string[]> = {
    'the bundle twice': [bundle, `${bundle}?copy`],
    'the loader twice': [loader, `${loader}?copy`],
    'the bundle, then the loader': [bundle, loader],
    'the loader, then the bundle': [loader, bundle],
    'loader, bundle, loader, bundle': [loader, bundle, `${loader}?copy`, `${bundle}?copy`],
  };
  for (const [name, scripts] of Object.entries(orders)) {
    it(`${name}: no error, one registration per tag, every element renders`, async () => {
      const elements = tags.map((tag) => `<${tag} src="/mock/film"></${tag}>`).join('\n');
      const win = await page(`${elements}\n${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('\n')}`);
      await rendered(win, tags);
      expect(Object.keys(win.defined).sort()).to.deep.equal(tags);
      for (const tag of tags) expect(win.defined[tag], tag).to.equal(1);
      expect(win.complaints).to.deep.equal([]);
      const title = win.document.querySelector('film-infobox')!.shadowRoot!.querySelector('[part~="title"]');
      expect(title?.textContent?.trim()).to.equal('Ballerina');
    });
  }

  it('a second copy of the bundle under another URL really runs, and registers nothing', async () => {
    // The URL is absolute: WebKit resolves an inline module's import() in a srcdoc frame against about:srcdoc.
    const win = await page(`<film-infobox src="/mock/film"></film-infobox>
      <script type="module" src="${bundle}"></script>
      <script type="module">
        const first = customElements.get('film-infobox');
        const second = await import('${location.origin}${bundle}?second');
        window.result = { distinct: second.FilmInfobox !== first, kept: customElements.get('film-infobox') === first };
      </script>`);
    await waitUntil(() => 'result' in win, 'the second copy did not load', { timeout: 20000 });
    expect((win as unknown as { result: object }).result).to.deep.equal({ distinct: true, kept: true });
    expect(win.defined['film-infobox']).to.equal(1);
    await rendered(win, ['film-infobox']);
    expect(win.complaints).to.deep.equal([]);
  });
});

describe('the lazy loader', () => {
  it('fetches only the code of the elements on the page, and loads one added later', async () => {
    const win = await page(`<film-infobox src="/mock/film"></film-infobox>
      <script type="module" src="${loader}"></script>`);
    await rendered(win, ['film-infobox']);
    const first = fetched(win);
    expect(first).to.include('/dist/cdn/film-infobox.js');
    const others = tags.filter((t) => t !== 'film-infobox');
    for (const tag of others) expect(first, tag).not.to.include(`/dist/cdn/${tag}.js`);
    expect(first).not.to.include('/dist/cdn/hydrate-support.js');
    expect(Object.keys(win.defined)).to.deep.equal(['film-infobox']);

    // An element added by script, nested in other markup, is seen and loaded.
    const later = others[0];
    const box = win.document.createElement('div');
    box.innerHTML = `<section><${later} src="/mock/film"></${later}></section>`;
    win.document.body.append(box);
    await rendered(win, [later]);
    expect(fetched(win)).to.include(`/dist/cdn/${later}.js`);
    for (const tag of others.slice(1)) expect(fetched(win), tag).not.to.include(`/dist/cdn/${tag}.js`);
    expect(Object.keys(win.defined).sort()).to.deep.equal(['film-infobox', later].sort());
    expect(win.complaints).to.deep.equal([]);
  });

  it('loads nothing but itself on a page without film elements, until one appears', async () => {
    const win = await page(`<p>No films here.</p><script type="module" src="${loader}"></script>`);
    await waitUntil(() => fetched(win).includes(loader), 'the loader was not fetched', { timeout: 20000 });
    expect(fetched(win).filter((p) => p.startsWith('/dist/'))).to.deep.equal([loader]);
    win.document.body.insertAdjacentHTML('beforeend', '<film-infobox src="/mock/film"></film-infobox>');
    await rendered(win, ['film-infobox']);
    expect(Object.keys(win.defined)).to.deep.equal(['film-infobox']);
  });

  it('fetches a list\'s infobox on first opening as the infobox\'s own file, which registers it once', async () => {
    const list = { items: [{ film: { title: 'The Quiet Hour', year: 2021 } }, { film: { title: 'Harbour Lights', year: 2019 } }] };
    const win = await page(`<film-list><script type="application/json">${JSON.stringify(list)}</script></film-list>
      <script type="module" src="${loader}"></script>`);
    await rendered(win, ['film-list']);
    const infobox = () => fetched(win).filter((p) => p.includes('infobox'));
    expect(infobox()).to.deep.equal([]);
    const shown = win.document.querySelector('film-list')!.shadowRoot!;
    const entries = shown.querySelectorAll('details');
    entries[0]!.open = true;
    await waitUntil(() => shown.querySelector<Shown>('film-infobox')?.status === 'ready', 'the infobox shows', { timeout: 20000 });
    expect(shown.querySelector('film-infobox')!.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('The Quiet Hour');
    entries[1]!.open = true;
    // One file, no chunk of its own beside it: what else it needs, the list's page had already.
    expect(infobox()).to.deep.equal(['/dist/cdn/film-infobox.js']);
    expect(win.defined).to.deep.equal({ 'film-list': 1, 'film-infobox': 1 });
    expect(win.complaints).to.deep.equal([]);
  });

  it('loads the browser\'s date data in the widget\'s language while the widget\'s code is on its way', async () => {
    // Each formatter the page makes, with its language and when; the element's file takes 300 ms.
    const win = await page(`<script>
        window.formatters = [];
        Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
          construct: (made, args) => (formatters.push([args[0], performance.now()]), Reflect.construct(made, args)),
        });
      </script>
      <script src="/mock/slow-dist/film-elements.loader.min.js"></script><film-card lang="ko" src="/mock/film"></film-card>`);
    await rendered(win, ['film-card']);
    // (A tag no other test here loads from the slow edge, whose file a cache would hand over at once.)
    const element = win.performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === '/mock/slow-dist/cdn/film-card.js')!;
    const [first] = (win as unknown as { formatters: [string, number][] }).formatters;
    expect(first![0]).to.equal('ko');
    expect(first![1]).to.be.below((element as PerformanceResourceTiming).responseEnd);
  });

  it('fetches an element\'s chunks beside the element, not after it: page, loader, element are three requests deep', async () => {
    // The element's own file is slow to come (300 ms), as from a distant CDN edge.
    const win = await page(`<script src="/mock/slow-dist/film-elements.loader.min.js"></script><film-infobox src="/mock/film"></film-infobox>`);
    await rendered(win, ['film-infobox']);
    const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const element = entries.find((e) => new URL(e.name).pathname === '/mock/slow-dist/cdn/film-infobox.js')!;
    const chunks = entries.filter((e) => new URL(e.name).pathname.startsWith('/mock/slow-dist/cdn/chunks/'));
    const names = chunks.map((e) => new URL(e.name).pathname.replace(/^\/mock\/slow-dist\/cdn\/chunks\/|-[\w-]{8}\.js$/g, ''));
    expect(names).to.include.members(['core', 'lit']);
    // What an English infobox given film JSON never needs is not fetched: other languages, the
    // JSON-LD reader and writer, the readers of sections it does not show.
    for (const unneeded of ['ko', 'ja', 'jsonld-reader', 'jsonld-writer', 'reception', 'accolades', 'plot']) expect(names).not.to.include(unneeded);
    // Each chunk was asked for before the element's file had arrived, so no request waits on it.
    for (const chunk of chunks) expect(chunk.startTime, chunk.name).to.be.below(element.responseEnd);
    // So was the code that fetches the film at its `src`, which only a page that gives one needs.
    const fetching = entries.find((e) => new URL(e.name).pathname === '/mock/slow-dist/cdn/fetch-text.js')!;
    expect(fetching.startTime).to.be.below(element.responseEnd);
    const preloaded = [...win.document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href);
    expect(preloaded).to.have.members([element.name, fetching.name, ...chunks.map((e) => e.name)]);
  });
});
