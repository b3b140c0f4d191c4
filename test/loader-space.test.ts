// The room the loader keeps for an element before it is defined is the room its loading
// placeholder takes, for every tag: so a widget moves the text after it once at most (when the
// film is drawn), not also from nothing to the placeholder. Reads the built dist/ (run
// `npm run build` first), each page in a fresh frame.
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers.js';

const tags = ['accolade-table', 'cast-list', 'content-advisory', 'film-card', 'film-hatnote', 'film-infobox', 'film-plot',
  'film-scores', 'film-timeline', 'review-card'];

interface Page extends Window {
  reserved: Record<string, number>;
  /** Each element's block margins before its code arrived: "top bottom" in px. */
  margins: Record<string, string>;
}

const marginsOf = (win: Window, el: Element) => {
  const style = win.getComputedStyle(el);
  return `${style.marginBlockStart} ${style.marginBlockEnd}`;
};

async function page(css: string): Promise<{ frame: HTMLIFrameElement; win: Page }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 400px; height: 600px';
  // Each element waits 3 s for its film, so it stays in its loading state while it is measured.
  const elements = tags.map((tag, i) => `<${tag} src="/mock/film?delay=3000&n=${i}"></${tag}>`).join('');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style>
    <script type="module" src="/dist/film-elements.loader.min.js"></script>
    <script type="module">
      // Runs after the loader, before any element's code has arrived.
      window.reserved = {};
      window.margins = {};
      for (const el of document.querySelectorAll('body > *')) {
        if (customElements.get(el.localName)) continue;
        window.reserved[el.localName] = el.getBoundingClientRect().height;
        const style = getComputedStyle(el);
        window.margins[el.localName] = style.marginBlockStart + ' ' + style.marginBlockEnd;
      }
    </script></head><body>${elements}</body></html>`;
  document.body.append(frame);
  const win = frame.contentWindow as Page;
  await waitUntil(() => win.reserved !== undefined, 'the measuring script ran', { timeout: 5000 });
  return { frame, win };
}

describe('the loader keeps room for elements not yet defined', function () {
  this.timeout(15000);

  for (const [name, css] of [['a plain page', ''], ['a page with html { font-size: 62.5% }', 'html { font-size: 62.5% } body { font-size: 1.4rem; line-height: 2 }'],
    ['a theme without block margins', 'body { --film-block-margin: 0 }']]) {
    it(`as much as each loading placeholder takes (${name})`, async () => {
      const { frame, win } = await page(css);
      try {
        expect(Object.keys(win.reserved), 'measured before definition').to.have.members(tags);
        const medium = parseFloat(win.getComputedStyle(win.document.documentElement).fontSize);
        for (const tag of tags) expect(win.reserved[tag], `<${tag}> keeps room`).to.be.above(medium);
        await waitUntil(() => tags.every((tag) => win.customElements.get(tag)), 'all defined', { timeout: 8000 });
        const loading = win.document.querySelectorAll<HTMLElement & { status: string; updateComplete: Promise<unknown> }>('body > *');
        await Promise.all([...loading].map((el) => el.updateComplete));
        const placeholders = Object.fromEntries([...loading].map((el) => [el.localName, el.getBoundingClientRect().height]));
        for (const el of loading) expect(el.status, `<${el.localName}>`).to.equal('loading');
        expect(placeholders).to.deep.equal(win.reserved);
        // The block margin, like a paragraph's (1em of the reader's size) unless the theme sets
        // it, is the same before and after the code arrived: nothing moves.
        const own = win.getComputedStyle(loading[0]!).fontSize;
        expect(own, 'the reader\'s size, whatever the page\'s').to.equal('16px');
        const margin = css.includes('--film-block-margin') ? '0px' : own;
        for (const tag of tags) expect(win.margins[tag], `<${tag}> before`).to.equal(`${margin} ${margin}`);
        expect(Object.fromEntries([...loading].map((el) => [el.localName, marginsOf(win, el)]))).to.deep.equal(win.margins);
      } finally {
        frame.remove();
      }
    });
  }

  it('gives the room back when an element\'s code cannot be loaded, so a dead widget leaves no hole', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 400px; height: 600px';
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <script src="/mock/broken-dist/film-elements.loader.min.js"></script></head>
      <body><film-infobox src="/mock/film"></film-infobox></body></html>`;
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('film-infobox'), 'the page loaded', { timeout: 5000 });
      const infobox = frame.contentDocument!.querySelector('film-infobox')!;
      const medium = parseFloat(frame.contentWindow!.getComputedStyle(frame.contentDocument!.documentElement).fontSize);
      expect(infobox.getBoundingClientRect().height, 'room kept while the code is on its way').to.be.above(medium);
      await waitUntil(() => infobox.getBoundingClientRect().height === 0, 'the room was given back', { timeout: 8000 });
      expect(frame.contentWindow!.customElements.get('film-infobox')).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });
});
