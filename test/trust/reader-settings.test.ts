/**
 * The reader's settings win over the page's: text follows the browser's default font size (and
 * ignores `html { font-size: 62.5% }`), and the colour scheme follows the page's `color-scheme`,
 * so a light blog stays light when the reader's OS is dark. The browser's default font size and
 * a dark OS are emulated where the engine's automation can (Chromium's DevTools protocol for the
 * font size); the rest runs in every engine.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { FilmElement } from '../../src/core/film-element.js';
import { trustedElements } from './elements.js';
import { deep, isChromium, mountAll, richFilm, settle } from './fixtures.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function mountRich(attrs?: Record<string, string>): Promise<{ box: HTMLElement; elements: FilmElement[] }> {
  const rich = await richFilm();
  const mount = await mountAll(trustedElements, { attrs: () => attrs, style: 'display: block; width: 640px' });
  for (const [i, entry] of trustedElements.entries()) await entry.open?.(mount.elements[i]!);
  for (const el of mount.elements) el.film = rich;
  await Promise.all(mount.elements.map((el) => settle(el, 'ready')));
  return mount;
}

/** The computed font size of every element that holds text, in each element's shadow root. */
function textSizes(elements: FilmElement[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const el of elements) {
    for (const [i, node] of [...deep(el.shadowRoot!)].entries()) {
      if (['style', 'script', 'template'].includes(node.localName)) continue;
      if (![...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim())) continue;
      sizes.set(`<${el.localName}> #${i} ${node.localName}.${node.getAttribute('class') ?? ''}`, parseFloat(getComputedStyle(node).fontSize));
    }
  }
  return sizes;
}

const sizeOf = (el: FilmElement, selector: string) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector(selector)!).fontSize);

describe("the reader's font size", function () {
  this.timeout(20000);

  it('the box is the browser default size, and the page root font size changes no text', async () => {
    const { box, elements } = await mountRich();
    const medium = document.createElement('p');
    medium.setAttribute('style', 'font-size: medium');
    medium.textContent = 'An article paragraph at the default size.';
    box.before(medium);
    const sheet = document.createElement('style');
    try {
      const defaultSize = parseFloat(getComputedStyle(medium).fontSize);
      for (const el of elements) expect(sizeOf(el, '.base'), `<${el.localName}>`).to.equal(defaultSize);
      const before = textSizes(elements);
      expect(before.size).to.be.above(50);
      sheet.textContent = 'html { font-size: 62.5% } body { font-size: 1.2rem }';
      document.head.append(sheet);
      await frame();
      expect(parseFloat(getComputedStyle(document.body).fontSize), 'the sheet reached the page').to.equal(12);
      expect(Object.fromEntries(textSizes(elements))).to.deep.equal(Object.fromEntries(before));
    } finally {
      sheet.remove();
      medium.remove();
      box.remove();
    }
  });

  it("every text scales with the reader's default font size of 24 px, sources and footnote markers too (Chromium)", async function () {
    if (!isChromium()) this.skip(); // the browser's default font size is set through Chromium's DevTools protocol
    const { box, elements } = await mountRich();
    const article = document.createElement('p');
    article.textContent = 'An article paragraph, sized by the page as 1.125em.';
    article.setAttribute('style', 'font-size: 1.125em');
    box.before(article);
    const sheet = document.createElement('style');
    sheet.textContent = 'html { font-size: 62.5% }';
    try {
      const at16 = textSizes(elements);
      await executeServerCommand('set-font-sizes', { standard: 24, fixed: 20 });
      await frame();
      // A loaded machine may restyle the nested shadow roots (the list's entries) a frame later: wait for
      // them up to a second, then hold every text to the reader's size as before.
      const scaled = () => [...textSizes(elements)].every(([what, size]) => Math.abs(size - at16.get(what)! * 1.5) <= 0.05);
      for (let i = 0; i < 60 && !scaled(); i++) await frame();
      expect(parseFloat(getComputedStyle(article).fontSize), "the page's article text").to.equal(27);
      for (const el of elements) expect(sizeOf(el, '.base'), `<${el.localName}> box`).to.equal(24);
      const infobox = elements.find((el) => el.localName === 'film-infobox')!;
      expect(sizeOf(infobox, '.sources'), 'the sources').to.be.closeTo(20.4, 0.01);
      expect(sizeOf(infobox, '.refs'), 'the footnote markers').to.equal(18);
      const at24 = textSizes(elements);
      const unscaled = [...at16].filter(([what, size]) => Math.abs(at24.get(what)! - size * 1.5) > 0.05).map(([what, size]) => `${what}: ${size} → ${at24.get(what)}`);
      expect(unscaled, 'text that does not follow the reader').to.deep.equal([]);
      // A hostile root font size on top changes nothing.
      document.head.append(sheet);
      await frame();
      expect(Object.fromEntries(textSizes(elements))).to.deep.equal(Object.fromEntries(at24));
    } finally {
      await executeServerCommand('set-font-sizes', { standard: 16, fixed: 13 });
      sheet.remove();
      article.remove();
      box.remove();
    }
  });
});

const light = 'rgb(255, 255, 255)';
const dark = 'rgb(23, 25, 28)';
const surfaces = (elements: FilmElement[]) =>
  Object.fromEntries(elements.map((el) => [el.localName, getComputedStyle(el.shadowRoot!.querySelector('.base')!).backgroundColor]));
const all = (elements: FilmElement[], colour: string) => Object.fromEntries(elements.map((el) => [el.localName, colour]));

/** Runs `check` with the page's root `color-scheme` set to `scheme` (or its meta tag), then restores it. */
async function onPage(scheme: string, how: 'css' | 'meta', check: () => void | Promise<void>): Promise<void> {
  const meta = document.createElement('meta');
  if (how === 'meta') {
    meta.name = 'color-scheme';
    meta.content = scheme;
    document.head.append(meta);
  } else {
    document.documentElement.style.colorScheme = scheme;
  }
  try {
    await frame();
    await check();
  } finally {
    meta.remove();
    document.documentElement.style.colorScheme = '';
    await frame();
  }
}

describe("the page's colour scheme", function () {
  this.timeout(20000);

  it('a page that declares nothing gets light elements; one that declares only dark gets dark ones', async () => {
    const { box, elements } = await mountRich({ theme: 'auto' });
    try {
      expect(surfaces(elements)).to.deep.equal(all(elements, light));
      await onPage('dark', 'css', () => void expect(surfaces(elements)).to.deep.equal(all(elements, dark)));
      await onPage('dark', 'meta', () => void expect(surfaces(elements)).to.deep.equal(all(elements, dark)));
    } finally {
      box.remove();
    }
  });

  it('a dark OS leaves a light page light, and darkens a page that declares `light dark` (Chromium)', async function () {
    // A dark OS is emulated through Chromium's DevTools protocol (puppeteer's Firefox and WebKit's WebDriver lack it).
    if (!isChromium()) this.skip();
    const auto = await mountRich();
    const fixed = await mountRich({ theme: 'light' });
    await emulateMedia({ colorScheme: 'dark' });
    try {
      expect(matchMedia('(prefers-color-scheme: dark)').matches, 'the OS is dark').to.equal(true);
      await frame();
      expect(surfaces(auto.elements), 'a light page').to.deep.equal(all(auto.elements, light));
      await onPage('light dark', 'css', () => {
        expect(surfaces(auto.elements), 'color-scheme: light dark').to.deep.equal(all(auto.elements, dark));
        expect(surfaces(fixed.elements), 'theme="light" stays light').to.deep.equal(all(fixed.elements, light));
      });
      await onPage('light dark', 'meta', () => void expect(surfaces(auto.elements), 'the meta tag').to.deep.equal(all(auto.elements, dark)));
      // The page's own rule wins over `* { all: unset }` on the hosts: the scheme is inherited.
      const sheet = document.createElement('style');
      sheet.textContent = '* { all: unset } :root { color-scheme: light dark }';
      document.head.append(sheet);
      try {
        await frame();
        expect(surfaces(auto.elements), 'hosts unset by the page').to.deep.equal(all(auto.elements, dark));
      } finally {
        sheet.remove();
      }
    } finally {
      await emulateMedia({ colorScheme: 'light' });
      auto.box.remove();
      fixed.box.remove();
    }
  });
});
