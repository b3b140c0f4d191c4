// The built files' styles are minified (their css`` templates through lightningcss, see
// rollup.config.mjs), which the other suites never see: they run the TypeScript sources. Here
// each element is drawn twice, side by side, in frames of the same size: once by the one-file
// bundle as a blogger loads it (run `npm run build` first) and once by the sources. Every
// element of each shadow root must have the same computed style in both, in both schemes.
import { expect } from '@open-wc/testing';
import { trustedElements } from './trust/elements.js';
import { waitUntil } from './helpers.js';

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** A page with every element showing the demo film in `scheme`, its code from `script`. */
async function page(script: string, scheme: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 600px; border: 0';
  const widgets = trustedElements.map(({ tag, attrs }) => `<${tag} src="/demo/data/ballerina.json" theme="${scheme}" ${
    Object.entries(attrs ?? {}).map(([name, value]) => `${name}="${value}"`).join(' ')}></${tag}>`).join('\n');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${widgets}${script}</body></html>`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(() => trustedElements.every(({ tag }) => (doc.querySelector(tag) as Element & { status?: string })?.status === 'ready'),
    'not every element showed the film', { timeout: 20000 });
  // The renders that follow the film's arrival (a language's words, measured layouts).
  await new Promise((resolve) => setTimeout(resolve, 100));
  return doc;
}

/**
 * Each element of `tag`'s shadow root (and the host) with its computed style, as `name: value`
 * lines. Custom properties keep the text they were written with (`0.75em`, `.75em`): what they
 * compute to is in the properties that read them. A zero is a zero in any unit (`background:
 * transparent` is minified to `background: 0 0`, whose position computes to `0px`, not `0%`).
 */
function styles(doc: Document, tag: string): Array<{ node: string; style: string }> {
  const host = doc.querySelector(tag)!;
  const view = doc.defaultView!;
  return [host, ...host.shadowRoot!.querySelectorAll('*')].filter((el) => el.localName !== 'style').map((el) => {
    const computed = view.getComputedStyle(el);
    return { node: `${el.localName}.${el.getAttribute('class') ?? ''}`, style: [...computed].filter((name) => !name.startsWith('--')).map((name) => `${name}: ${computed.getPropertyValue(name).replace(/(?<![\d.])0(?:px|%)/g, '0')}`).join('\n') };
  });
}

describe('the built styles draw as the written ones', function () {
  this.timeout(120000);

  for (const scheme of ['light', 'dark']) {
    it(`every element of the one-file bundle has the sources' computed styles (${scheme})`, async () => {
      const built = await page('<script type="module" src="/dist/film-elements.min.js"></script>', scheme);
      const written = await page('<script type="module">import "/src/index.ts";</script>', scheme);
      for (const { tag } of trustedElements) {
        const a = styles(built, tag);
        const b = styles(written, tag);
        expect(a.map((x) => x.node), `<${tag}>'s elements`).to.deep.equal(b.map((x) => x.node));
        for (const [i, { node, style }] of a.entries()) {
          if (style === b[i]!.style) continue;
          const differ = style.split('\n').filter((line) => !b[i]!.style.split('\n').includes(line));
          expect.fail(`<${tag}> ${node}: built ${differ.slice(0, 5).join('; ')}`);
        }
      }
    });
  }
});
