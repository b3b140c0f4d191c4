/**
 * A hostile host page changes nothing inside any element, to the pixel: a theme that unsets
 * everything (the hosts' own display too), shrinks the root font size and sets inherited text
 * properties on `body` (letter-spacing, word-spacing, text-transform, line-height, alignment,
 * white space). Sizes within half a pixel missed such sheets changing anti-aliasing, so every
 * element is compared as screenshots, pixel for pixel, in every engine, and its computed styles
 * exactly.
 *
 * The two sides are drawn the same way: each in a fresh same-origin frame (a plain page, then
 * the same page with the hostile sheet), all ten elements mounted, fed and shot in the same
 * order, each in a wrapper pinned at whole pixels by its inline style (which outranks the sheet).
 * Adding the sheet to a page already drawn instead repaints what was painted once, and Chromium
 * repaints round corners a colour unit apart; two plain pages drawn this way match exactly.
 * WebKit draws with Skia on the CPU here (scripts/webkit.mjs): its GL path under Xvfb draws
 * glyphs and corners a few units apart from one page to the next, the sheet or not.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { FilmElement } from '../../src/core/film-element.js';
import { trustedElements } from './elements.js';
import { deep, richFilm, settle } from './fixtures.js';

const hostileSheet = `
  * { all: unset; }
  html { font-size: 62.5%; }
  body { line-height: 3; letter-spacing: 0.3em; word-spacing: 1em; font-family: serif; font-style: italic;
    text-transform: uppercase; text-align: right; white-space: pre; color: red; font-weight: 900;
    font-variant: small-caps; text-indent: 3em; text-shadow: 1px 1px red; -webkit-text-stroke: 1px red;
    font-kerning: none; text-rendering: geometricPrecision; -webkit-font-smoothing: none; hyphens: auto;
    tab-size: 20; text-underline-offset: 5px; text-decoration-thickness: 4px; font-size-adjust: 0.3;
    font-synthesis: none; font-optical-sizing: none; font-stretch: condensed; quotes: '<' '>'; }
  table { display: block; } li { list-style: square; } p, ul, dl { margin: 3em; }
  a { color: hotpink !important; } button { background: yellow; border: 5px dashed; }
  section, article, div { box-sizing: content-box; padding: 2em; }
`;

/**
 * Where an element waits while another is shot, and where it is shot. Its background hides the
 * page under the elements' round corners (the sheet makes the text of the page's <style> and
 * <script> visible there).
 */
const parked = 'display: block; position: absolute; left: -2000px; top: 0; width: 640px; margin: 0; padding: 0; background: #808080';

/** Key computed styles and the box of everything inside each element's shadow root, one line each. */
function styles(elements: FilmElement[]): string[] {
  const props = ['font-size', 'line-height', 'letter-spacing', 'word-spacing', 'font-family', 'font-style', 'font-weight',
    'font-variant', 'text-transform', 'text-align', 'text-indent', 'text-shadow', 'white-space', 'display', 'list-style-type',
    'color', 'background-color', 'margin-top', 'padding-left', 'font-kerning', 'hyphens', 'quotes', 'font-stretch',
    'text-rendering', '-webkit-font-smoothing', '-webkit-text-stroke-width', 'tab-size', 'font-size-adjust', 'font-synthesis'];
  return elements.flatMap((el) => [...deep(el.shadowRoot!)].filter((node) => !['style', 'script', 'template'].includes(node.localName)).map((node, i) => {
    const style = node.ownerDocument.defaultView!.getComputedStyle(node);
    return `<${el.localName}> #${i} ${node.localName}.${node.getAttribute('class') ?? ''} ${props.map((p) => `${p}:${style.getPropertyValue(p)}`).join(' ')}`;
  }));
}

/** `<tag> #n node.class` and the words of two style lines that differ, as `was → is`. */
function difference(was: string, is: string): string {
  const [a, b] = [was.split(' '), is.split(' ')];
  const changed = b.flatMap((word, i) => (word === a[i] ? [] : [`${a[i] ?? ''} → ${word}`]));
  return `${b.slice(0, 3).join(' ')}: ${changed.join(', ')}`;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

interface Shot {
  file: string;
  digest: string;
}

/** A fresh page over the whole viewport, with every element defined in it, and `sheet` in its head. */
async function page(sheet: string): Promise<HTMLIFrameElement> {
  const frameElement = document.createElement('iframe');
  frameElement.style.cssText = 'position: fixed; top: 0; left: 0; width: 100vw; height: 100vh; border: 0; margin: 0; padding: 0; z-index: 2147483647';
  // The URL is absolute: WebKit resolves an inline module's imports in a srcdoc frame against about:srcdoc.
  frameElement.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${sheet}</style>
    <script type="module">import '${location.origin}/src/index.ts';</script></head><body><p>A post.</p></body></html>`;
  const loaded = new Promise((resolve) => frameElement.addEventListener('load', resolve, { once: true }));
  document.body.append(frameElement);
  await loaded;
  const win = frameElement.contentWindow!;
  await waitUntil(() => trustedElements.every((entry) => win.customElements.get(entry.tag)), 'the elements defined in the frame', { timeout: 10000 });
  return frameElement;
}

/** Mounts every element in `page`, each in its own parked wrapper, opened and showing the rich film. */
async function mount(page: HTMLIFrameElement, theme: string, rich: object): Promise<FilmElement[]> {
  const doc = page.contentDocument!;
  const win = page.contentWindow! as Window & typeof globalThis;
  const elements = trustedElements.map((entry) => {
    const wrapper = doc.createElement('div');
    wrapper.setAttribute('style', parked);
    const el = doc.createElement(entry.tag) as FilmElement;
    for (const [name, value] of Object.entries(entry.attrs ?? {})) el.setAttribute(name, value);
    el.setAttribute('theme', theme);
    wrapper.append(el);
    doc.body.append(wrapper);
    return el;
  });
  for (const [i, entry] of trustedElements.entries()) await entry.open?.(elements[i]!);
  // The film is made in the page's own realm, as the page's own script would make it.
  for (const el of elements) el.film = win.JSON.parse(JSON.stringify(rich));
  await Promise.all(elements.map((el) => settle(el, 'ready')));
  // The test's images are missing: they settle first (Firefox then draws their alt text).
  const images = elements.flatMap((el) => [...deep(el.shadowRoot!)].filter((n): n is HTMLImageElement => n.localName === 'img'));
  for (const img of images) img.loading = 'eager'; // a lazy image out of sight never settles
  await waitUntil(() => images.every((img) => img.complete), 'images settled', { timeout: 5000 });
  await doc.fonts.ready;
  await frame();
  return elements;
}

/**
 * Screenshots of one element, top to bottom in viewport-high slices: its wrapper is brought to
 * the top left and moved up by whole pixels, slice by slice, then parked again.
 */
async function shoot(el: FilmElement, name: string): Promise<Shot[]> {
  const wrapper = el.parentElement!;
  const shots: Shot[] = [];
  const viewport = window.innerHeight;
  wrapper.style.left = '0px';
  wrapper.style.top = '0px';
  const offset = el.getBoundingClientRect().top - wrapper.getBoundingClientRect().top;
  const { height } = el.getBoundingClientRect();
  for (let top = 0, slice = 0; top < height; top += viewport, slice++) {
    wrapper.style.top = `${-Math.floor(offset + top)}px`;
    await frame();
    const rect = el.getBoundingClientRect(); // the frame sits at the viewport's top left
    const y = rect.top + top;
    const clip = { x: rect.left, y, width: rect.width, height: Math.min(viewport - y, height - top) };
    shots.push(await executeServerCommand<Shot, object>('screenshot', { name: `${name}-${slice}`, clip }));
  }
  wrapper.style.left = '-2000px';
  wrapper.style.top = '0px';
  return shots;
}

const digests = (shots: Shot[]) => shots.map((shot) => shot.digest).join();

/**
 * Shots of an element once its pixels hold still: WebKit draws text once soon after a change
 * and again, slightly differently, a moment later; fonts and fallbacks may still be arriving.
 */
async function steady(el: FilmElement, name: string): Promise<Shot[]> {
  let shots = await shoot(el, name);
  for (let round = 0; round < 4; round++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await shoot(el, name);
    if (digests(again) === digests(shots)) break;
    shots = again;
  }
  return shots;
}

interface Drawn {
  styles: string[];
  shots: Shot[][];
  /** How the page's own text and the elements themselves are styled: proof the sheet applied. */
  page: string;
}

/** Every element drawn in a fresh page with `sheet`: its styles and its shots. */
async function draw(sheet: string, theme: string, side: string, rich: object): Promise<Drawn> {
  const frameElement = await page(sheet);
  try {
    const elements = await mount(frameElement, theme, rich);
    const shots = [];
    for (const el of elements) shots.push(await steady(el, `hostile-${theme}-${el.localName}-${side}`));
    const view = frameElement.contentWindow!;
    const hosts = new Set(elements.map((el) => view.getComputedStyle(el).display));
    const page = `body ${view.getComputedStyle(frameElement.contentDocument!.body).textTransform}, hosts ${[...hosts].join(' ')}`;
    // Styles are read last: reading a box inside a closed <details> lays out again, and Firefox
    // balances columns 1/60 px differently each time it does.
    return { styles: styles(elements), shots, page };
  } finally {
    frameElement.remove();
  }
}

describe('isolation: a hostile host stylesheet', function () {
  this.timeout(120000);

  for (const theme of ['light', 'dark'] as const) {
    it(`changes no pixel and no computed style inside any element (${theme})`, async () => {
      const rich = await richFilm();
      const before = await draw('', theme, 'before', rich);
      const after = await draw(hostileSheet, theme, 'after', rich);
      // The sheet reached the page: its own text is restyled, and the hosts lost their display.
      expect(before.page).to.equal('body none, hosts block');
      expect(after.page).to.equal('body uppercase, hosts inline');
      expect(after.styles.length, 'nodes inside the elements').to.equal(before.styles.length);
      // Only what differs, each with what it was: the full lists are thousands of lines.
      const restyled = after.styles.flatMap((line, i) => (line === before.styles[i] ? [] : [difference(before.styles[i]!, line)]));
      const repainted: string[] = [];
      for (const [i, entry] of trustedElements.entries()) {
        const [was, is] = [before.shots[i]!, after.shots[i]!];
        if (was.length !== is.length) repainted.push(`<${entry.tag}>: ${was.length} slices → ${is.length}`);
        for (const [j, shot] of is.slice(0, was.length).entries()) {
          if (shot.digest === was[j]!.digest) continue;
          const diff = await executeServerCommand('pixel-diff', { a: was[j]!.file, b: shot.file });
          repainted.push(`<${entry.tag}> slice ${j}: ${JSON.stringify(diff)} (${was[j]!.file} → ${shot.file})`);
        }
      }
      expect({ restyled: restyled.slice(0, 12), repainted }, `${theme}: changed by the host's sheet`).to.deep.equal({ restyled: [], repainted: [] });
    });
  }
});
