/**
 * Where an element finds its film when no script hands it one: a JSON script on the page named
 * by `src="#id"`, or a JSON script inside the element.
 */
import { LoadFailure } from './load-failure.js';

const jsonScript = 'script[type="application/json"], script[type="application/ld+json"]';

/** The page's address, for relative URLs; none when rendering on a server. */
export const pageUrl = (): string | undefined => (typeof document === 'undefined' ? undefined : document.baseURI);

/** The text of the script with `id`, in the element's own tree first, then in the page. */
export function scriptById(host: Element, id: string): string {
  const script = (host.getRootNode() as Document | ShadowRoot).getElementById?.(id) ?? globalThis.document?.getElementById(id);
  if (!script) throw new LoadFailure((s) => s.missingId(id));
  return script.textContent ?? '';
}

/** The text of the element's inline JSON script; `undefined` when it has none. */
export function inlineText(host: Element): string | undefined {
  const script = host.querySelector(jsonScript);
  // A CMS that strips <script> tags may leave the JSON itself as the element's text.
  const own = host.textContent ?? '';
  const text = script ? script.textContent ?? '' : /^\s*[[{]/.test(own) ? own : '';
  return text.trim() ? text : undefined;
}

/** Calls `changed` whenever the element's content changes; none without a DOM (a server). */
export function watchChildren(host: Element, changed: () => void): MutationObserver | undefined {
  if (typeof MutationObserver === 'undefined') return undefined;
  const watch = new MutationObserver(changed);
  watch.observe(host, { childList: true, subtree: true, characterData: true });
  return watch;
}

/** Properties set on the tag before its code arrived are own properties that hide the class's: taken up. */
export function takeOwn<T extends object>(host: T, keys: ReadonlyArray<keyof T>): void {
  for (const key of keys) {
    if (!Object.hasOwn(host, key)) continue;
    const value = host[key];
    delete host[key];
    host[key] = value;
  }
}
