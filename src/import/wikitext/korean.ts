/**
 * Korean Wikipedia's film infobox, `{{영화 정보}}`, and how its articles write what it holds:
 * dates as "2022년 6월 29일" (the model's reader of written dates knows them), runtimes as "138분",
 * money as "135억 원" or "2억 6,300만 달러", countries and languages by their Korean names, and
 * cast lines as "[[탕웨이]] : 송서래 역".
 */
import type { CreditRole } from '../../model/types.js';
import type { Dialect } from './infobox.js';
import { titlesOf, type TitleJson } from './titles.js';
import { type MoneyReading, codeNamed, countryCode, languageCode, money, own, runtimeMinutes } from './values.js';

type Json = Record<string, unknown>;

/** "138분", "2시간 18분", "2시간"; a runtime written the English way ("138 minutes") is read too. */
function runtime(text: string): { minutes: number; rest: string } | undefined {
  const s = text.trim();
  const m = /^(?:(\d+)\s*시간\s*)?(?:(\d+)\s*분)?/.exec(s)!;
  const minutes = Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
  return m[0] && minutes > 0 ? { minutes, rest: s.slice(m[0].length).trim() } : runtimeMinutes(s);
}

const SCALE: Record<string, number> = { 백: 1e2, 천: 1e3, 만: 1e4, 억: 1e8, 조: 1e12 };
/** Currencies by their Korean names; the Hong Kong dollar before the (US) dollar. */
const CURRENCIES: [RegExp, string][] = [
  [/^(?:원|₩)/, 'KRW'], [/^홍콩\s*달러/, 'HKD'], [/^(?:미국\s*)?(?:달러|불)/, 'USD'], [/^(?:일본\s*)?엔/, 'JPY'],
  [/^(?:중국\s*)?위안/, 'CNY'], [/^유로/, 'EUR'], [/^(?:영국\s*)?파운드/, 'GBP'],
];

/**
 * "135억 원", "약 2억 6,300만 달러", "1억 2천만 달러", "₩135억": figures counted in 만, 억 and 조
 * and a currency named in Korean. What has neither is read the English way ("$262 million").
 */
function koreanMoney(text: string): MoneyReading | undefined {
  let s = text.trim().replace(/^(?:약|대략|추정|최소|최대)\s*/, '');
  let currency = /^(?:미화|US\$|\$)/.test(s) ? 'USD' : /^₩/.test(s) ? 'KRW' : undefined;
  s = s.replace(/^(?:미화|US\$|\$|₩)\s*/, '');
  let amount = 0;
  let korean = false;
  // Each group a figure, perhaps times 천 or 백, then 조, 억 or 만: "1억 2천만" is 100,000,000 + 2,000 × 10,000.
  for (let m; (m = /^(\d[\d,]*(?:\.\d+)?)\s*(천|백)?\s*(조|억|만)?\s*/.exec(s)); ) {
    amount += Number(m[1]!.replace(/,/g, '')) * (m[2] ? SCALE[m[2]]! : 1) * (m[3] ? SCALE[m[3]]! : 1);
    s = s.slice(m[0].length);
    if (!m[2] && !m[3]) break;
    korean = true;
  }
  if (/^[~–—-]\s*\d/.test(s)) return { refused: 'a range of amounts: a film holds one amount, so choose one and add it by hand' };
  const word = CURRENCIES.find(([re]) => re.test(s));
  if (word) {
    currency = word[1];
    s = s.replace(word[0], '');
    korean = true;
  }
  if (!korean || !currency || !Number.isFinite(amount) || amount <= 0) return money(text);
  return { amount: Math.round(amount * 100) / 100, currency, rest: s.trim() };
}

/** Names Korean Wikipedia uses that Intl writes otherwise. */
const REGIONS: Record<string, string> = { 한국: 'KR', 남한: 'KR', 북한: 'KP', 조선민주주의인민공화국: 'KP', 중화민국: 'TW', 홍콩: 'HK', 마카오: 'MO' };
const LANGUAGES: Record<string, string> = { 표준중국어: 'cmn', 만다린: 'cmn', 광둥어: 'yue', 수어: 'sgn', 한국수어: 'kvk' };

export const korean: Dialect = {
  template: '{{영화 정보}}',
  lang: 'ko',
  credits: new Map<string, CreditRole>(Object.entries({
    감독: 'directors', 제작: 'producers', 제작자: 'producers', 프로듀서: 'producers', 각본: 'writers', 각색: 'screenplay',
    원작: 'basedOn', 원안: 'story', 출연: 'starring', 내레이션: 'narrators', 해설: 'narrators', 음악: 'music', 촬영: 'cinematography', 편집: 'editors',
  } as const)),
  companies: new Map(Object.entries({ 제작사: 'production', 배급사: 'distributors', 배급: 'distributors' } as const)),
  fields: new Map(Object.entries({
    제목: 'title', 원제: 'titles', 장르: 'genres', 개봉: 'releases', 개봉일: 'releases', 시간: 'runtime', '상영 시간': 'runtime',
    국가: 'countries', 언어: 'languages', 제작비: 'budget', 흥행수익: 'boxOffice', 수익: 'boxOffice', 그림: 'image', 그림설명: 'caption', '그림 설명': 'caption',
  } as const)),
  presentation: new Set(['그림크기', '그림 크기', '그림 너비', '대체글']),
  names: /\s*[,，、]\s*/,
  titles: titlesOf,
  runtime,
  money: koreanMoney,
  country: (name) => own(REGIONS, name.trim()) ?? codeNamed('region', name, 'ko') ?? countryCode(name),
  language: (name) => own(LANGUAGES, name.trim().replace(/\s+/g, '')) ?? codeNamed('language', name, 'ko') ?? languageCode(name),
  settle: settleOriginal,
  // "이민진의 《파친코》": the lines after a work written in 《》 or 〈〉 are its authors, until another work.
  by: (work, authors) => (authors.length ? `${authors.join(', ')}의 ${work}` : work),
  author: (line, work) => (/[》〉」』]$/.test(work) && !/[《〈「『]/.test(line) ? line : undefined),
};

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Hangul}/u, 'Kore'], [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Jpan'], [/\p{Script=Han}/u, 'Hani'],
  [/\p{Script=Latin}/u, 'Latn'], [/\p{Script=Cyrillic}/u, 'Cyrl'], [/\p{Script=Greek}/u, 'Grek'], [/\p{Script=Arabic}/u, 'Arab'],
  [/\p{Script=Hebrew}/u, 'Hebr'], [/\p{Script=Thai}/u, 'Thai'], [/\p{Script=Devanagari}/u, 'Deva'],
];

/** The writing system of a text, as a script subtag: `Kore`, `Jpan`, `Hani` (Chinese characters alone), `Latn`… */
const scriptOf = (text: string): string | undefined => SCRIPTS.find(([re]) => re.test(text))?.[1];

/** Whether `text` is written as the language `tag` is: Chinese characters serve Japanese and Chinese. */
function writtenIn(text: string, tag: string): boolean {
  let expected: string | undefined;
  try {
    expected = new Intl.Locale(tag).maximize().script;
  } catch {
    return false;
  }
  const script = scriptOf(text);
  return script === expected || (script === 'Hani' && /^(?:Jpan|Hans|Hant)$/.test(expected ?? ''));
}

/**
 * The original title, once the film's languages are known. `원제` is the original title of a
 * film in another language ("Oppenheimer"), but for a Korean film it is often an English or
 * romanised title: a title is original only when written as the film's first language is, and
 * is otherwise another title, its language not guessed. A Korean film's original title is the
 * infobox's own, `제목`.
 */
function settleOriginal(film: Json, title: string): void {
  const first = (film['languages'] as string[] | undefined)?.[0];
  const given = film['originalTitle'] as TitleJson | undefined;
  if (!first || !given || given.lang) return;
  if (writtenIn(given.text, first)) {
    film['originalTitle'] = { text: given.text, lang: first };
    return;
  }
  film['altTitles'] = [given, ...((film['altTitles'] as TitleJson[] | undefined) ?? [])];
  if (first === 'ko' && writtenIn(title, 'ko')) film['originalTitle'] = { text: title, lang: 'ko' };
  else delete film['originalTitle'];
}

const MAX_LINE = 300;
/** Between the actor and the role: a colon, or a dash with spaces about it. */
const SEPARATOR = /\s*[:：]\s*|\s+[–—-]\s+/;
/** "김기택 역", "김기택 역 (전원 백수인 가족의 가장)", "김기택 역, 가족의 가장". */
const ROLE = /^(.+?)\s*역(?:\s*[(（]\s*(.+?)\s*[)）]|\s*[,，]\s*(.+))?$/;

/**
 * A Korean cast line: "[[송강호]] : 김기택 역", "송강호 - 김기택 역 (전원 백수인 가족의 가장)",
 * "송강호 (김기택 역)", "김기택 역 : 송강호", or the actor alone. What follows the role is a note
 * on the character.
 */
export function castLine(text: string): { actor: string; character?: string; note?: string } | undefined {
  const s = text.trim();
  // A cast line is a name and a role; a longer text is read as it stands, never searched at length.
  if (s.length > MAX_LINE) return s ? { actor: s } : undefined;
  const inBrackets = /^(.+?)\s*[(（]\s*(.+?)\s*역\s*[)）]$/.exec(s);
  if (inBrackets) return { actor: inBrackets[1]!, character: inBrackets[2]! };
  const [left = '', right = ''] = s.split(SEPARATOR, 2).map((part) => part.trim());
  if (!left || !right) return left || right ? { actor: left || right } : undefined;
  const asRight = ROLE.exec(right);
  const asLeft = !asRight && ROLE.exec(left);
  const [actor, role] = asRight ? [left, asRight] : asLeft ? [right, asLeft] : [left, undefined];
  if (!role) return { actor, character: right };
  const note = role[2] ?? role[3];
  return { actor, character: role[1]!, ...(note && { note }) };
}
