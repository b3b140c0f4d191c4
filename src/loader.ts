/**
 * The lazy loader (`dist/film-elements.loader.min.js`): imports an element's code from
 * `dist/cdn/` the first time its tag appears on the page, at start and whenever one is added
 * later, so a page with one infobox never downloads the accolade table. When the page holds
 * server-rendered elements (declarative shadow DOM), Lit's hydration support comes first.
 *
 * The tag list is written in by the build (`__FILM_TAGS__`, one entry per `src/define/*.ts`).
 * Loading this script twice, or next to `film-elements.min.js`, is harmless: a tag that is
 * already defined is never imported again.
 */
declare const __FILM_TAGS__: readonly string[];

/**
 * The height of each element's loading placeholder, in em of the reader's default font size
 * (each element's `--_placeholder-size`; test/loader-space.test.ts holds the two together).
 */
const placeholderEm: Record<string, number> = {
  'accolade-table': 16, 'cast-list': 16, 'content-advisory': 10, 'film-card': 7, 'film-hatnote': 3.125,
  'film-infobox': 24, 'film-plot': 10, 'film-scores': 10, 'film-timeline': 16, 'review-card': 10,
};

/**
 * Keeps the placeholder's room for every tag not yet defined, at once, so that text after a
 * widget moves once at most (when the film is drawn), not first from nothing to the placeholder.
 * A constructed sheet, not a <style> element: it needs no `style-src 'unsafe-inline'`.
 */
function reserveSpace(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(__FILM_TAGS__.map((tag) =>
      `${tag}:not(:defined){display:block;font-size:medium;min-block-size:${placeholderEm[tag] ?? 10}em}`).join(''));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // A browser without constructed sheets loads the elements all the same.
  }
}

const started = Symbol.for('film-elements.loader');
const scope = globalThis as { [started]?: true };

function start(): void {
  reserveSpace();
  const base = new URL('./cdn/', import.meta.url);
  const waiting = new Set(__FILM_TAGS__);
  const selector = __FILM_TAGS__.join(',');
  // Server-rendered markup arrives with its shadow root: Lit's hydration support, loaded
  // before any element, lets it upgrade in place instead of drawing it again.
  const rendered = [...document.querySelectorAll(selector)].some((e) => e.shadowRoot && !customElements.get(e.localName));
  const ready = rendered ? import(new URL('hydrate-support.js', base).href).catch(() => undefined) : Promise.resolve();

  const load = (tag: string): void => {
    waiting.delete(tag);
    if (customElements.get(tag)) return;
    ready
      .then(() => import(new URL(`${tag}.js`, base).href))
      .catch((error: unknown) => console.warn(`film-elements: <${tag}> could not be loaded: ${error}`));
  };

  const scan = (root: ParentNode): void => {
    if (root instanceof Element && waiting.has(root.localName)) load(root.localName);
    for (const element of root.querySelectorAll(selector)) if (waiting.has(element.localName)) load(element.localName);
  };

  scan(document);
  if (!waiting.size) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    if (!waiting.size) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

if (typeof document !== 'undefined' && !scope[started]) {
  scope[started] = true;
  start();
}
