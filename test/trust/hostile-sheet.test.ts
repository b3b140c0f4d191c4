/**
 * A hostile host page changes nothing inside any element, to the pixel: a theme that unsets
 * everything, shrinks the root font size and sets inherited text properties on `body`
 * (letter-spacing, word-spacing, text-transform, line-height, alignment, white space). Sizes
 * within half a pixel missed such sheets changing anti-aliasing, so every element is compared as
 * screenshots, pixel for pixel, in every engine; and its computed styles are compared exactly.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { FilmElement } from '../../src/core/film-element.js';
import { trustedElements } from './elements.js';
import { deep, mountAll, richFilm, settle } from './fixtures.js';

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

/** Key computed styles of everything inside each element's shadow root, one line each. */
function styles(elements: FilmElement[]): string[] {
  const props = ['font-size', 'line-height', 'letter-spacing', 'word-spacing', 'font-family', 'font-style', 'font-weight',
    'font-variant', 'text-transform', 'text-align', 'text-indent', 'text-shadow', 'white-space', 'display', 'list-style-type',
    'color', 'background-color', 'margin-top', 'padding-left', 'font-kerning', 'hyphens', 'quotes', 'font-stretch'];
  return elements.flatMap((el) => [...deep(el.shadowRoot!)].filter((node) => !['style', 'script', 'template'].includes(node.localName)).map((node, i) => {
    const style = getComputedStyle(node);
    return `<${el.localName}> #${i} ${node.localName}.${node.getAttribute('class') ?? ''} ${props.map((p) => `${p}:${style.getPropertyValue(p)}`).join(' ')}`;
  }));
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

interface Shot {
  file: string;
  digest: string;
}

/**
 * Screenshots of one element, top to bottom in viewport-high slices. The wrapper is moved up
 * rather than the page scrolled (WebKit may shoot before a scroll is drawn), by whole pixels, so
 * a shot before and after the sheet shows the element at the same place on the pixel grid.
 */
async function shoot(box: HTMLElement, el: FilmElement, name: string): Promise<Shot[]> {
  const shots: Shot[] = [];
  const viewport = window.innerHeight;
  box.style.top = '0px';
  const offset = el.getBoundingClientRect().top - box.getBoundingClientRect().top;
  const { height } = el.getBoundingClientRect();
  for (let top = 0, slice = 0; top < height; top += viewport, slice++) {
    box.style.top = `${-Math.floor(offset + top)}px`;
    await frame();
    const rect = el.getBoundingClientRect();
    const y = rect.top + top;
    const clip = { x: rect.left, y, width: rect.width, height: Math.min(viewport - y, height - top) };
    shots.push(await executeServerCommand<Shot, object>('screenshot', { name: `${name}-${slice}`, clip }));
  }
  box.style.top = '0px';
  return shots;
}

const digests = (shots: Shot[]) => shots.map((shot) => shot.digest).join();

/**
 * Shots of an element once its pixels hold still: WebKit draws text once soon after a change
 * and again, slightly differently, a moment later; fonts and fallbacks may still be arriving.
 */
async function steady(box: HTMLElement, el: FilmElement, name: string): Promise<Shot[]> {
  let shots = await shoot(box, el, name);
  for (let round = 0; round < 4; round++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await shoot(box, el, name);
    if (digests(again) === digests(shots)) break;
    shots = again;
  }
  return shots;
}

describe('isolation: a hostile host stylesheet', function () {
  this.timeout(240000);

  for (const theme of ['light', 'dark'] as const) {
    it(`changes no pixel and no computed style inside any element (${theme})`, async () => {
      const rich = await richFilm();
      // The wrapper stays where it is (an inline style outranks the sheet), so what moves the
      // elements' pixels can only come through their own boundary: anti-aliasing depends on where
      // on the device pixel grid text falls, and the sheet would otherwise move the wrapper. Its
      // background hides the page under the elements' round corners (the sheet makes the text
      // of the page's <style> and <script> elements visible there).
      const { box, elements } = await mountAll(trustedElements, { theme,
        style: 'display: block; position: absolute; top: 0; left: 0; width: 640px; margin: 0; padding: 0 0 2em; background: #808080' });
      try {
        for (const [i, entry] of trustedElements.entries()) await entry.open?.(elements[i]!);
        for (const el of elements) el.film = rich;
        await Promise.all(elements.map((el) => settle(el, 'ready')));
        // The test's images are missing: they settle first (Firefox then draws their alt text).
        const images = elements.flatMap((el) => [...deep(el.shadowRoot!)].filter((n): n is HTMLImageElement => n instanceof HTMLImageElement));
        for (const img of images) img.loading = 'eager'; // a lazy image out of sight never settles
        await waitUntil(() => images.every((img) => img.complete), 'images settled', { timeout: 5000 });
        await document.fonts.ready;
        await frame();
        const stylesBefore = styles(elements);
        const before = [];
        for (const el of elements) before.push(await steady(box, el, `hostile-${theme}-${el.localName}-before`));

        const sheet = document.createElement('style');
        sheet.textContent = hostileSheet;
        document.head.append(sheet);
        try {
          await frame();
          // The sheet reached the page: the page's own text is restyled.
          expect(getComputedStyle(document.body).textTransform).to.equal('uppercase');
          expect(styles(elements)).to.deep.equal(stylesBefore);
          const changed: string[] = [];
          for (const [i, el] of elements.entries()) {
            const after = await steady(box, el, `hostile-${theme}-${el.localName}-after`);
            expect(after.length, `<${el.localName}> slices`).to.equal(before[i]!.length);
            for (const [j, shot] of after.entries()) {
              if (shot.digest === before[i]![j]!.digest) continue;
              const diff = await executeServerCommand('pixel-diff', { a: before[i]![j]!.file, b: shot.file });
              changed.push(`<${el.localName}> slice ${j}: ${JSON.stringify(diff)} (${before[i]![j]!.file} → ${shot.file})`);
            }
          }
          expect(changed, `${theme}: pixels changed by the host's sheet`).to.deep.equal([]);
        } finally {
          sheet.remove();
        }
      } finally {
        box.remove();
      }
    });
  }
});
