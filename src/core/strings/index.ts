import { en, type Strings } from './en.js';
import { loadingWords } from './loading.js';

export type { Strings };

// The English table is whole once every element is defined: each adds its own words (`addEnglish`).
const tables = new Map<string, Strings>([['en', en as Strings]]);

/**
 * Languages fetched the first time a page speaks them, so an English page never downloads
 * another. `loading` is what the widget says while its table is on the way. Another language
 * is one file beside these, one line here and its loading words in `loading.ts`.
 */
const onDemand = new Map<string, { loading: string; table: () => Promise<Strings> }>([
  ['ko', { loading: loadingWords.ko, table: () => import('./ko.js').then((m) => m.ko) }],
  ['ja', { loading: loadingWords.ja, table: () => import('./ja.js').then((m) => m.ja) }],
  ['zh', { loading: loadingWords.zh, table: () => import('./zh.js').then((m) => m.zh) }],
  ['es', { loading: loadingWords.es, table: () => import('./es.js').then((m) => m.es) }],
  ['fr', { loading: loadingWords.fr, table: () => import('./fr.js').then((m) => m.fr) }],
  ['de', { loading: loadingWords.de, table: () => import('./de.js').then((m) => m.de) }],
  ['ar', { loading: loadingWords.ar, table: () => import('./ar.js').then((m) => m.ar) }],
]);
const fetching = new Map<string, Promise<void>>();

/**
 * Adds an element's own English words to our English table, when the element is defined. A
 * table an author gave for English with `addStrings` stays in use.
 */
export function addEnglish(words: Partial<Strings>): void {
  Object.assign(en, words);
}

/** Adds or replaces a language: another language is one file that calls this. */
export function addStrings(lang: string, table: Strings): void {
  tables.set(lang.toLowerCase(), table);
}

/**
 * The language a tag's table is found under: `zh` stands for Chinese in simplified characters
 * only. A reader in traditional characters (`zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant`) would get
 * simplified labels beside dates and numbers that `Intl` writes in traditional ones, so until a
 * `zh-Hant` table is added they get English, the fallback for every language without a table.
 */
const scripts = new Map<string, string>();
function tableLanguage(tag: string): string {
  let found = scripts.get(tag);
  if (found === undefined) {
    found = tag.split('-')[0]!;
    if (found === 'zh') {
      try {
        if (new Intl.Locale(tag).maximize().script === 'Hant') found = 'zh-hant';
      } catch {
        // A tag Intl cannot read keeps its language.
      }
    }
    scripts.set(tag, found);
  }
  return found;
}

/** The tag's own table, then its language's: the name under which `locale` is found, if any. */
function known(locale: string, where: { has(key: string): boolean }): string | undefined {
  const tag = locale.toLowerCase();
  const lang = tableLanguage(tag);
  return where.has(tag) ? tag : where.has(lang) ? lang : undefined;
}

/** The table for a BCP 47 tag: the exact tag, then its language, then English. */
export function stringsFor(locale: string): Strings {
  return tables.get(known(locale, tables) ?? 'en')!;
}

/**
 * While the table for `locale` is being fetched: the promise of its arrival and the words to
 * show meanwhile. Nothing when the table is here, or when the language is not ours to fetch
 * (or its fetch failed: the widget then speaks English rather than waiting for ever).
 */
export function stringsPending(locale: string): { arrived: Promise<void>; loading: string } | undefined {
  if (known(locale, tables)) return undefined;
  const lang = known(locale, onDemand);
  if (!lang) return undefined;
  let arrived = fetching.get(lang);
  if (!arrived) {
    const { table } = onDemand.get(lang)!;
    arrived = table().then((found) => addStrings(lang, found), () => void onDemand.delete(lang));
    fetching.set(lang, arrived);
  }
  return { arrived, loading: onDemand.get(lang)?.loading ?? en.loading };
}

/**
 * Fetches the table for `locale` ahead of need: for rendering on a server, where there is
 * one pass and no waiting, or a page that wants its widgets' first words in its language.
 */
export async function loadStrings(locale: string): Promise<void> {
  await stringsPending(locale)?.arrived;
}
