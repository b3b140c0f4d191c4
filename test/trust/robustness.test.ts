/**
 * Robustness of every element in `elements.ts`: generated hostile documents, every way a
 * `src` can fail, a foreign element on one of our tags, and ten thousand connect/update/disconnect
 * cycles. A hostile host page is hostile-sheet.test.ts.
 */
import type { FilmData } from '../../src/model/types.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { FilmElement } from '../../src/core/film-element.js';
import { loadBallerina } from '../helpers.js';
import { trustedElements } from './elements.js';
import { isChromium, mountAll, quietProblems, rendered, richFilm, settle, uid, watchPage, type Json } from './fixtures.js';

/** A small seeded generator, so a failing document can be made again from its number. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number; value: unknown };

/** The places in the document a value sits (the first levels, and the first entries of long lists). */
function slots(value: unknown, found: Slot[] = [], depth = 0): Slot[] {
  if (value && typeof value === 'object' && depth < 8) {
    for (const [key, child] of Object.entries(value).slice(0, 50)) {
      const slot = { parent: value as Record<string, unknown>, key: Array.isArray(value) ? Number(key) : key, value: child };
      found.push(slot);
      slots(child, found, depth + 1);
    }
  }
  return found;
}

/**
 * A megabyte of words. Before the parser cut text at 50,000 characters, laying out such strings
 * held the page for 8 to 46 s (and a 1.8 MB unbroken title for over a minute).
 */
const MEGABYTE = 'naughty <x> \u0000words '.repeat(1 << 16);

function deepNest(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { nested: value };
  return value;
}

const impossibleDates = ['2023-02-30', '2023-13-45', '0000-00-00', '-0001-01-01', '99999-12-31', '2023-1-1', 'yesterday', '2023-10-05T99:99'];
const swaps: unknown[] = [42, -1, 0, NaN, Infinity, -Infinity, 1e308, -1e-308, true, false, null, '', 'text', [], {}, [1, 'two', null], { a: 1 }];

/** One hostile change at a slot, chosen by `next`. */
function mutate(slot: Slot, next: () => number): string {
  const set = (value: unknown) => ((slot.parent as Record<string | number, unknown>)[slot.key] = value);
  const roll = next();
  if (/date|start|end/i.test(String(slot.key)) && typeof slot.value === 'string' && roll < 0.6) {
    set(impossibleDates[Math.floor(next() * impossibleDates.length)]);
    return 'impossible date';
  }
  if (typeof slot.value === 'number' && roll < 0.6) {
    set([NaN, Infinity, -Infinity, -slot.value - 1, 1e308, -0][Math.floor(next() * 6)]);
    return 'bad number';
  }
  if (roll < 0.3) {
    if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
    else delete slot.parent[slot.key as string];
    return 'deleted';
  }
  if (roll < 0.75) {
    set(swaps[Math.floor(next() * swaps.length)]);
    return 'type swapped';
  }
  if (roll < 0.85) {
    set(MEGABYTE);
    return 'megabyte string';
  }
  if (roll < 0.95) {
    set(Array.from({ length: 100_000 }, (_, i) => i));
    return '100,000 entries';
  }
  set(deepNest(10_000));
  return 'nested 10,000 deep';
}

/** Whether the element shows something a reader can see: the film, part of it, or an error. */
function visible(el: FilmElement): boolean {
  if (el.status === 'error') return (el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '').trim().length > 0;
  if (el.localName === 'film-hatnote' && !el.film?.otherFilms?.length) return true; // says nothing then, by design
  return (el.shadowRoot!.textContent ?? '').trim().length > 0;
}

/** The longest main-thread task while `run` runs (Chromium reports long tasks), and the wall time. */
async function timed(run: () => Promise<void>): Promise<{ wall: number; longest: number }> {
  let longest = 0;
  const observer = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')
    ? new PerformanceObserver((list) => list.getEntries().forEach((e) => (longest = Math.max(longest, e.duration))))
    : undefined;
  observer?.observe({ type: 'longtask' });
  const start = performance.now();
  await run();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const wall = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer?.takeRecords().forEach((e) => (longest = Math.max(longest, e.duration)));
  observer?.disconnect();
  return { wall, longest: observer ? longest : wall };
}

/**
 * Lists every element renders row by row. Before the parser kept at most 2,000 entries, 100,000
 * of them held the page (Chromium, two shared cores): <cast-list> 14 s, <accolade-table> 37 s,
 * <film-infobox> releases 25 s, <film-timeline> 33 s of render and layout.
 */
const HEAVY_LISTS = ['cast', 'accolades', 'releases', 'milestones'];

describe('robustness: hostile documents', function () {
  this.timeout(120000);
  quietProblems();
  let rich: Json;
  before(async () => {
    rich = await richFilm();
  });

  it('every element survives generated hostile documents: no exception, a visible render or error, a responsive page', async () => {
    const page = watchPage();
    const figures: { doc: string; wall: number; longest: number }[] = [];
    const failures: string[] = [];
    const documents: { name: string; film: unknown }[] = [];
    // Aimed: big lists of the film, a hundred thousand entries each.
    for (const list of ['reviews', 'sources', 'genres', ...HEAVY_LISTS]) {
      const film = structuredClone(rich);
      const items = film[list] as unknown[];
      const length = 100_000;
      film[list] = Array.from({ length }, (_, i) => items[i % items.length]);
      documents.push({ name: `${list}: ${length.toLocaleString('en')} entries`, film });
    }
    documents.push({ name: 'nested 10,000 deep', film: { ...structuredClone(rich), extra: deepNest(10_000) } });
    documents.push({ name: 'title, plot and a review a megabyte each', film: { ...structuredClone(rich), title: MEGABYTE,
      plot: { text: MEGABYTE, spoilers: false }, reviews: [{ quote: MEGABYTE, body: MEGABYTE }] } });
    documents.push({ name: 'not an object', film: 42 }, { name: 'a list', film: [rich] }, { name: 'null', film: null });
    // Generated: one to six hostile changes each, from a fixed seed.
    for (let seed = 1; seed <= 50; seed++) {
      const next = random(seed);
      const film = structuredClone(rich);
      const changes: string[] = [];
      for (let n = 1 + Math.floor(next() * 6); n > 0; n--) {
        const all = slots(film);
        changes.push(mutate(all[Math.floor(next() * all.length)]!, next));
      }
      documents.push({ name: `seed ${seed}: ${changes.join(', ')}`, film });
    }
    for (const { name, film } of documents) {
      // A fresh set each time: going from one huge film to the next on the same elements
      // measures the teardown too (in Firefox, minutes after 100,000 genres).
      const { box, elements } = await mountAll(trustedElements, { style: 'display: block; width: 640px' });
      const { wall, longest } = await timed(async () => {
        for (const el of elements) el.film = film as FilmData;
        await rendered(elements);
        await rendered(elements);
      });
      figures.push({ doc: name, wall, longest });
      for (const el of elements) {
        if (el.status !== 'ready' && el.status !== 'error') failures.push(`${name}: <${el.localName}> ${el.status}`);
        else if (!visible(el)) failures.push(`${name}: <${el.localName}> shows nothing (${el.status})`);
      }
      box.remove();
    }
    page.stop();
    figures.sort((a, b) => b.longest - a.longest);
    console.log(`robustness: ${documents.length} hostile documents × ${trustedElements.length} elements; slowest: ${
      figures.slice(0, 4).map((f) => `${f.doc} ${Math.round(f.longest)} ms task / ${Math.round(f.wall)} ms`).join('; ')}`);
    expect(page.errors, 'uncaught errors').to.deep.equal([]);
    expect(failures).to.deep.equal([]);
    // Generous (the slowest document takes well under a second here): a frozen page, as the
    // uncut lists and megabyte strings once caused for ten to sixty seconds, is what fails.
    expect(figures[0]!.longest, `the longest task (${figures[0]!.doc})`).to.be.below(3_000);
  });
});

describe('robustness: src faults', function () {
  this.timeout(60000);
  quietProblems();

  /** Sets `src` (and attributes) on every element and waits for them all to settle. */
  async function fault(src: () => string, attrs: Record<string, string> = {}) {
    const page = watchPage();
    const { box, elements } = await mountAll(trustedElements, { attrs: () => attrs });
    for (const el of elements) el.src = src();
    await Promise.all(elements.map((el) => settle(el, ['error', 'ready'], 15000)));
    page.stop();
    expect(page.errors).to.deep.equal([]);
    return { box, elements };
  }

  const failures: [string, () => string, RegExp][] = [
    ['a host that does not resolve', () => `http://film-elements.invalid/x.json?${uid()}`, /could not|network|reach|load/i],
    ['404', () => `/mock/missing?${uid()}`, /404|not found/i],
    ['500', () => `/mock/film?status=500&id=${uid()}`, /500/],
    ['a redirect loop', () => `/mock/redirect?${uid()}`, /could not|network|reach|load/i],
    ['invalid JSON', () => `/mock/text?body=${encodeURIComponent('{"title": "Ballerina",')}&id=${uid()}`, /JSON/],
    ['an HTML page', () => `/mock/html?${uid()}`, /HTML/i],
  ];
  for (const [what, src, reason] of failures) {
    it(`${what}: every element shows an error that says so, with a retry`, async () => {
      const { elements } = await fault(src, { timeout: '5000' });
      for (const el of elements) {
        expect(el.status, `<${el.localName}>`).to.equal('error');
        const alert = el.shadowRoot!.querySelector('[role="alert"]');
        expect(alert?.textContent ?? '', `<${el.localName}> says why`).to.match(reason);
        expect(el.shadowRoot!.querySelector('button[part="retry"]'), `<${el.localName}> retry`).to.not.equal(null);
      }
    });
  }

  it('a response slower than `timeout` ends in a timeout error, on time', async () => {
    const start = performance.now();
    const { elements } = await fault(() => `/mock/film?delay=3000&id=${uid()}`, { timeout: '300' });
    expect(performance.now() - start, 'gave up at the time limit').to.be.below(2500);
    for (const el of elements) expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(/0\.3|time/i);
  });

  it('a src changed mid-flight shows the second film, and the first never lands', async () => {
    const { elements } = await mountAll(trustedElements);
    for (const el of elements) el.src = `/mock/film?delay=600&title=Old&id=${uid()}`;
    for (const el of elements) el.src = `/mock/film?title=New&id=${uid()}`;
    await Promise.all(elements.map((el) => settle(el, 'ready')));
    await new Promise((resolve) => setTimeout(resolve, 900));
    for (const el of elements) expect(el.film?.title, `<${el.localName}>`).to.equal('New');
  });

  it('a retry succeeds once the server recovers', async () => {
    const { elements } = await fault(() => `/mock/film?failOnce=${uid()}`);
    for (const el of elements) expect(el.status).to.equal('error');
    for (const el of elements) el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry"]')!.click();
    await Promise.all(elements.map((el) => settle(el, 'ready')));
    for (const el of elements) expect(el.film?.title).to.equal('Ballerina');
  });
});

describe('robustness: isolation', function () {
  this.timeout(30000);

  it('a foreign element on one of our tags, and a second copy of Lit, cause no error', async () => {
    const frame = document.createElement('iframe');
    const report = new Promise<{ errors: string[]; warnings: string[]; foreign: boolean; statuses: Record<string, string> }>((resolve) => {
      const listen = (e: MessageEvent) => {
        if (e.source !== frame.contentWindow || e.data?.type !== 'foreign') return;
        window.removeEventListener('message', listen);
        resolve(e.data);
      };
      window.addEventListener('message', listen);
    });
    const tags = trustedElements.map((e) => e.tag);
    frame.src = `/test/trust/foreign/page.html?tags=${tags.join(',')}`;
    document.body.append(frame);
    try {
      const result = await report;
      expect(result.errors).to.deep.equal([]);
      expect(result.foreign, 'the foreign class keeps its tag').to.equal(true);
      // One warning from each copy of the library (the bundle and the modules), no more.
      const warned = result.warnings.filter((w) => w.includes(`<${tags[0]}> is already defined by another script`)).length;
      expect(warned, 'warnings about the taken tag').to.be.within(1, 2);
      for (const tag of tags.slice(1)) expect(result.statuses[tag], `<${tag}>`).to.equal('ready');
    } finally {
      frame.remove();
    }
  });
});

describe('robustness: leaks', function () {
  this.timeout(120000);
  quietProblems();

  it('ten thousand connect/update/disconnect cycles leave the heap where it started (Chromium)', async function () {
    if (!isChromium()) this.skip(); // the heap is read through the DevTools protocol
    const ballerina = await loadBallerina();
    const rich = await richFilm();
    const box = document.createElement('div');
    document.body.append(box);
    const cycle = async (n: number) => {
      const entry = trustedElements[n % trustedElements.length]!;
      const el = document.createElement(entry.tag) as FilmElement;
      for (const [name, value] of Object.entries(entry.attrs ?? {})) el.setAttribute(name, value);
      el.film = n % 2 ? ballerina : rich;
      box.append(el);
      await el.updateComplete;
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      el.remove();
    };
    // After a full collection, in bytes; the smallest of three reads.
    const heap = async () => {
      let least = Infinity;
      for (let i = 0; i < 3; i++) least = Math.min(least, await executeServerCommand<number, undefined>('heap-used'));
      return least;
    };
    for (let n = 0; n < 500; n++) await cycle(n); // caches and compiled templates settle first
    const before = await heap();
    const cycles = 10_000;
    const start = performance.now();
    for (let n = 0; n < cycles; n++) await cycle(n);
    const elapsed = performance.now() - start;
    const after = await heap();
    box.remove();
    console.log(`leaks: ${cycles} cycles in ${Math.round(elapsed)} ms; heap ${before} → ${after} bytes`);
    // A leak of one element per cycle is tens of megabytes here; the margin is 1 MB.
    expect(after - before, 'heap growth in bytes').to.be.below(1_000_000);
  });

  it('leaves no timers behind: a fetch cut short by disconnection clears its time limit', async () => {
    const pending = new Set<number>();
    const { setTimeout: set, clearTimeout: clear } = window;
    window.setTimeout = ((fn: () => void, ms?: number, ...rest: unknown[]) => {
      const id = set(() => { pending.delete(id); fn(); }, ms, ...rest);
      if ((ms ?? 0) >= 1000) pending.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => { pending.delete(id!); clear(id); }) as typeof window.clearTimeout;
    try {
      const box = document.createElement('div');
      document.body.append(box);
      for (let n = 0; n < 100; n++) {
        const entry = trustedElements[n % trustedElements.length]!;
        const el = document.createElement(entry.tag) as FilmElement;
        el.src = `/mock/film?delay=5000&id=${uid()}`;
        box.append(el);
        // The code that fetches a `src` is fetched itself the first time (core/fetch-text.ts).
        for (let waited = 0; !pending.size && waited < 3000; waited += 10) await new Promise((resolve) => set(resolve, 10));
        expect(pending.size, 'the fetch has its time limit').to.be.greaterThan(0);
        el.remove();
      }
      await new Promise((resolve) => set(resolve, 50));
      box.remove();
      expect(pending.size, 'time limits left running').to.equal(0);
    } finally {
      window.setTimeout = set;
      window.clearTimeout = clear;
    }
  });

  it('a disconnected element is no longer told about lang changes; a connected one is', async () => {
    const { box, elements } = await mountAll(trustedElements);
    const film = await loadBallerina();
    for (const el of elements) el.film = film;
    await Promise.all(elements.map((el) => settle(el, 'ready')));
    const calls = new Map<FilmElement, number>();
    for (const el of elements) {
      const own = el.refreshLocale.bind(el);
      el.refreshLocale = () => { calls.set(el, (calls.get(el) ?? 0) + 1); own(); };
    }
    const gone = elements.filter((_, i) => i % 2);
    gone.forEach((el) => el.remove());
    box.lang = 'ko';
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const el of elements) {
      if (gone.includes(el)) expect(calls.get(el) ?? 0, `<${el.localName}> disconnected`).to.equal(0);
      else {
        expect(calls.get(el) ?? 0, `<${el.localName}> connected`).to.be.greaterThan(0);
        await el.updateComplete;
        expect(el.locale).to.equal('ko');
      }
    }
  });
});
