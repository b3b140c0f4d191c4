// Static HTML as a blogger pastes it (`film-elements render`'s, served by the test server from the
// built package) upgraded by the built loader in a fresh frame: kept node for node when it is what
// the element would draw, drawn afresh once when anything differs, never two boxes, never an error.
import { expect } from '@open-wc/testing';
import { text, waitUntil } from '../helpers.js';

const loader = '/dist/film-elements.loader.min.js';
const bundle = '/dist/film-elements.min.js';

interface Change { tag: string; type: string; removed: Node[]; added: Node[] }
interface Page extends Window {
  complaints: string[];
  notes: string[];
  changes: Change[];
  drawn: Map<Element, Node[]>;
}
type Shown = HTMLElement & { status?: string; updateComplete?: Promise<unknown>; film?: unknown };

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

const staticHtml = async (tag: string, query = '') => (await fetch(`/mock/static?tag=${tag}${query}`)).text();

/**
 * Opens `body` in a fresh frame whose page speaks `lang`, with the loader as the builder's snippet
 * loads it, and watches every widget's shadow root from before the upgrade: each change, every
 * uncaught error and console error or warning, and each note for the author (console.info).
 * `beforeUpgrade` runs in the page, after the widgets are parsed and before any script upgrades them.
 */
async function page(body: string, { lang = 'en', beforeUpgrade = '', scripts = [loader] } = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script>
    window.complaints = [];
    window.notes = [];
    window.changes = [];
    window.drawn = new Map();
    addEventListener('error', (e) => complaints.push('error: ' + e.message));
    addEventListener('unhandledrejection', (e) => complaints.push('rejection: ' + e.reason));
    for (const level of ['error', 'warn', 'info']) {
      const original = console[level].bind(console);
      console[level] = (...args) => {
        (level === 'info' ? notes : complaints).push(level + ': ' + args.join(' '));
        original(...args);
      };
    }
  </script>${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}</head><body>
  <h1>A post</h1>${body}
  <script>
    for (const el of [...document.querySelectorAll('body *')].filter((e) => e.shadowRoot)) {
      drawn.set(el, [...el.shadowRoot.childNodes]);
      new MutationObserver((records) => records.forEach((r) => changes.push({
        tag: el.localName, type: r.type + (r.attributeName ? ' ' + r.target.localName + ' ' + r.attributeName : ''), removed: [...r.removedNodes], added: [...r.addedNodes],
      }))).observe(el.shadowRoot, { childList: true, subtree: true, characterData: true, attributes: true });
    }
    ${beforeUpgrade}
  </script></body></html>`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Page;
}

/** Waits until every film element of the page shows its film, and a frame more. */
async function upgraded(win: Page): Promise<Shown[]> {
  const widgets = [...win.document.querySelectorAll<Shown>('body > *, body > div > *')].filter((e) => e.localName.includes('-'));
  await waitUntil(() => widgets.every((e) => e.status === 'ready' && e.updateComplete), 'not every widget upgraded', { timeout: 20000 });
  await Promise.all(widgets.map((e) => e.updateComplete));
  await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 50)));
  return widgets;
}

/** The boxes a widget shows: its shadow root's elements other than its styles. */
const boxes = (el: Element) => [...el.shadowRoot!.children].filter((e) => e.localName !== 'style');

/** Exactly one box, no error in the page, and at most one note for the author. */
function healthy(win: Page, el: Element): void {
  expect(boxes(el), 'one box').to.have.length(1);
  expect(win.complaints, 'errors and warnings in the page').to.deep.equal([]);
  expect(win.notes.length, `notes: ${win.notes}`).to.be.at.most(1);
}

/**
 * Drawn afresh once: each node of the static HTML but its styles removed once, and each node
 * added to the root still there (nothing was drawn and then thrown away).
 */
function redrawnOnce(win: Page, el: Element): void {
  const original = win.drawn.get(el)!.filter((n) => (n as Element).localName !== 'style');
  const removed = win.changes.flatMap((c) => c.removed);
  for (const node of original) expect(removed.filter((n) => n === node), 'each static node removed once').to.have.length(1);
  const added = win.changes.flatMap((c) => c.added).filter((n) => !original.includes(n));
  expect(added.filter((n) => n.parentNode === el.shadowRoot).length, 'the fresh render').to.be.greaterThan(0);
  expect(added.filter((n) => !n.isConnected), 'nodes drawn, then thrown away').to.deep.equal([]);
  expect(removed.filter((n) => !original.includes(n)), 'removed besides the static HTML').to.deep.equal([]);
  expect(original.some((n) => n.isConnected), 'no static node left').to.equal(false);
  expect(win.notes, 'one note for the author').to.have.length(1);
}

describe('static HTML that matches the page upgrades in place', () => {
  let tags: string[] = [];
  before(async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    tags = manifest.modules.flatMap((m: { declarations?: Array<{ tagName?: string }> }) =>
      (m.declarations ?? []).map((d) => d.tagName).filter(Boolean)).sort();
    expect(tags.length).to.be.greaterThan(5);
  });

  for (const lang of ['en', 'ko', 'ar']) {
    it(`every element, on a page in ${lang}: no node replaced, none changed`, async () => {
      const query = lang === 'en' ? '' : `&lang=${lang}`;
      const html = (await Promise.all(tags.map((tag) => staticHtml(tag, query)))).join('\n');
      const win = await page(html, { lang });
      const widgets = await upgraded(win);
      expect(widgets.map((w) => w.localName)).to.deep.equal(tags);
      for (const el of widgets) {
        expect(el.hasAttribute('rendered'), `${el.localName} kept its record (${win.notes})`).to.equal(true);
        expect(boxes(el), el.localName).to.have.length(1);
      }
      // The footnote markers' one Tab stop (focus.ts) is set once the element runs: behaviour, not
      // content; an element drawn inside another (a list's infoboxes) loses Lit's `defer-hydration`.
      const changed = [...new Set(win.changes.map((c) => `${c.tag} (${c.type})`))]
        .filter((c) => !c.endsWith('(attributes a tabindex)') && !c.endsWith(' defer-hydration)'));
      expect(changed, 'widgets whose shadow DOM changed').to.deep.equal([]);
      expect(win.complaints).to.deep.equal([]);
      expect(win.notes).to.deep.equal([]);
      // Hydrated, not merely left alone: the kept DOM follows a new film.
      const infobox = widgets.find((w) => w.localName === 'film-infobox')!;
      infobox.film = { title: 'Ballerina (restored)' };
      await infobox.updateComplete;
      expect(text(infobox.shadowRoot!.querySelector('[part~="title"]'))).to.equal('Ballerina (restored)');
    });
  }

  it('two copies of the library (the loader and the one-file bundle): one box each, no error', async () => {
    const html = await staticHtml('film-infobox') + await staticHtml('film-card');
    const win = await page(html, { scripts: [loader, bundle] });
    for (const el of await upgraded(win)) healthy(win, el);
    expect(text(win.document.querySelector('film-infobox')!.shadowRoot!.querySelector('[part~="title"]'))).to.equal('Ballerina');
  });
});

describe('static HTML that does not match is drawn afresh, once', () => {
  const title = (el: Element) => text(el.shadowRoot!.querySelector('[part~="title"]'));
  const labels = (el: Element) => [...el.shadowRoot!.querySelectorAll('dt')].map((dt) => text(dt));

  it('an English snippet on a Korean page: Korean words, one box, no error', async () => {
    const win = await page(await staticHtml('film-infobox'), { lang: 'ko' });
    const [el] = await upgraded(win);
    healthy(win, el!);
    redrawnOnce(win, el!);
    expect(labels(el!)).to.include('감독');
    expect(labels(el!)).not.to.include('Directed by');
    expect(el!.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('ko');
    expect(el!.hasAttribute('rendered'), 'the record that no longer holds goes').to.equal(false);
    expect(win.notes[0]).to.match(/<film-infobox>.*lang is en, here ko/);
  });

  it('a Korean snippet under an English section of a Korean page: English words', async () => {
    const win = await page(`<section lang="en">${await staticHtml('film-card', '&lang=ko').then((h) => h.replace(' lang="ko"', ''))}</section>`, { lang: 'ko' });
    const el = win.document.querySelector<Shown>('film-card')!;
    await waitUntil(() => el.status === 'ready' && !el.hasAttribute('rendered'), 'not redrawn', { timeout: 20000 });
    await el.updateComplete;
    healthy(win, el);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
  });

  it('an ancestor sets another direction', async () => {
    const win = await page(`<div dir="rtl">${await staticHtml('film-infobox')}</div>`);
    const [el] = await upgraded(win);
    healthy(win, el!);
    redrawnOnce(win, el!);
    expect(win.notes[0]).to.match(/dir is ltr, here rtl/);
    expect(getComputedStyle(el!.shadowRoot!.querySelector('[part~="base"]')!).direction).to.equal('rtl');
  });

  it('a newer film given by property before the upgrade', async () => {
    const win = await page(await staticHtml('film-infobox'), {
      beforeUpgrade: `document.querySelector('film-infobox').film = { title: 'Ballerina (restored)', runtime: 94 };`,
    });
    const [el] = await upgraded(win);
    healthy(win, el!);
    redrawnOnce(win, el!);
    expect(title(el!)).to.equal('Ballerina (restored)');
    expect(text(el!.shadowRoot!)).to.include('94');
  });

  it('a newer film at the src address', async () => {
    const win = await page(await staticHtml('film-infobox'), {
      beforeUpgrade: `document.querySelector('film-infobox').setAttribute('src', '/mock/film?delay=300&title=Ballerina%20(2024%20cut)');`,
    });
    const el = win.document.querySelector<Shown>('film-infobox')!;
    // While the new film is on its way, the reader keeps the static film.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(title(el)).to.equal('Ballerina');
    await upgraded(win);
    healthy(win, el);
    redrawnOnce(win, el);
    expect(title(el)).to.equal('Ballerina (2024 cut)');
  });

  it('the theme was changed in the snippet', async () => {
    const win = await page((await staticHtml('film-infobox')).replace('<film-infobox ', '<film-infobox theme="dark" '));
    const [el] = await upgraded(win);
    healthy(win, el!);
    redrawnOnce(win, el!);
    expect(win.notes[0]).to.match(/attributes is/);
  });

  it('the heading level was changed in the snippet', async () => {
    const win = await page((await staticHtml('film-infobox')).replace('<film-infobox ', '<film-infobox heading-level="4" '));
    const [el] = await upgraded(win);
    healthy(win, el!);
    redrawnOnce(win, el!);
    expect(el!.shadowRoot!.querySelector('[part~="title"]')!.localName).to.equal('h4');
  });

  it('the markup came from another version of the library', async () => {
    const win = await page((await staticHtml('film-infobox')).replace('version=0.1.0', 'version=0.0.9'));
    const [el] = await upgraded(win);
    healthy(win, el!);
    redrawnOnce(win, el!);
    expect(win.notes[0]).to.match(/version is 0\.0\.9, here 0\.1\.0/);
  });

  it('the markup carries no record (written before records were kept)', async () => {
    const win = await page((await staticHtml('film-infobox')).replace(/ rendered="[^"]*"/, ''));
    const [el] = await upgraded(win);
    healthy(win, el!);
    redrawnOnce(win, el!);
    expect(title(el!)).to.equal('Ballerina');
  });

  it('a CMS edited the text: a word changed, quotes curled', async () => {
    for (const [tag, edit, edited] of [
      ['film-infobox', (html: string) => html.replace('-->Ballerina<!--', '-->Ballerina!<!--'), 'Ballerina!'],
      ['review-card', (html: string) => html.replace('Jeon&#39;s cold', 'Jeon’s cold'), 'Jeon’s'],
    ] as const) {
      const html = edit(await staticHtml(tag));
      expect(html).to.include(edited);
      const win = await page(html);
      const [el] = await upgraded(win);
      healthy(win, el!);
      redrawnOnce(win, el!);
      expect(text(el!.shadowRoot!)).not.to.include(edited);
      frames.splice(0).forEach((f) => f.remove());
    }
  });

  it('a CMS added paragraphs and line breaks, and stripped comments', async () => {
    for (const edit of [
      (html: string) => html.replace(/(<template shadowrootmode="open">[^]*?<\/style>)/, '$1<p></p>').replace(/<\/dd>/, '<br /></dd>'),
      (html: string) => html.replace(/<!--[^]*?-->/g, ''),
    ]) {
      const win = await page(edit(await staticHtml('film-infobox')));
      const [el] = await upgraded(win);
      healthy(win, el!);
      redrawnOnce(win, el!);
      expect(el!.shadowRoot!.querySelectorAll('br, p:empty')).to.have.length(0);
      expect(title(el!)).to.equal('Ballerina');
      frames.splice(0).forEach((f) => f.remove());
    }
  });

  it('static HTML whose film cannot be had stays as the author rendered it', async () => {
    const win = await page((await staticHtml('film-infobox')).replace(/<script type="application\/json">[^]*?<\/script>/, ''));
    const el = win.document.querySelector<Shown>('film-infobox')!;
    await waitUntil(() => el.status === 'empty' || el.status === 'error', 'no state', { timeout: 20000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(title(el)).to.equal('Ballerina');
    expect(boxes(el)).to.have.length(1);
    expect(win.changes).to.deep.equal([]);
  });
});

describe('static HTML whose picture failed before the code arrived', () => {
  const film = (extra: object) => `&film=${encodeURIComponent(JSON.stringify({ title: 'Ballerina', ...extra }))}`;
  // Whole addresses: the film's record, which decides whether the markup is kept, holds them as written.
  const at = (path: string) => new URL(path, location.href).href;
  const missing = { src: at('/mock/missing.png'), alt: 'A dancer in the rain' };
  const poster = { src: at('/mock/poster.png?poster'), alt: 'Ok-ju in a dark corridor' };
  // On a site with no player to put in place, the link and its picture are kept, not drawn again.
  const trailer = {
    url: 'https://films.example/ballerina/trailer', name: 'Official trailer', thumbnail: { src: at('/mock/missing.png?still'), alt: 'A still' },
  };
  const shown = (el: Element) => el.shadowRoot!.querySelector('img');

  // The picture fails before the loader is added, so its `error` fires with no element code to
  // hear it: the upgrade must find it, and leave no blank box.
  for (const [tag, extra, drawn] of [
    ['film-card', { poster: missing }, (el: Element) => !shown(el) && !el.shadowRoot!.querySelector('.has-poster')],
    ['film-infobox', { poster: missing }, (el: Element) => !shown(el) && text(el.shadowRoot!.querySelector('[part~="poster"]')) === missing.alt],
    ['film-trailer', { poster, trailer }, (el: Element) => shown(el)?.getAttribute('src') === poster.src],
  ] as const) {
    it(`<${tag}>`, async () => {
      const win = await page(await staticHtml(tag, film(extra)), { scripts: [] });
      const el = win.document.querySelector<Shown>(tag)!;
      const img = shown(el)!;
      expect(img.getAttribute('src')).to.include('/mock/missing.png');
      await waitUntil(() => img.complete, 'the picture did not fail', { timeout: 4000 });
      win.document.head.append(Object.assign(win.document.createElement('script'), { src: loader }));
      await upgraded(win);
      await waitUntil(() => drawn(el), 'the broken picture stayed', { timeout: 4000 });
      expect(el.hasAttribute('rendered'), `taken up in place, not drawn afresh (${win.notes})`).to.equal(true);
      expect(text(el.shadowRoot!)).to.include(tag === 'film-trailer' ? 'Official trailer' : 'Ballerina');
      healthy(win, el);
    });
  }
});
