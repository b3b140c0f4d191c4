/**
 * An element speaks the language of the nearest `lang`, across shadow roots, and follows it when
 * it changes: one observer for the whole page tells every connected element. It also takes its
 * direction from the page: the nearest `dir` wins; when the page sets none, a language written
 * right to left (Arabic, Hebrew, Persian, Urdu…) gives the element `dir="rtl"`, which it removes
 * again when the language changes. A `dir` the author writes on the element itself is never touched.
 */
import { usableLocale } from '../model/format.js';

export interface LangListener extends Element {
  refreshLocale(): void;
}

const listening = new Set<LangListener>();
let observer: MutationObserver | undefined;

export function watchLang(element: LangListener, on: boolean): void {
  if (on) listening.add(element);
  else listening.delete(element);
  if (on) followDir(element);
  if (typeof MutationObserver === 'undefined') return;
  if (listening.size && !observer) {
    observer = new MutationObserver(() => listening.forEach((e) => {
      e.refreshLocale();
      followDir(e);
    }));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  } else if (!listening.size && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/** The value of the nearest attribute `name` at or above `node`, across shadow roots. */
function nearest(node: Element | null, name: string): string | null {
  let value: string | null = null;
  while (node && value === null) {
    value = node.closest(`[${name}]`)?.getAttribute(name) ?? null;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return value;
}

/** The canonical language of the nearest `lang` around `element`; English when none is set. */
export function langOf(element: Element): string {
  return usableLocale(nearest(element, 'lang')?.trim() || 'en');
}

/** Scripts written right to left, as `Intl.Locale` names them (`ar` → Arab, `he` → Hebr). */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);
const directions = new Map<string, 'ltr' | 'rtl'>();

/** The direction a language is written in, from its likely script. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  let found = directions.get(locale);
  if (!found) {
    let script: string | undefined;
    try {
      script = new Intl.Locale(locale).maximize().script;
    } catch {
      script = undefined;
    }
    directions.set(locale, (found = script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr'));
  }
  return found;
}

/** The direction `element` is drawn in: the nearest `dir`, else its language's. */
export const directionAt = (element: Element): string => nearest(element, 'dir') ?? directionOf(langOf(element));

/** Elements whose `dir` this module wrote, so that it may change or remove it again. */
const written = new WeakSet<Element>();

function followDir(element: Element): void {
  const own = element.getAttribute('dir');
  if (own !== null && !written.has(element)) return;
  const above = element.parentElement ?? (element.parentNode instanceof ShadowRoot ? element.parentNode.host : null);
  const wanted = nearest(above, 'dir') === null && directionOf(langOf(element)) === 'rtl' ? 'rtl' : null;
  if (wanted === own) return;
  if (wanted) {
    written.add(element);
    element.setAttribute('dir', wanted);
  } else {
    written.delete(element);
    element.removeAttribute('dir');
  }
}
