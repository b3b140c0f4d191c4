/**
 * Text for dates, runtimes, numbers, money, lists, countries and languages, through `Intl` so
 * every locale the browser knows gets its own numbers and month names. Scores and audience
 * figures, which only some elements show, are in format-scores.ts.
 */
import type { IsoDate, Money } from './types.js';

/** Building an `Intl` object costs far more than using one, and a page formats hundreds. */
const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let found = cache.get(key) as T | undefined;
  if (!found) cache.set(key, (found = make()));
  return found;
}

const canonical = new Map<string, string>();

/**
 * The canonical form of a language tag (`en-us` → `en-US`), worked out once per tag; a tag the
 * runtime rejects (`"xx-!!"`) falls back to English rather than throwing.
 */
export function usableLocale(tag: string): string {
  let locale = canonical.get(tag);
  if (locale === undefined) {
    try {
      locale = Intl.getCanonicalLocales(tag)[0] ?? 'en';
    } catch {
      locale = 'en';
    }
    if (canonical.size > 64) canonical.clear();
    canonical.set(tag, locale);
  }
  return locale;
}

export const numbers = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached('number', locale, options, () => new Intl.NumberFormat(usableLocale(locale), options));

// In the reader's own time zone: a formatter with a `timeZone` option costs several more
// milliseconds to build the first time on a page, and the instants below are local noons.
const dates = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(usableLocale(locale), options));

const lists = (locale: string, options: Intl.ListFormatOptions) =>
  cached('list', locale, options, () => new Intl.ListFormat(usableLocale(locale), options));

const languages = new Map<string, string>();
/** The language subtag (`ko` for `ko-KR`), which picks the words and the runtime style. */
export function language(locale: string): string {
  let found = languages.get(locale);
  if (!found) languages.set(locale, (found = usableLocale(locale).split('-')[0]!.toLowerCase()));
  return found;
}

// ---- dates ---------------------------------------------------------------------------------

type Precision = 'year' | 'month' | 'day';

/**
 * Reads `2023`, `2022-04` or `2023-10-05` as noon of that day in the reader's time zone (noon
 * is on the same date in every zone's clock, daylight saving included) and how much is known.
 */
function readDate(date: IsoDate): { time: number; precision: Precision } | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const noon = new Date(2000, 0, 1, 12);
  noon.setFullYear(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1);
  return { time: noon.getTime(), precision: day ? 'day' : month ? 'month' : 'year' };
}

const DATE_STYLE: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  // Components, not `dateStyle`: WebKit formats a range of `dateStyle` dates in numbers ("2023. 10. 9. ~ 2023. 10. 15.").
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

/** `2023` → "2023", `2022-04` → "April 2022", `2023-10-05` → "October 5, 2023" (per locale). */
export function formatDate(date: IsoDate, locale: string): string {
  const read = readDate(date);
  return read ? dates(locale, DATE_STYLE[read.precision]).format(read.time) : date;
}

/** A span such as "October 9 – 15, 2023"; the coarser precision of the two ends decides the style. */
export function formatDateRange(start: IsoDate, end: IsoDate, locale: string): string {
  const from = readDate(start);
  const to = readDate(end);
  if (!from || !to) return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
  const order: Precision[] = ['year', 'month', 'day'];
  const precision = order[Math.min(order.indexOf(from.precision), order.indexOf(to.precision))]!;
  const format = dates(locale, DATE_STYLE[precision]);
  return from.time <= to.time ? format.formatRange(from.time, to.time) : format.formatRange(to.time, from.time);
}

// ---- numbers -------------------------------------------------------------------------------

export function formatNumber(n: number, locale: string): string {
  return numbers(locale).format(n);
}

/** A whole amount is written without cents, as people write it: "$7,563,728", not "$7,563,728.00". */
const WHOLE = { minimumFractionDigits: 0, maximumFractionDigits: 0 };

export function formatMoney(money: Money, locale: string): string {
  const whole = Number.isInteger(money.amount);
  try {
    return numbers(locale, { style: 'currency', currency: money.currency, ...(whole ? WHOLE : {}) }).format(money.amount);
  } catch {
    // An unknown currency code: show the amount and the code as written.
    return `${formatNumber(money.amount, locale)} ${money.currency}`;
  }
}

export function formatList(items: string[], locale: string, type: 'conjunction' | 'unit' = 'conjunction'): string {
  return lists(locale, { type, style: type === 'unit' ? 'narrow' : 'long' }).format(items);
}

// ---- runtimes ------------------------------------------------------------------------------

const minutesIn = (locale: string) => numbers(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' });

/**
 * Languages whose film infoboxes write the unit right after the number ("93分", "93分钟",
 * "93분"), where CLDR may put a space (Japanese "93 分").
 */
const UNIT_CLOSE = new Set(['ja', 'zh', 'ko']);

/**
 * A film's length in minutes, as each language's encyclopedia writes it in a film's infobox:
 * "93 minutes", "93 Minuten", "93分", "93分钟", "93분", even for a long film ("172分"): none of
 * them uses hours there.
 */
export function formatRuntime(minutes: number, locale: string): string {
  const format = minutesIn(locale);
  if (!UNIT_CLOSE.has(language(locale))) return format.format(minutes);
  return format.formatToParts(minutes).filter((part) => !(part.type === 'literal' && !part.value.trim())).map((part) => part.value).join('');
}

// ---- countries and languages ----------------------------------------------------------------

/** Display names for one locale and kind, with the code itself when `Intl` has none. */
const displayNames = (locale: string, type: 'region' | 'language') =>
  cached('names', locale, { type }, () => new Intl.DisplayNames([locale, 'en'], { type, fallback: 'code' }));

function displayName(code: string, locale: string, type: 'region' | 'language'): string {
  try {
    return displayNames(locale, type).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A country written as a code (`KR`) in the reader's language; a name is shown as written. */
export const regionName = (value: string, locale: string) =>
  /^[A-Z]{2}$/.test(value) ? displayName(value, locale, 'region') : value;

/** A language written as a code (`ko`) in the reader's language; a name is shown as written. */
export const languageName = (value: string, locale: string) =>
  /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value) ? displayName(value, locale, 'language') : value;
