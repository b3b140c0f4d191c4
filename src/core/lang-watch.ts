/**
 * An element speaks the language of the nearest `lang`, across shadow roots, and follows it when
 * it changes: one observer for the whole page tells every connected element.
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
  if (typeof MutationObserver === 'undefined') return;
  if (listening.size && !observer) {
    observer = new MutationObserver(() => listening.forEach((e) => e.refreshLocale()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } else if (!listening.size && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/** The canonical language of the nearest `lang` around `element`; English when none is set. */
export function langOf(element: Element): string {
  let node: Element | null = element;
  let lang: string | null = null;
  while (node && lang === null) {
    lang = node.closest('[lang]')?.getAttribute('lang') ?? null;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return usableLocale(lang?.trim() || 'en');
}
