import { en, type Strings } from './en.js';
import { ko } from './ko.js';

export type { Strings };

const tables = new Map<string, Strings>([['en', en], ['ko', ko]]);

/** Adds or replaces a language: another language is one file that calls this. */
export function addStrings(lang: string, table: Strings): void {
  tables.set(lang.toLowerCase(), table);
}

/** The table for a BCP 47 tag: the exact tag, then its language, then English. */
export function stringsFor(locale: string): Strings {
  const tag = locale.toLowerCase();
  return tables.get(tag) ?? tables.get(tag.split('-')[0]) ?? en;
}
