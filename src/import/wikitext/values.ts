/**
 * Values as an English Wikipedia article writes them, once the markup is gone: dates in the
 * styles the Manual of Style allows, amounts of money with a currency sign and a scale word,
 * runtimes, and country and language names turned into the codes film JSON prefers.
 */

import { calendarDate, readDate } from '../../model/dates.js';

/** A date from its parts, as far as they go: `2023`, `2023-10`, `2023-10-05`; undefined when impossible. */
export const dateOf = calendarDate;

/**
 * An ISO 8601 date from "October 5, 2023", "5 October 2023", "2023-10-05", "2019-5-25",
 * "October 2023" or "2023" (the model's reader of written dates); undefined for anything else.
 */
export const isoDate = readDate;

/** Currency signs as English Wikipedia writes them; a bare `$` is the US dollar there. */
const SIGNS: [RegExp, string][] = [
  [/^(?:US\$|U\.S\.\s?\$|USD)/, 'USD'], [/^(?:CN¥|RMB|CNY|¥\s?(?=[\d.,]+\s*(?:yuan)))/, 'CNY'], [/^(?:A\$|AU\$|AUD)/, 'AUD'],
  [/^(?:C\$|CA\$|CAD)/, 'CAD'], [/^(?:HK\$|HKD)/, 'HKD'], [/^(?:NT\$|TWD)/, 'TWD'], [/^(?:R\$|BRL)/, 'BRL'],
  [/^(?:NZ\$|NZD)/, 'NZD'], [/^(?:S\$|SGD)/, 'SGD'], [/^(?:₩|KRW)/, 'KRW'], [/^(?:¥|JP¥|JPY)/, 'JPY'], [/^(?:£|GBP)/, 'GBP'],
  [/^(?:€|EUR)/, 'EUR'], [/^(?:₹|INR|Rs\.?)/, 'INR'], [/^(?:₽|RUB)/, 'RUB'], [/^(?:฿|THB)/, 'THB'], [/^(?:₱|PHP)/, 'PHP'],
  [/^(?:CHF)/, 'CHF'], [/^(?:SEK)/, 'SEK'], [/^(?:NOK)/, 'NOK'], [/^(?:DKK)/, 'DKK'], [/^(?:MXN)/, 'MXN'], [/^\$/, 'USD'],
];
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, crore: 1e7, lakh: 1e5, m: 1e6, bn: 1e9 };
const AMOUNT = /^([\d.,]+)\s*(thousand|million|billion|trillion|crore|lakh|m|bn)?\b/i;

/** What an amount of money read as: the money, or why it could not be one amount. */
export type MoneyReading = { amount: number; currency: string; rest: string } | { refused: string };

/**
 * "$140 million", "USD 370.6 million", "₩15.5 billion", "¥1.9 billion", "est. $3 million".
 * A range ("$140–216.7 million") is refused: film JSON holds one amount, and picking one end
 * would state something the article does not.
 */
export function money(text: string): MoneyReading | undefined {
  let s = text.trim().replace(/^(?:est\.|estimated|approx\.|approximately|about|over|under|less than|more than|~)\s*/i, '');
  const sign = SIGNS.find(([re]) => re.test(s));
  if (!sign) return undefined;
  s = s.replace(sign[0], '').trim();
  if (/^[\d.,]+\s*(?:[–—-]|to)\s*(?:[A-Z]{0,3}[$€£¥₩₹])?[\d.,]+/.test(s)) return { refused: 'a range of amounts: a film holds one amount, so choose one and add it by hand' };
  const m = AMOUNT.exec(s);
  if (!m) return undefined;
  const figure = Number(m[1]!.replace(/,/g, ''));
  if (!Number.isFinite(figure)) return undefined;
  const amount = Math.round(figure * (m[2] ? SCALE[m[2].toLowerCase()]! : 1) * 100) / 100;
  return { amount, currency: sign[1], rest: s.slice(m[0].length).trim() };
}

/** Minutes from "93 minutes", "93 min.", "2 hours 12 minutes", "132"; undefined otherwise. */
export function runtimeMinutes(text: string): { minutes: number; rest: string } | undefined {
  const s = text.trim();
  let m: RegExpExecArray | null;
  // The longer words first: "2 hours" is not "2 h" and a rest of "ours".
  if ((m = /^(\d+)\s*(?:hours?|hrs?|h)\b\.?(?:,?\s*(?:and\s+)?(\d+)\s*(?:minutes?|mins?|m)\b\.?)?/i.exec(s))) {
    return { minutes: Number(m[1]) * 60 + Number(m[2] ?? 0), rest: s.slice(m[0].length).trim() };
  }
  if ((m = /^(\d+(?:\.\d+)?)\s*(?:(?:minutes?|mins?|m)\b\.?)?/i.exec(s)) && Number(m[1]) > 0) {
    return { minutes: Math.round(Number(m[1])), rest: s.slice(m[0].length).trim() };
  }
  return undefined;
}

const tables = new Map<string, Map<string, string>>();
const letters = 'abcdefghijklmnopqrstuvwxyz';

/** The names of every code Intl knows, in `locale`, as one lookup table: built once, on first need. */
function namesOf(type: 'region' | 'language', locale: string): Map<string, string> {
  const key = `${type} ${locale}`;
  const known = tables.get(key);
  if (known) return known;
  const names = new Map<string, string>();
  const display = new Intl.DisplayNames([locale], { type, fallback: 'none' });
  for (const a of letters) {
    for (const b of letters) {
      const code = type === 'region' ? (a + b).toUpperCase() : a + b;
      const name = display.of(code);
      if (name && name !== code && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), code);
    }
  }
  tables.set(key, names);
  return names;
}

/** A table's own entry: a name such as "constructor" is no key of it. */
export const own = (table: Record<string, string>, key: string): string | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

const LANGUAGE_ALIASES: Record<string, string> = { mandarin: 'cmn', cantonese: 'yue', 'sign language': 'sgn' };

/** Names Wikipedia uses that Intl writes otherwise. */
const REGION_ALIASES: Record<string, string> = {
  'united states of america': 'US', usa: 'US', 'u.s.': 'US', uk: 'GB', 'great britain': 'GB', 'england': 'GB',
  'south korea': 'KR', 'republic of korea': 'KR', 'north korea': 'KP', 'hong kong': 'HK', 'czech republic': 'CZ',
  'the netherlands': 'NL', 'soviet union': 'SU', russia: 'RU', 'people\'s republic of china': 'CN', 'taiwan': 'TW',
};

/** A country's ISO 3166 code ("South Korea" → "KR"), or the name as written when it has none (West Germany). */
export function countryCode(name: string): string {
  const key = name.trim().toLowerCase();
  const code = own(REGION_ALIASES, key) ?? namesOf('region', 'en').get(key);
  // The Soviet Union is no longer a region Intl names: it stays a name.
  return code && code !== 'SU' ? code : name.trim();
}

/** A language's BCP 47 code ("Korean" → "ko"), or the name as written. */
export function languageCode(name: string): string {
  const key = name.trim().toLowerCase().replace(/ language$/, '');
  return own(LANGUAGE_ALIASES, key) ?? namesOf('language', 'en').get(key) ?? name.trim();
}

/** A country's or language's code from its name in `locale` (`대한민국` → `KR` in `ko`), or undefined. */
export const codeNamed = (type: 'region' | 'language', name: string, locale: string): string | undefined =>
  namesOf(type, locale).get(name.trim().toLowerCase());
