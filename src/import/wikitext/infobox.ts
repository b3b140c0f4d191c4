/**
 * A Wikipedia's film infobox as film JSON: each parameter the template documents has its reader;
 * one it does not know, or a value nothing here can read, is reported at its line. English
 * Wikipedia's `{{Infobox film}}` is the dialect here; Korean Wikipedia's is in korean.ts.
 */
import type { CreditRole } from '../../model/types.js';
import { type Span, type Template, topTemplates } from './markup.js';
import { type Context, cite, items, plain } from './inline.js';
import { type MoneyReading, countryCode, languageCode, money, runtimeMinutes } from './values.js';
import { releasesOf } from './releases.js';
import { type TitleJson, titlesOf } from './titles.js';
import { canonicalTag } from '../../model/localised.js';

type Json = Record<string, unknown>;
export interface EntityJson { name: string | Record<string, string>; sources?: string[] }

const CREDITS = new Map<string, CreditRole>(Object.entries({
  director: 'directors', directors: 'directors', 'directed by': 'directors',
  producer: 'producers', producers: 'producers', 'produced by': 'producers',
  writer: 'writers', writers: 'writers', 'written by': 'writers',
  screenplay: 'screenplay', 'screenplay by': 'screenplay', story: 'story', 'story by': 'story',
  'based on': 'basedOn', starring: 'starring', narrator: 'narrators', 'narrated by': 'narrators',
  music: 'music', 'music by': 'music', cinematography: 'cinematography',
  editing: 'editors', editor: 'editors', 'edited by': 'editors',
} as const));
const COMPANIES = new Map<string, 'production' | 'distributors'>(Object.entries({
  studio: 'production', studios: 'production', 'production company': 'production', 'production companies': 'production',
  distributor: 'distributors', distributors: 'distributors', 'distributed by': 'distributors',
} as const));
/** How the infobox is drawn, not what the film is: nothing to keep. */
const PRESENTATION = new Set(['italic title', 'image size', 'image upright', 'border', 'alt', 'image_size', 'embed', 'module']);

/** Every source a fact of the infobox has: the article, then its own references. */
const backed = (ctx: Context, ...lists: string[][]) => [...new Set([ctx.citations.article.id, ...lists.flat()])];

/** A value's items as names, each with its references. */
function entities(value: Span, ctx: Context, dialect: Dialect = english): EntityJson[] {
  const { items: found, shared } = items(value, ctx);
  const out: EntityJson[] = [];
  for (const item of found) {
    const cited = cite(item, ctx);
    const names = dialect.names ? plain(cited, ctx).split(dialect.names) : [plain(cited, ctx)];
    const sources = backed(ctx, cited.sources, shared);
    for (const written of names) {
      // "Kim Ji-woon (uncredited)", "A24 (United States)": what the line says of the name is told, not made part of it.
      const [, name = written, aside] = /^(.*?)\s*\(([^()]+)\)$/.exec(written) ?? [];
      if (aside) ctx.notes.add(ctx.wiki.lineAt(item.offset), written, `what the infobox says of ${name || 'the name before'} (${aside}): a name in a film has no place for it`, { reason: 'nameAside', values: { aside } });
      if (name) out.push({ name: names.length > 1 ? name : nameByLanguage(item, name, ctx), sources });
    }
  }
  return out;
}

/**
 * `{{ill|Kim Tae-seong|ko|김태성}}` links a name to the article on another language's wiki, whose
 * title is the name in that language: `{ "en": "Kim Tae-seong", "ko": "김태성" }`. A title's
 * disambiguation in brackets (`김태성 (음악가)`) is no part of the name.
 */
function nameByLanguage(item: Span, name: string, ctx: Context): string | Record<string, string> {
  const ill = topTemplates(item, ctx.wiki).find((t) => t.name === 'ill' || t.name === 'interlanguage link');
  const tag = ill?.positional[1] && canonicalTag(ill.positional[1].text.trim());
  const other = ill?.positional[2] && plain(ill.positional[2], ctx).replace(/\s*\([^()]*\)$/, '');
  if (!tag || !other || other === name || tag.split('-')[0] === 'en') return name;
  return { en: name, [tag]: other };
}

/** The name in the article's language, where a list needs one text. */
const firstName = (name: EntityJson['name']) => (typeof name === 'string' ? name : Object.values(name)[0]!);

/** `{{Based on|''Old Boy''|Garon Tsuchiya|Nobuaki Minegishi}}` as "Old Boy by Garon Tsuchiya and Nobuaki Minegishi". */
function basedOn(value: Span, ctx: Context, template: Template | undefined, dialect: Dialect): EntityJson[] {
  if (!template) return byLines(entities(value, ctx, dialect), dialect);
  const cited = cite(value, ctx);
  const [work, ...by] = template.positional;
  if (!work) return [];
  // Authors one per parameter, or two in one ("Kai Bird and Martin J. Sherwin", "A, B").
  const authors = by.flatMap((span) => entities(span, ctx).flatMap((e) => firstName(e.name).split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/)))
    .map((a) => a.replace(/^by\s+/i, '').trim()).filter(Boolean);
  return [{ name: dialect.by(plain(work, ctx), authors), sources: backed(ctx, cited.sources) }];
}

/**
 * A Based on written without its template, a work on one line and its authors on the next
 * (`''Jaws''<br />by Peter Benchley`, `《파친코》<br />이민진`): each work with its authors, as one entry.
 */
function byLines(lines: EntityJson[], dialect: Dialect): EntityJson[] {
  const works: Array<{ work: EntityJson; authors: string[] }> = [];
  for (const line of lines) {
    const last = works.at(-1);
    const author = last && dialect.author(firstName(line.name), firstName(last.work.name));
    if (last && author !== undefined) {
      last.authors.push(author);
      last.work.sources = [...new Set([...(last.work.sources ?? []), ...(line.sources ?? [])])];
    } else works.push({ work: line, authors: [] });
  }
  return works.map(({ work, authors }) => (authors.length ? { ...work, name: dialect.by(firstName(work.name), authors) } : work));
}

/** English: "Old Boy by Garon Tsuchiya and Nobuaki Minegishi". */
const englishBy = (work: string, authors: string[]): string =>
  !authors.length ? work : `${work} by ${authors.length > 1 ? `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}` : authors[0]}`;

/** Runtimes: figures without a label are what sources give for the film; a labelled cut is reported. */
function runtimes(value: Span, ctx: Context, dialect: Dialect): Json[] {
  const { items: found, shared } = items(value, ctx);
  const out: Json[] = [];
  for (const item of found) {
    const cited = cite(item, ctx);
    const written = plain(cited, ctx);
    const read = dialect.runtime(written);
    const line = ctx.wiki.lineAt(item.offset);
    if (!read) {
      ctx.notes.add(line, written, 'a runtime that is not a number of minutes', { section: 'runtime', reason: 'notRuntime' });
      continue;
    }
    const label = read.rest.replace(/^\((.*)\)$/, '$1').trim();
    if (label && out.length) {
      ctx.notes.add(line, written, `the runtime of another cut (${label}): a film's runtimes are one cut's, as sources give it`, { section: 'runtime' });
      continue;
    }
    if (label) ctx.notes.add(line, written, `the label "${label}" of this runtime has no place in a film; the minutes were kept`);
    out.push({ value: read.minutes, sources: backed(ctx, cited.sources, shared) });
  }
  return out;
}

function amount(value: Span, ctx: Context, section: string, dialect: Dialect): Json | undefined {
  const { items: found, shared } = items(value, ctx);
  const [first, ...others] = found;
  if (!first) return undefined;
  const cited = cite(first, ctx);
  const written = plain(cited, ctx);
  const read = dialect.money(written);
  const line = ctx.wiki.lineAt(first.offset);
  for (const other of others) ctx.notes.add(ctx.wiki.lineAt(other.offset), plain(cite(other, ctx), ctx), 'another figure for the same amount (a conversion or estimate): a film keeps one');
  if (!read) {
    ctx.notes.add(line, written, 'not an amount of money with a currency', { section, reason: 'notMoney' });
    return undefined;
  }
  if ('refused' in read) {
    ctx.notes.add(line, written, read.refused, { section, reason: 'moneyRange' });
    return undefined;
  }
  // What the figure covers ("(US)", "worldwide", "United States and Canada", "as of 2024") is its
  // note; a longer run of words is prose, reported rather than kept.
  const note = read.rest.replace(/^\((.*)\)$/, '$1').replace(/^[–—-]\s*/, '').trim();
  const kept = note.length <= 60 && !/[.;:!?]\s/.test(note);
  if (note && !kept) ctx.notes.add(line, read.rest, 'words after the amount: a film keeps a short note on what it covers', { section });
  const figure: Json = { amount: read.amount, currency: read.currency };
  if (note && kept) figure['note'] = note;
  return { ...figure, sources: backed(ctx, cited.sources, shared) };
}

/** Country or language names as codes (or genres as named); their references still become sources. */
function codes(value: Span, ctx: Context, code: (name: string) => string): string[] {
  const { items: found } = items(value, ctx);
  const out: string[] = [];
  for (const item of found) {
    for (const name of plain(cite(item, ctx), ctx).split(/\s*(?:,|\/| and )\s*/)) if (name) out.push(code(name));
  }
  return [...new Set(out)];
}

/** What a parameter that is neither a credit nor a company gives. */
export type Field = 'title' | 'titles' | 'genres' | 'releases' | 'runtime' | 'countries' | 'languages' | 'budget' | 'boxOffice' | 'image' | 'caption';

/**
 * How one Wikipedia writes its film infobox: the template's name, what each parameter gives,
 * and how its values are written (English Wikipedia's dates, runtimes and money are not Korean
 * Wikipedia's).
 */
export interface Dialect {
  /** The template as its authors know it: `{{Infobox film}}`. */
  template: string;
  /** The wiki's language, which its plain text is in. */
  lang: string;
  credits: ReadonlyMap<string, CreditRole>;
  companies: ReadonlyMap<string, 'production' | 'distributors'>;
  fields: ReadonlyMap<string, Field>;
  /** How the infobox is drawn, not what the film is: nothing to keep. */
  presentation: ReadonlySet<string>;
  /** What separates names written on one line ("홍인표, 홍원찬"), where the wiki's names hold none. */
  names?: RegExp;
  titles(value: Span, ctx: Context): { original?: TitleJson; others: TitleJson[] };
  runtime(text: string): { minutes: number; rest: string } | undefined;
  money(text: string): MoneyReading | undefined;
  country(name: string): string;
  language(name: string): string;
  /** What is settled once every parameter is read (Korean: which title is the original). */
  settle?(film: Json, title: string): void;
  /** A work by its authors, as the wiki's language writes it. */
  by(work: string, authors: string[]): string;
  /** The author a line of a Based on names after the line naming `work`; undefined for another work's line. */
  author(line: string, work: string): string | undefined;
}

export const english: Dialect = {
  template: '{{Infobox film}}',
  lang: 'en',
  credits: CREDITS,
  companies: COMPANIES,
  fields: new Map(Object.entries({
    name: 'title', 'film name': 'titles', 'native name': 'titles', 'original title': 'titles',
    released: 'releases', 'release date': 'releases', 'release dates': 'releases', runtime: 'runtime', 'running time': 'runtime',
    country: 'countries', countries: 'countries', language: 'languages', languages: 'languages',
    budget: 'budget', gross: 'boxOffice', 'box office': 'boxOffice', image: 'image', caption: 'caption',
  } as const)),
  presentation: PRESENTATION,
  titles: titlesOf,
  runtime: runtimeMinutes,
  money,
  country: countryCode,
  language: languageCode,
  by: englishBy,
  author: (line) => /^by\s+(.+)/i.exec(line)?.[1],
};

/**
 * Whether `{{Infobox film}}` has a parameter of its own, as English Wikipedia's does: the Japanese
 * and German Wikipedias call theirs `{{Infobox Film}}` too, with parameters in their own language.
 */
export const isEnglishInfobox = (infobox: Template): boolean =>
  [...infobox.named.keys()].some((key) => english.fields.has(key) || CREDITS.has(key) || COMPANIES.has(key) || PRESENTATION.has(key));

/** The infobox's parameters as film JSON fields, read as `dialect` writes them; the title comes back separately. */
export function readInfobox(infobox: Template, ctx: Context, dialect: Dialect = english): { film: Json; title?: string } {
  const film: Json = {};
  const credits: Json = {};
  const companies: Json = {};
  let title: string | undefined;
  for (const [key, value] of infobox.named) {
    if (!value.text.trim()) continue;
    const templates = () => topTemplates(value, ctx.wiki);
    // A list given twice (`director` and `directors`) is one list; anything else is set once.
    const put = (target: Json, field: string, found: object | undefined) => {
      if (!found || (Array.isArray(found) && !found.length)) return;
      const before = target[field];
      target[field] = Array.isArray(before) && Array.isArray(found) ? [...before, ...found] : found;
    };
    const field = dialect.fields.get(key);
    const role = dialect.credits.get(key);
    const company = dialect.companies.get(key);
    if (field === 'title') title = plain(cite(value, ctx), ctx) || undefined;
    else if (role) put(credits, role, role === 'basedOn' ? basedOn(value, ctx, templates().find((t) => t.name === 'based on'), dialect) : entities(value, ctx, dialect));
    else if (company) put(companies, company, entities(value, ctx, dialect));
    else if (field === 'releases') put(film, 'releases', releasesOf(value, ctx));
    else if (field === 'runtime') put(film, 'runtime', runtimes(value, ctx, dialect));
    else if (field === 'countries') put(film, 'countries', codes(value, ctx, dialect.country));
    else if (field === 'languages') put(film, 'languages', codes(value, ctx, dialect.language));
    else if (field === 'genres') put(film, 'genres', codes(value, ctx, (name) => name.trim()));
    else if (field === 'budget' || field === 'boxOffice') put(film, field, amount(value, ctx, field, dialect));
    else if (field === 'titles') {
      const titles = dialect.titles(value, ctx);
      put(film, 'originalTitle', titles.original);
      put(film, 'altTitles', titles.others);
    } else if (field === 'image') {
      ctx.notes.add(value.line, `${key} = ${value.text}`, 'a file on Wikipedia, not a web address', { section: 'poster', todo: 'add the poster as "poster": { "src": URL, "alt": … } by hand', reason: 'wikiFile' });
    } else if (field === 'caption') {
      ctx.notes.add(value.line, `${key} = ${value.text}`, 'the caption of the infobox image, which is not imported', { reason: 'imageCaption' });
    } else if (!dialect.presentation.has(key)) {
      ctx.notes.add(value.line, `${key} = ${value.text}`, `"${key}" is not a parameter of ${dialect.template} that a film has a place for`,
        { reason: 'notAParameter', values: { key, template: dialect.template } });
    }
  }
  if (Object.keys(credits).length) film['credits'] = credits;
  if (Object.keys(companies).length) film['companies'] = companies;
  // Positional parameters are a slip of the editor's (a stray `|`): nothing to read in them.
  for (const stray of infobox.positional) {
    if (stray.text.trim()) ctx.notes.add(ctx.wiki.lineAt(stray.offset), stray.text, 'text without a parameter name in the infobox', { reason: 'strayText' });
  }
  return title === undefined ? { film } : { film, title };
}
