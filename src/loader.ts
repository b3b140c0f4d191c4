/**
 * The lazy loader (`dist/film-elements.loader.min.js`): imports an element's code from
 * `dist/cdn/` the first time its tag appears on the page, at start and whenever one is added
 * later, so a page with one infobox never downloads the accolade table. When the page holds
 * server-rendered elements (declarative shadow DOM), the code that hydrates them comes beside.
 *
 * The tag list is written in by the build (`__FILM_TAGS__`, one entry per element folder).
 * Loading this script twice, or next to `film-elements.min.js`, is harmless: a tag that is
 * already defined is never imported again.
 */
declare const __FILM_TAGS__: readonly string[];
/** For each file in `dist/cdn/` (by name), the chunks it imports, written in by the build. */
declare const __FILM_IMPORTS__: Record<string, readonly string[]>;

/**
 * The height of each element's loading placeholder, in em of the reader's default font size (its
 * descriptor's `room`), written in by the build.
 */
declare const __FILM_ROOM__: Record<string, number>;

/**
 * Keeps the placeholder's room for every tag not yet defined, at once, so that text after a
 * widget moves once at most (when the film is drawn), not first from nothing to the placeholder.
 * Static HTML already takes its own room: its shadow styles set `--_room` to 0 and
 * `--_room-fill` to none (the page's rule reads the host's own custom properties). A constructed sheet, not a <style> element: it needs
 * no `style-src 'unsafe-inline'`. Returns a way to give the room back when a tag's code fails
 * to load, so a dead widget leaves no hole in the page.
 */
function reserveSpace(): (tag: string) => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(__FILM_TAGS__.map((tag) =>
      `${tag}:not(:defined){display:block;font-size:medium;min-block-size:var(--_room,${__FILM_ROOM__[tag] ?? 10}em);` +
      // The element's own margin (core/styles.ts), so nothing moves when it is defined.
      'margin-block:var(--film-block-margin,1em);' +
      // A faint box, in a light page or a dark one, says something is on its way.
      'border-radius:8px;background:var(--_room-fill,#8881)}').join(''));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return (tag) => void sheet.insertRule(`${tag}:not(:defined){min-block-size:0}`, sheet.cssRules.length);
  } catch {
    // A browser without constructed sheets loads the elements all the same.
    return () => {};
  }
}

/**
 * The loader's own address, beside which `cdn/` holds the elements. It is a classic script, so
 * that a blogger may load it without `type="module"`, before the first widget: it then runs
 * before the widgets below it are parsed, and their room is kept from the first paint on. As a
 * module (`document.currentScript` is null there) it finds its own tag.
 */
function ownAddress(): string {
  const own = document.currentScript as HTMLScriptElement | null;
  return own?.src || [...document.querySelectorAll<HTMLScriptElement>('script[src*="film-elements.loader"]')].at(-1)?.src || location.href;
}

/**
 * The first date or number a page formats waits for the browser to load its locale data: tens of
 * milliseconds, more on a phone, in the way of the first widget's first render. The main thread
 * is idle while the element's code is on its way, so the data is loaded then, once, in the
 * widget's language: after the next frame is painted, so the first paint does not wait for it.
 */
let warm: ((element: Element) => void) | undefined = (element) => {
  warm = undefined;
  const lang = element.closest('[lang]')?.getAttribute('lang') || undefined;
  requestAnimationFrame(() => setTimeout(() => {
    try {
      new Intl.DateTimeFormat(lang).format(0);
    } catch {
      // Not a language the browser knows: the element falls back on its own.
    }
  }));
};

const started = Symbol.for('film-elements.loader');
const scope = globalThis as { [started]?: true };

function start(): void {
  const giveBack = reserveSpace();
  const base = new URL('./cdn/', ownAddress());
  const waiting = new Set(__FILM_TAGS__);
  const selector = __FILM_TAGS__.join(',');
  // A file's chunks are fetched beside it, not after it, and run only when it imports them.
  const preload = (name: string): string => {
    for (const file of [`${name}.js`, ...(__FILM_IMPORTS__[name] ?? [])]) {
      const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: new URL(file, base).href });
      if (!document.head.querySelector(`link[rel="modulepreload"][href="${link.href}"]`)) document.head.append(link);
    }
    return new URL(`${name}.js`, base).href;
  };

  const load = (element: Element): void => {
    const tag = element.localName;
    waiting.delete(tag);
    if (customElements.get(tag)) return;
    warm?.(element);
    // Server-rendered markup arrives with its shadow root, which the element hydrates (core/upgrade.ts).
    if (element.shadowRoot) preload('hydrate');
    // A film at an address is fetched by code of its own, which only such pages need (core/film-load.ts).
    if (/^\s*[^\s#]/.test(element.getAttribute('src') ?? '')) preload('fetch-text');
    import(preload(tag)).catch((error: unknown) => {
      giveBack(tag);
      console.warn(`film-elements: <${tag}> could not be loaded: ${error}`);
    });
  };

  const scan = (root: ParentNode): void => {
    if (root instanceof Element && waiting.has(root.localName)) load(root);
    for (const element of root.querySelectorAll(selector)) if (waiting.has(element.localName)) load(element);
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
