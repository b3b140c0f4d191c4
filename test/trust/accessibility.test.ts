/**
 * Accessibility of every element in `elements.ts`: axe in every state, scheme and locale;
 * every control reached by Tab, operated by Enter and Space, with a visible focus ring (also
 * under forced colours); names and roles read from the browser's accessibility tree.
 */
import type { FilmData } from '../../src/model/types.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import type { FilmElement } from '../../src/core/film-element.js';
import { loadBallerina } from '../helpers.js';
import { trustedElements, type TrustedElement } from './elements.js';
import { deepActive, isChromium, mountAll, partialFilm, richFilm, settle, uid, type Json } from './fixtures.js';

const schemes = ['light', 'dark'] as const;
const locales = ['en', 'ko'] as const;

interface AxNode {
  role?: string;
  name?: string;
  expanded?: boolean;
  children?: AxNode[];
}

/** Every node of an accessibility snapshot, depth first. */
function* axNodes(node: AxNode | null | undefined): Generator<AxNode> {
  if (!node) return;
  yield node;
  for (const child of node.children ?? []) yield* axNodes(child);
}

/** The states every element is checked in, each set up on a freshly mounted set. */
const states: Record<string, (elements: FilmElement[], films: { ballerina: Json; rich: Json }) => Promise<void>> = {
  async loading(elements) {
    for (const el of elements) el.src = `/mock/film?delay=10000&id=${uid()}`;
    await Promise.all(elements.map((el) => settle(el, 'loading')));
  },
  async ready(elements, { ballerina }) {
    for (const el of elements) el.film = ballerina as unknown as FilmData;
    await Promise.all(elements.map((el) => settle(el, 'ready')));
  },
  async 'ready, with links, images and filters'(elements, { rich }) {
    for (const el of elements) el.film = rich as unknown as FilmData;
    await Promise.all(elements.map((el) => settle(el, 'ready')));
  },
  async error(elements) {
    for (const el of elements) el.src = `/mock/film?status=500&id=${uid()}`;
    await Promise.all(elements.map((el) => settle(el, 'error')));
  },
  async empty(elements) {
    await Promise.all(elements.map((el) => settle(el, 'empty')));
  },
  async partial(elements) {
    const film = partialFilm();
    for (const el of elements) el.film = film as unknown as FilmData;
    await Promise.all(elements.map((el) => settle(el, 'ready')));
  },
};

describe('accessibility: axe', function () {
  this.timeout(60000);
  let films: { ballerina: Json; rich: Json };
  before(async () => {
    films = { ballerina: await loadBallerina(), rich: await richFilm() };
  });

  for (const [state, enter] of Object.entries(states)) {
    it(`finds nothing in the ${state} state, in both schemes and both locales, for every element`, async () => {
      for (const lang of locales) {
        for (const theme of schemes) {
          const { box, elements } = await mountAll(trustedElements, { lang, theme });
          await enter(elements, films);
          // Every element has something on screen in this state.
          for (const el of elements) {
            if (el.localName === 'film-hatnote' && el.status === 'ready') continue; // says nothing without other films
            expect(el.shadowRoot!.textContent!.trim(), `<${el.localName}> ${state} ${lang} ${theme}`).to.not.equal('');
          }
          await expect(box, `${state}, ${lang}, ${theme}`).to.be.accessible();
          box.remove();
        }
      }
    });
  }

  it('finds nothing in each element\'s own states (revealed spoilers, sorted and filtered tables)', async () => {
    // Round k holds each element's k-th state, so no two copies of one element share a page
    // (two identical landmarks would be a finding of the test's making).
    const rounds = Math.max(0, ...trustedElements.map((entry) => entry.states?.length ?? 0));
    for (let k = 0; k < rounds; k++) {
      const round = trustedElements.filter((entry) => entry.states?.[k]).map((entry) => ({ entry, state: entry.states![k]! }));
      for (const lang of locales) {
        for (const theme of schemes) {
          const entries = round.map(({ entry, state }) => ({ ...entry, attrs: { ...entry.attrs, ...state.attrs } }));
          const { box, elements } = await mountAll(entries, { lang, theme });
          for (const el of elements) el.film = films.rich as unknown as FilmData;
          await Promise.all(elements.map((el) => settle(el, 'ready')));
          for (const [i, el] of elements.entries()) await round[i]!.state.act?.(el);
          await Promise.all(elements.map((el) => el.updateComplete));
          await expect(box, `${round.map((x) => `<${x.entry.tag}> ${x.state.name}`).join('; ')}, ${lang}, ${theme}`).to.be.accessible();
          box.remove();
        }
      }
    }
  });
});

/**
 * Whether the keyboard focus is drawn: an outline on the control or on a pseudo-element it
 * draws (a card-wide link rings the card), or, outside forced colours, a shadow.
 */
function focusDrawn(node: Element, forced: boolean): boolean {
  return [undefined, '::before', '::after'].some((pseudo) => {
    const style = getComputedStyle(node, pseudo);
    if (pseudo && (style.content === 'none' || style.content === 'normal')) return false;
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    return outline || (!forced && style.boxShadow !== 'none');
  });
}

/** Whether `node` waits inside a closed `<details>` (its summary excepted), out of sight. */
const inClosedDetails = (node: Element) => {
  const closed = node.closest('details:not([open])');
  return !!closed && !closed.querySelector(':scope > summary')?.contains(node);
};

/**
 * The shadow root's controls that a reader can see and reach by Tab. Footnote markers that share
 * one Tab stop (the infobox's) count once: the one holding `tabindex="0"`.
 */
const tabbable = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('a[href], button, select, summary, input, textarea, [tabindex]')]
    .filter((node) => node.getAttribute('tabindex') !== '-1')
    .filter((node) => !(node as HTMLButtonElement).disabled && node.getClientRects().length > 0 && !inClosedDetails(node));

/** Mounts the entry between two page buttons, fed the rich film, in a column `width` wide. */
async function between(entry: TrustedElement, theme: 'light' | 'dark', film: Json, width = 720) {
  const page = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><button id="before">before</button><div class="slot"></div><button id="after">after</button></div>`);
  const { box, elements } = await mountAll([entry], { theme });
  page.querySelector('.slot')!.append(box);
  const el = elements[0]!;
  el.film = film as unknown as FilmData;
  await settle(el, 'ready');
  return { page, el };
}

/** Mounts the entry where `selector` is on screen: a wide column, else a narrow one (a control only a phone needs). */
async function showing(entry: TrustedElement, film: Json, selector: string) {
  for (const width of [720, 300]) {
    const mounted = await between(entry, 'light', film, width);
    const control = mounted.el.shadowRoot!.querySelector<HTMLElement>(selector);
    if (control && control.getClientRects().length) return { ...mounted, control };
    mounted.page.remove();
  }
  throw new Error(`<${entry.tag}> never shows ${selector}`);
}

/** Tabs from the button before the element to the one after it; returns what was focused inside. */
async function tabThrough(page: HTMLElement, el: FilmElement, forced: boolean) {
  page.querySelector<HTMLButtonElement>('#before')!.focus();
  const reached: Element[] = [];
  const undrawn: string[] = [];
  for (let i = 0; i < 200; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (!active || active.id === 'after') break;
    if (active.getRootNode() === el.shadowRoot) {
      reached.push(active);
      if (!focusDrawn(active, forced)) undrawn.push(active.outerHTML.slice(0, 80));
    }
  }
  return { reached, undrawn };
}

/** The key as sendKeys names it: the space bar is ' ' (WebDriver BiDi knows no "Space"). */
const keyOf = (key: string) => (key === 'Space' ? ' ' : key);

/** A render's fingerprint, to see that a key did something. */
const snapshot = (el: Element) => el.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '');

describe('accessibility: keyboard', function () {
  this.timeout(60000);
  let rich: Json;
  before(async () => {
    rich = await richFilm();
  });

  for (const entry of trustedElements) {
    it(`<${entry.tag}>: every control is reached by Tab with its focus drawn, in both schemes`, async () => {
      for (const theme of schemes) {
        const { page, el } = await between(entry, theme, rich);
        const expected = tabbable(el);
        for (const selector of entry.controls ?? []) {
          expect(el.shadowRoot!.querySelector(selector), `<${entry.tag}> has ${selector}`).to.not.equal(null);
        }
        const { reached, undrawn } = await tabThrough(page, el, false);
        const missed = expected.filter((node) => !reached.includes(node)).map((node) => node.outerHTML.slice(0, 80));
        expect(missed, `<${entry.tag}> ${theme}: controls Tab never reached`).to.deep.equal([]);
        expect(undrawn, `<${entry.tag}> ${theme}: focus without a visible ring`).to.deep.equal([]);
        page.remove();
      }
    });

    it(`<${entry.tag}>: every control works from the keyboard`, async () => {
      const clicks: EventTarget[] = [];
      // Links are followed no further than their click: the test page stays.
      const stop = (event: Event) => {
        clicks.push(event.composedPath()[0]!);
        const link = event.composedPath().find((n) => n instanceof HTMLAnchorElement) as HTMLAnchorElement | undefined;
        if (link && !link.getAttribute('href')!.startsWith('#')) event.preventDefault();
      };
      window.addEventListener('click', stop, true);
      try {
        for (const selector of entry.controls ?? []) {
          const what = `<${entry.tag}> ${selector}`;
          const kind = (await showing(entry, rich, selector)).control.localName;
          // Each key on a fresh mount: a control may move focus on (revealed text takes it).
          for (const key of kind === 'a' ? ['Enter'] : kind === 'select' ? ['ArrowDown'] : ['Enter', 'Space']) {
            const { page, el, control } = await showing(entry, rich, selector);
            control.focus();
            expect(deepActive() === control, `${what} takes focus`).to.equal(true);
            const before = [snapshot(el), (control as HTMLSelectElement).value];
            clicks.length = 0;
            await sendKeys({ press: keyOf(key) });
            await el.updateComplete;
            if (control instanceof HTMLAnchorElement) {
              expect(clicks.some((target) => control.contains(target as Node)), `${what} follows on Enter`).to.equal(true);
              const href = control.getAttribute('href')!;
              if (href.startsWith('#')) {
                const target = el.shadowRoot!.getElementById(href.slice(1));
                expect(!!target && deepActive() === target, `${what} moves focus to its target`).to.equal(true);
              }
            } else {
              if (control instanceof HTMLSelectElement) expect(control.value, `${what} changes with ${key}`).to.not.equal(before[1]);
              expect(snapshot(el) !== before[0], `${what} responds to ${key}`).to.equal(true);
            }
            page.remove();
          }
        }
      } finally {
        window.removeEventListener('click', stop, true);
      }
    });
  }

  it('keeps focus visible under forced colours, for every element (Chromium)', async function () {
    if (!isChromium()) this.skip(); // forced-colors emulation is a Chromium DevTools command
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
      for (const entry of trustedElements) {
        const { page, el } = await between(entry, 'dark', rich);
        const expected = tabbable(el);
        const { reached, undrawn } = await tabThrough(page, el, true);
        expect(reached.length, `<${entry.tag}> controls reached`).to.equal(expected.length);
        expect(undrawn, `<${entry.tag}>: focus without an outline under forced colours`).to.deep.equal([]);
        page.remove();
      }
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('retries a failed src from the keyboard, Enter or Space, for every element', async () => {
    const { elements } = await mountAll(trustedElements);
    for (const el of elements) el.src = `/mock/film?failOnce=${uid()}`;
    await Promise.all(elements.map((el) => settle(el, 'error')));
    for (const [i, el] of elements.entries()) {
      const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry"]');
      expect(retry, `<${el.localName}> offers a retry`).to.not.equal(null);
      retry!.focus();
      await sendKeys({ press: i % 2 ? ' ' : 'Enter' });
      await settle(el, 'ready');
    }
  });

  it('keeps focus on the sort button, and on a row\'s link, when the accolade table re-sorts', async function () {
    const entry = trustedElements.find((e) => e.tag === 'accolade-table');
    if (!entry) this.skip();
    const { page, el } = await between(entry!, 'light', rich);
    const button = () => el.shadowRoot!.querySelector<HTMLButtonElement>('button.sort[data-column="award"]')!;
    const first = button();
    first.focus();
    for (const [key, sort] of [['Enter', 'award'], ['Space', '-award'], ['Enter', null]] as const) {
      await sendKeys({ press: keyOf(key) });
      await el.updateComplete;
      expect(el.getAttribute('sort'), `${key} cycles the sort`).to.equal(sort);
      expect(deepActive() === first, `focus stays on the award button after ${key}`).to.equal(true);
      expect(first.isConnected).to.equal(true);
    }
    // A link in a row keeps focus while the rows move under it.
    el.setAttribute('sort', 'category');
    await el.updateComplete;
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('td.recipients a[href]')!;
    expect(!!link, 'a recipient link').to.equal(true);
    link.focus();
    for (const sort of ['-category', 'award', '-award', 'result', '-date']) {
      el.setAttribute('sort', sort);
      await el.updateComplete;
      expect(deepActive() === link, `focus stays on the row's link sorted by ${sort}`).to.equal(true);
    }
    page.remove();
  });
});

describe('accessibility: the accessibility tree (Chromium)', function () {
  this.timeout(30000);
  let rich: Json;
  before(async function () {
    if (!isChromium()) this.skip(); // a11ySnapshot needs the DevTools accessibility domain
    rich = await richFilm();
  });

  /** Mounts one element alone on the page and returns the page's accessibility tree. */
  async function tree(tag: string, attrs: Record<string, string> = {}, act?: (el: FilmElement) => Promise<void> | void, full = false) {
    const entry = trustedElements.find((e) => e.tag === tag);
    if (!entry) return undefined;
    const { box, elements } = await mountAll([{ ...entry, attrs: { ...entry.attrs, ...attrs } }]);
    const el = elements[0]!;
    el.film = rich as unknown as FilmData;
    await settle(el, 'ready');
    await act?.(el);
    await el.updateComplete;
    // The full tree has the tables and lists that a11ySnapshot leaves out as uninteresting.
    const root = (full ? await executeServerCommand('a11y-full-tree') : await a11ySnapshot({})) as AxNode;
    box.remove();
    return root;
  }

  it('gives each score a text alternative, not a bare figure', async function () {
    const root = await tree('film-scores');
    if (!root) this.skip();
    const names = [...axNodes(root)].map((n) => n.name ?? '');
    expect(names.some((n) => /Rotten Tomatoes/.test(n)), 'the aggregator is named').to.equal(true);
    expect(names.some((n) => /\b91\s*%/.test(n)), 'the score is read as a percentage').to.equal(true);
    expect(names.some((n) => /6\.6 out of 10/.test(n)), 'the average is read on its scale').to.equal(true);
    // The bars are decoration: nothing in the tree is an unnamed image.
    expect([...axNodes(root)].filter((n) => n.role === 'image' || n.role === 'img').filter((n) => !n.name)).to.deep.equal([]);
  });

  it('gives a review\'s rating a text alternative', async function () {
    const root = await tree('review-card', { review: '0' });
    if (!root) this.skip();
    const names = [...axNodes(root)].map((n) => n.name ?? '');
    expect(names.some((n) => /out of/.test(n)), `a rating read as "… out of …": ${names.join(' | ')}`).to.equal(true);
  });

  it('exposes the accolade table as a table with named, sortable column headers', async function () {
    const root = await tree('accolade-table', {}, undefined, true);
    if (!root) this.skip();
    const table = findAccessibilityNode<AxNode>(root as never, (n) => n.role === 'table');
    expect(table, 'a table').to.not.equal(null);
    // The heading names the region and the table (aria-labelledby); no caption repeats it.
    expect(table!.name ?? '').to.equal('Accolades for Ballerina');
    const heading = findAccessibilityNode<AxNode>(root as never, (n) => n.role === 'heading');
    expect(heading?.name).to.equal('Accolades for Ballerina');
    expect([...axNodes(root)].filter((n) => !['StaticText', 'InlineTextBox', 'text'].includes(n.role ?? '') && n.name === 'Accolades for Ballerina')
      .map((n) => n.role).sort(), 'what carries the title').to.deep.equal(['heading', 'region', 'table']);
    const headers = [...axNodes(table)].filter((n) => n.role === 'columnheader').map((n) => n.name);
    expect(headers).to.deep.equal(['Award', 'Date of ceremony', 'Category', 'Recipient(s)', 'Result', 'Ref.']);
    const buttons = [...axNodes(table)].filter((n) => n.role === 'button').map((n) => n.name);
    expect(buttons, 'the sortable headers are buttons').to.deep.equal(['Award', 'Date of ceremony', 'Category', 'Result']);
    expect([...axNodes(table)].filter((n) => n.role === 'rowheader').length, 'rows name their award').to.be.greaterThan(0);
    const combos = [...axNodes(root)].filter((n) => n.role === 'combobox').map((n) => n.name);
    expect(combos).to.include.members(['Result', 'Award']);
  });

  it('exposes the advisories as named, nested lists', async function () {
    const root = await tree('content-advisory', {}, undefined, true);
    if (!root) this.skip();
    const lists = [...axNodes(root)].filter((n) => n.role === 'list').map((n) => n.name);
    expect(lists).to.include.members(['Contains', 'Dialog', 'Violence', 'Sexual content', 'Miscellaneous']);
    const items = [...axNodes(root)].filter((n) => n.role === 'listitem').length;
    expect(items, 'one item per category and per advisory').to.be.at.least(4 + 9);
  });

  it('exposes the spoiler guards as collapsed disclosures that expand', async function () {
    // A <summary> is a disclosure control (Chromium's role DisclosureTriangle), named by the
    // words its stylesheet shows: the other words it writes are not read.
    const disclosure = (n: AxNode) => n.role === 'DisclosureTriangle' || n.role === 'button';
    const plot = await tree('film-plot');
    if (!plot) this.skip();
    const guard = findAccessibilityNode<AxNode>(plot as never, disclosure);
    expect(guard?.name).to.equal('Show the full plot (contains spoilers)');
    expect(guard?.expanded ?? false, 'collapsed').to.equal(false);
    const shown = await tree('film-plot', {}, async (el) => {
      el.shadowRoot!.querySelector<HTMLElement>('summary.reveal')!.click();
      await waitUntil(() => el.getAttribute('spoilers') === 'shown', 'the plot opens');
    });
    const open = findAccessibilityNode<AxNode>(shown as never, (n) => disclosure(n) && n.name === 'Hide the full plot');
    expect(open?.expanded, 'expanded').to.equal(true);
    expect(findAccessibilityNode<AxNode>(shown as never, (n) => n.role === 'region' && n.name === 'Full plot'), 'the revealed region').to.not.equal(null);

    const review = await tree('review-card', { review: '3' });
    if (!review) return;
    const button = findAccessibilityNode<AxNode>(review as never, (n) => disclosure(n) && n.name === 'Show the review');
    expect(button, 'the review\'s spoiler button').to.not.equal(null);
    expect(button!.expanded ?? false).to.equal(false);
  });
  it('reads the scores of <film-scores> as separate phrases, not run together', async function () {
    const root = await tree('film-scores', {}, undefined, true);
    if (!root) this.skip();
    // What a screen reader reads for each value: its text leaves in order, as one string.
    const spoken = (node: AxNode): string =>
      node.role === 'StaticText' || node.role === 'text' ? node.name ?? '' : (node.children ?? []).map(spoken).join('');
    const values = [...axNodes(root)].filter((n) => n.role === 'definition').map((n) => spoken(n).replace(/\s+/g, ' ').trim());
    expect(values, values.join(' | ')).to.include('91%, 11 reviews, average 6.6 out of 10');
    expect(values.some((v) => /^4 reviews, 2 give a score, mean 3 out of 5/.test(v)), values.join(' | ')).to.equal(true);
    for (const value of values) expect(value, 'no two phrases run together').to.not.match(/%\d|\d(?:reviews?|give|mean|average)|reviews?(?:\d|average|mean|give)/);
  });
});

describe('accessibility: headings', function () {
  this.timeout(30000);
  const titled = ['film-infobox', 'review-card', 'accolade-table', 'cast-list', 'content-advisory', 'film-plot', 'film-card', 'film-scores', 'film-timeline'];

  it('titles each element with a real heading, level 2 by default on a page with no heading before it, and heading-level when given', async () => {
    const rich = await richFilm();
    for (const level of [undefined, '3', '5']) {
      const entries = trustedElements.filter((e) => titled.includes(e.tag));
      const { box, elements } = await mountAll(entries, { attrs: () => (level ? { 'heading-level': level } : undefined) });
      for (const el of elements) el.film = rich as unknown as FilmData;
      await Promise.all(elements.map((el) => settle(el, 'ready')));
      for (const el of elements) {
        const headings = [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.localName[1]));
        const want = Number(level ?? 2);
        expect(headings[0], `<${el.localName}> heading-level ${level ?? 'unset'}: its first heading`).to.equal(want);
        expect(headings.every((h) => h === want || h === want + 1), `<${el.localName}>: ${headings.join(',')}`).to.equal(true);
        expect(el.shadowRoot!.querySelector('[role="heading"]'), `<${el.localName}>: no paragraph dressed as a heading`).to.equal(null);
      }
      box.remove();
    }
  });

  it('takes its default level from the page: one below the heading before it, across shadow roots', async () => {
    const box = document.createElement('div');
    box.innerHTML = `<article><h1>A post</h1><film-card></film-card>
      <section><h2>Cast</h2><p>Text</p><cast-list></cast-list></section>
      <h4>Aside</h4><div class="host"></div></article>`;
    // A widget inside another component's shadow root, after the page's <h4>.
    const inner = box.querySelector('.host')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<film-scores></film-scores>';
    document.body.append(box);
    try {
      const elements = [...box.querySelectorAll<FilmElement>('film-card, cast-list'), inner.querySelector<FilmElement>('film-scores')!];
      const rich = await richFilm();
      for (const el of elements) el.film = rich as unknown as FilmData;
      await Promise.all(elements.map((el) => settle(el, 'ready')));
      const first = (el: FilmElement) => el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')!.localName;
      expect(elements.map(first)).to.deep.equal(['h2', 'h3', 'h5']);
    } finally {
      box.remove();
    }
  });
});

const isWebKit = () => !navigator.userAgent.includes('Chrome/') && !navigator.userAgent.includes('Firefox/');

describe('accessibility: footnotes from the keyboard', function () {
  this.timeout(30000);
  let rich: Json;
  before(async () => {
    rich = await richFilm();
  });

  for (const tag of ['film-infobox', 'film-scores']) {
    it(`<${tag}>: a followed footnote takes focus, Tab goes on from the source, and its back link returns to the fact`, async () => {
      const entry = trustedElements.find((e) => e.tag === tag)!;
      const { page, el } = await between(entry, 'light', rich);
      const root = el.shadowRoot!;
      // A marker of the last source cited, so "back to the first marker" and "on from here" differ.
      const markers = [...root.querySelectorAll<HTMLAnchorElement>('a.ref')];
      const marker = markers.at(-1)!;
      const source = root.getElementById(marker.getAttribute('href')!.slice(1))!;
      if (tag === 'film-infobox') expect(source.id, 'a later source').to.not.equal('source-1');
      marker.focus();
      await sendKeys({ press: 'Enter' });
      expect(deepActive() === source, 'the source has focus').to.equal(true);
      const back = source.querySelector<HTMLAnchorElement>('.back a')!;
      expect(back, 'a back link in the source').to.not.equal(null);
      expect(back.getAttribute('aria-label')).to.equal('Back to the fact');
      // Tab goes on inside the source: its own link, then the way back; not to the first marker.
      await sendKeys({ press: 'Tab' });
      expect(deepActive() === source.querySelector('a:not(.back a)'), `Tab after the source: ${deepActive()?.outerHTML.slice(0, 80)}`).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(deepActive() === back, 'then the back link').to.equal(true);
      await sendKeys({ press: 'Enter' });
      expect(deepActive() === marker, 'Enter on the back link returns to the marker').to.equal(true);
      expect(source.querySelector('.back'), 'the back link is gone once used').to.equal(null);
      // Shift+Tab from the source (followed again) goes to what precedes it, still in the element.
      // (The WebKit driver presses no held keys, so Shift+Tab is checked in Chromium and Firefox.)
      await sendKeys({ press: 'Enter' });
      expect(deepActive() === source).to.equal(true);
      if (isWebKit()) return page.remove();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      const before = deepActive();
      expect(before?.getRootNode() === root && !source.contains(before), 'Shift+Tab goes back from the source').to.equal(true);
      page.remove();
    });
  }

  it('<film-infobox>: its footnote markers are one Tab stop, and the arrow keys move between them', async () => {
    const entry = trustedElements.find((e) => e.tag === 'film-infobox')!;
    const { page, el } = await between(entry, 'light', rich);
    const root = el.shadowRoot!;
    const markers = [...root.querySelectorAll<HTMLAnchorElement>('a.ref')];
    expect(markers.length, 'the rich film footnotes many facts').to.be.greaterThan(10);
    const stops = () => markers.filter((m) => m.tabIndex === 0);
    expect(stops(), 'one marker is the Tab stop').to.deep.equal([markers[0]]);
    const { reached } = await tabThrough(page, el, false);
    expect(reached.filter((n) => n.classList.contains('ref')), 'Tab meets the markers once').to.deep.equal([markers[0]]);
    markers[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActive() === markers[1], 'ArrowRight: the next marker').to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive() === markers[2], 'ArrowDown: the next marker').to.equal(true);
    await sendKeys({ press: 'ArrowLeft' });
    expect(deepActive() === markers[1], 'ArrowLeft: the previous marker').to.equal(true);
    await sendKeys({ press: 'End' });
    expect(deepActive() === markers.at(-1), 'End: the last marker').to.equal(true);
    expect(stops(), 'the marker used last is the Tab stop').to.deep.equal([markers.at(-1)]);
    // The keys are said: the markers are described by a hint shown while one has keyboard focus.
    const hint = root.getElementById(markers[0]!.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.equal('Footnotes: the arrow keys move between them.');
    expect(getComputedStyle(hint).display, 'the hint is shown while a marker has focus').to.not.equal('none');
    page.querySelector<HTMLElement>('#after')!.focus();
    await new Promise(requestAnimationFrame);
    expect(getComputedStyle(hint).display, 'and hidden otherwise').to.equal('none');
    page.remove();
  });
});
