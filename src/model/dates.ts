/**
 * Dates as people write them: "September 15, 1995", "15 September 1995", "Sept. 1995",
 * "1995", "Friday 15th September 1995", ISO 8601, Korean, Japanese and Chinese dates ("1995년 9월
 * 15일", "1995年9月15日"), each with or without a place after it
 * ("15 September 1995 (Toronto)", "October 6, 2023 – Netflix"). One reader for the model and
 * every importer, so a date the command accepts is a date the builder and the elements accept.
 */
import type { IsoDate } from './types.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number) => String(n).padStart(2, '0');

/** A month's number from its English name or an abbreviation of three letters or more ("Sept."). */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = w.length >= 3 ? MONTHS.findIndex((m) => m.startsWith(w)) : -1;
  return i < 0 ? undefined : i + 1;
}

export function realDay(year: number, month: number, day: number): boolean {
  if (!(month >= 1 && month <= 12) || !(day >= 1)) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0);
}

/**
 * A date from its parts, as far as they go (`1995`, `1995-09`, `1995-09-15`); undefined when
 * the parts name no real day. The year is four digits: film dates are no older than cinema.
 */
export function calendarDate(year: string | number, month?: string | number, day?: string | number): IsoDate | undefined {
  const y = typeof year === 'number' ? year : /^\s*\d{4}\s*$/.test(year) ? Number(year) : NaN;
  if (!Number.isInteger(y) || y < 1000 || y > 9999) return undefined;
  const blank = (v: unknown) => v === undefined || (typeof v === 'string' && !v.trim());
  if (blank(month)) return blank(day) ? String(y) : undefined;
  const m = typeof month === 'number' ? month : /^\s*\d{1,2}\s*$/.test(month!) ? Number(month) : monthNumber(month!.trim());
  if (m === undefined || !(m >= 1 && m <= 12)) return undefined;
  if (blank(day)) return `${y}-${pad(m)}`;
  const d = typeof day === 'number' ? day : /^\s*\d{1,2}(?:st|nd|rd|th)?\s*$/i.test(day!) ? parseInt(day!, 10) : NaN;
  return Number.isInteger(d) && realDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

export interface WrittenDate {
  date: IsoDate;
  /** What followed the date: "(Toronto)", "– Netflix", ", Cannes" give "Toronto", "Netflix", "Cannes". */
  place?: string;
}

const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const ORDINAL = '(?:st|nd|rd|th)?';
/** Each shape a date is written in, anchored at the start, with what it captures. */
const SHAPES: [RegExp, (m: RegExpExecArray) => IsoDate | undefined][] = [
  [/^(\d{4})-(\d{1,2})(?:-(\d{1,2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?(?![\d-])/, (m) => calendarDate(m[1]!, m[2]!, m[3])],
  [new RegExp(`^${WEEKDAY}([a-z]{3,9}\\.?)\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})(?!\\d)`, 'i'), (m) => calendarDate(m[3]!, m[1]!, m[2]!)],
  [new RegExp(`^${WEEKDAY}(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?([a-z]{3,9}\\.?),?\\s+(\\d{4})(?!\\d)`, 'i'), (m) => calendarDate(m[3]!, m[2]!, m[1]!)],
  [/^([a-z]{3,9}\.?),?\s+(\d{4})(?!\d)/i, (m) => calendarDate(m[2]!, m[1]!)],
  [/^(\d{4})\s*[년年]\s*(?:(\d{1,2})\s*[월月]\s*(?:(\d{1,2})\s*[일日])?)?/, (m) => calendarDate(m[1]!, m[2], m[3])],
  [/^(\d{4})(?![\d-])/, (m) => calendarDate(m[1]!)],
];

/** What may follow a date and names where it happened. */
function placeAfter(rest: string): string | undefined | false {
  const r = rest.trim();
  if (!r) return undefined;
  const m = /^\((.+)\)$/.exec(r) ?? /^[–—-]\s*(\D.*)$/.exec(r) ?? /^,\s*(\D.*)$/.exec(r) ?? /^in\s+(\D.*)$/i.exec(r);
  const place = m?.[1]?.trim();
  return place && !/[()]/.test(place.replace(/\([^()]*\)/g, '')) ? place : false;
}

/**
 * The date a text starts with and the place after it, or undefined when the text is not a date
 * (or is a date followed by something that is not a place: "1995 and 1996").
 * "c." and "circa" are dropped: film JSON has no way to say "about", and the year stands.
 */
export function readWrittenDate(text: string): WrittenDate | undefined {
  const s = text.replace(/\s+/g, ' ').trim().replace(/^(?:c\.|ca\.|circa)\s*/i, '');
  for (const [shape, read] of SHAPES) {
    const m = shape.exec(s);
    if (!m) continue;
    const date = read(m);
    if (date === undefined) return undefined;
    const place = placeAfter(s.slice(m[0].length));
    if (place === false) return undefined;
    return place === undefined ? { date } : { date, place };
  }
  return undefined;
}

/** The date a text is, with nothing after it; undefined otherwise. */
export function readDate(text: string): IsoDate | undefined {
  const read = readWrittenDate(text);
  return read && read.place === undefined ? read.date : undefined;
}
