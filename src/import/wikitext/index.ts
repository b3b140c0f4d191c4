/**
 * A film from Wikipedia wikitext, as copied from an article's edit page: the `{{Infobox film}}`,
 * the cast list, the plot, and the accolades table. The article is the film's first source and
 * its references the others; what is read but has no place in film JSON is listed by line.
 */
import { Notes } from '../notes.js';
import { type Context, cite, plain, scrub, wikiText } from './inline.js';
import { sentences } from './sentences.js';
import { WikiText } from './markup.js';
import { Citations } from './citations.js';
import { type Dialect, english, isEnglishInfobox, readInfobox } from './infobox.js';
import { castLine as koreanCastLine, korean } from './korean.js';
import { readAccoladeList, readAccolades } from './accolades.js';
import { rowsOf, tablesOf } from './tables.js';
import { type Aggregators, englishAggregators, koreanAggregators, readReception } from './reception.js';
import type { TitleJson } from './titles.js';
import { canonicalTag } from '../../model/localised.js';

type Json = Record<string, unknown>;

/** Why a text is not wikitext the importer can read, or undefined when it is. */
export class WikitextRefusal {
  constructor(readonly message: string, readonly reason: 'wikitextNoInfobox' | 'notWikitext' | 'wikitextNoTitle' | 'wikitextOtherInfobox',
    readonly values?: { template: string }) {}
}

/**
 * The film infoboxes of other Wikipedias (French, Spanish, Portuguese, Italian, Russian), whose
 * parameters are their own language's: what an author who copied such an article is told.
 */
const OTHER_INFOBOX = /^(?:infobox cinéma \(film\)|ficha de película|info\/filme|film|фильм)$/;

/** A cast line's parts, as one Wikipedia writes them. */
type CastLine = (text: string) => { actor: string; character?: string; note?: string } | undefined;

/** "Woody, a pull-string cowboy doll", "Woody: a pull-string cowboy doll" and "Woody – a …" alike. */
const englishCastLine: CastLine = (text) => {
  // "Michelle Yeoh as Evelyn", or as older lists write it, "James Hong – Gong Gong" (dot leaders are read as a dash).
  const as = /^(.+?)\s+as\s+(.+)$/.exec(text) ?? /^(.+?)\s+(?:[–—]|--?)\s+(.+)$/.exec(text);
  if (!as) return text ? { actor: text } : undefined;
  const [character, ...about] = as[2]!.split(/,\s+|:\s+|\s+[–—]\s+/);
  return { actor: as[1]!, character: character!, ...(about.length && { note: about.join(', ') }) };
};

/**
 * The sections each Wikipedia's film articles have, by their headings; how a cast line is
 * written; and how a list of accolades is, where the importer reads one (tables are read
 * wherever they stand).
 */
const ARTICLES = new Map<Dialect, {
  wikipedia: string; cast: RegExp; plot: RegExp; accolades: RegExp; quiet: RegExp; castLine: CastLine;
  /** The sections that give the aggregators' figures, and how the wiki words them. */
  reception: RegExp; aggregators: Aggregators;
  accoladeList?: typeof readAccoladeList;
}>([
  [english, {
    wikipedia: 'Wikipedia',
    cast: /^(?:cast|cast and characters|starring|voice cast|main cast|principal cast)$/,
    plot: /^(?:plot|synopsis|plot summary|story|premise)$/,
    accolades: /accolades|awards/,
    quiet: /^(?:references|notes|footnotes|citations|see also|external links|further reading|bibliography|sources)$/,
    castLine: englishCastLine,
    reception: /^(?:reception|critical (?:response|reception)|critical and audience (?:response|reception)|reviews|response|audience (?:response|reception))$/,
    aggregators: englishAggregators,
    accoladeList: readAccoladeList,
  }],
  [korean, {
    wikipedia: '위키백과',
    cast: /^(?:출연|출연진|등장인물|배역|주연|조연|특별 출연|우정 출연|카메오)$/,
    plot: /^(?:줄거리|시놉시스)$/,
    accolades: /수상|시상/,
    quiet: /^(?:각주|주석|내용주|출처|참고 문헌|참고문헌|외부 링크|같이 보기)$/,
    castLine: koreanCastLine,
    reception: /^(?:평가|비평|반응|평단의 반응|비평적 반응|평단 반응|평론|흥행 및 평가|평가 및 흥행|흥행과 평가)$/,
    aggregators: koreanAggregators,
  }],
]);

interface Section {
  title: string;
  level: number;
  body: { text: string; offset: number };
  line: number;
}

function sectionsOf(wiki: WikiText): Section[] {
  const heads = [...wiki.text.matchAll(/^(={2,6})\s*(.+?)\s*\1\s*$/gm)];
  return heads.map((m, i) => {
    const start = m.index! + m[0].length;
    const end = heads[i + 1]?.index ?? wiki.text.length;
    return { title: m[2]!.replace(/'{2,}/g, '').trim(), level: m[1]!.length, body: { text: wiki.text.slice(start, end), offset: start }, line: wiki.lineAt(m.index!) };
  });
}

/** The longest cast lists run to a few hundred lines; past this only hostile text goes on. */
const MAX_CAST = 1_000;

/**
 * `* [[Song Kang-ho]] as Kim Ki-taek, the family's patriarch` as a cast member. A cast line often
 * goes on after its first sentence with casting trivia ("Murphy lost weight for the role."):
 * that is reported, not made a note on the character, and its references back nothing here.
 */
function castOf(section: Section, ctx: Context, read: CastLine): Json[] {
  const out: Json[] = [];
  let offset = section.body.offset;
  for (const line of section.body.text.split('\n')) {
    const m = /^(\*+\s*)(.+)$/.exec(line);
    const at = offset;
    offset += line.length + 1;
    if (!m) continue;
    if (out.length === MAX_CAST) {
      ctx.notes.add(ctx.wiki.lineAt(at), line, `the cast list goes on past ${MAX_CAST} lines: from this one on it was not read`);
      break;
    }
    // Dot leaders ("Marlon Brando ... Vito Corleone") end no sentence: a dash of the same length stands for them.
    const written = m[2]!.replace(/\s(?:\.{2,}|…)\s/g, (dots) => ` –${' '.repeat(dots.length - 2)}`);
    const [first, ...rest] = sentences({ text: written, offset: at + m[1]!.length }, ctx.wiki);
    if (!first) continue;
    const cited = cite(first, ctx);
    const text = plain(cited, ctx).replace(/\.$/, '');
    const sources = [...new Set([ctx.citations.article.id, ...cited.sources])];
    if (rest.length) {
      const trivia = scrub(wikiText(rest.map((s) => s.text).join('').replace(/<ref\b[^>]{0,500}\/\s*>|<ref\b[^>]{0,500}>(?:(?!<ref\b)[\s\S])*?<\/ref\s*>/gi, '')));
      ctx.notes.add(ctx.wiki.lineAt(rest[0]!.offset), trivia, 'what the cast line says about the casting or the actor: a film keeps the role and what the line says of the character', { reason: 'castTrivia' });
    }
    const role = read(text);
    if (!role) continue;
    const member: Json = role.character === undefined ? { actor: role.actor, sources } : { actor: role.actor, character: role.character, sources };
    if (role.note) member['note'] = role.note;
    out.push(member);
  }
  return out;
}

/** A cast table's columns, as English and Korean Wikipedia head them. */
const ACTOR = /actor|actress|cast|performer|voice|배우|출연|성우/i;
const CHARACTER = /character|role|배역|역할|인물/i;

/**
 * A cast written as a table (animated films' voice casts): a row per role, its actor from the
 * first column of actors (the original cast; a dub's column is told, not read).
 */
function castTables(section: Section, ctx: Context): Json[] {
  const out: Json[] = [];
  for (const table of tablesOf(section.body.text).map((t) => ({ text: t.text, offset: section.body.offset + t.offset }))) {
    const { header, rows } = rowsOf(table);
    const heads = header.map((cell) => plain(cell, ctx));
    const actor = heads.findIndex((h) => ACTOR.test(h) && !CHARACTER.test(h));
    const character = heads.findIndex((h) => CHARACTER.test(h));
    if (actor < 0) continue;
    const others = heads.filter((h, i) => i !== actor && ACTOR.test(h) && !CHARACTER.test(h));
    if (others.length) ctx.notes.add(ctx.wiki.lineAt(table.offset), others.join(', '), `the table's other cast (${others.join(', ')}): a film's cast is its original one`);
    for (const row of rows.slice(0, MAX_CAST)) {
      const cited = (i: number) => (row.cells[i] ? cite(row.cells[i]!, ctx) : undefined);
      const who = cited(actor);
      const name = who && plain(who, ctx);
      if (!name) continue;
      const role = character < 0 ? undefined : cited(character);
      const member: Json = { actor: name };
      const as = role && plain(role, ctx);
      if (as) member['character'] = as;
      member['sources'] = [...new Set([ctx.citations.article.id, ...who.sources, ...(role?.sources ?? [])])];
      out.push(member);
    }
  }
  return out;
}

/** The lead's bold title, for wikitext whose infobox has no name (or which has no infobox). */
function leadTitle(wiki: WikiText, ctx: Context): string | undefined {
  const m = /'''''(.+?)'''''|'''(.+?)'''/.exec(wiki.text);
  return m ? plain({ text: (m[1] ?? m[2])!, offset: m.index }, ctx) || undefined : undefined;
}

const ORDER = ['title', 'originalTitle', 'altTitles', 'year', 'genres', 'credits', 'companies', 'releases', 'runtime', 'countries', 'languages',
  'budget', 'boxOffice', 'cast', 'plot', 'scores', 'accolades', 'sources'];

/** A long film article has fifty sections; past this only hostile text goes on. */
const MAX_SECTIONS = 500;

/**
 * The title in the article's language and, when the infobox gives the film's own title in another
 * language (`{{Infobox Korean name|hangul=기생충}}`, `native_name = {{lang|ko|발레리나}}`), in that
 * language too: `{ "en": "Parasite", "ko": "기생충" }`, so a Korean page shows the Korean title.
 * The article's language is its wiki's (`ko.wikipedia.org`), or its infobox's when no address is given.
 * `originalTitle` stays as well: it says which title is the original whatever `languages` says.
 */
function titleByLanguage(title: string, original: TitleJson | undefined, dialect: Dialect, baseUrl?: string): string | Record<string, string> {
  const wiki = /^https?:\/\/([a-z]{2,3}(?:-[a-z]+)?)\.(?:m\.)?wikipedia\.org\//i.exec(baseUrl ?? '')?.[1]?.toLowerCase() ?? dialect.lang;
  const tag = original?.lang && canonicalTag(original.lang);
  if (!original || !tag || tag.split('-')[0] === wiki || original.text === title) return title;
  return { [wiki]: title, [tag]: original.text };
}

export function importWikitext(text: string, options: { baseUrl?: string } = {}): { film: Json; notes: Notes } | WikitextRefusal {
  const wiki = new WikiText(text);
  const notes = new Notes();
  const article = { id: 'wikipedia', title: 'Wikipedia', kind: 'encyclopedia', publisher: 'Wikipedia' } as { id: string; title: string; kind: string; publisher: string; url?: string };
  if (options.baseUrl && /^https?:\/\//.test(options.baseUrl)) article.url = options.baseUrl;
  const citations = new Citations(wiki, notes, article);
  const ctx: Context = { wiki, notes, citations };
  citations.attach(ctx);

  const [first, ...others] = wiki.templates(/^infobox (?:film|movie)$/);
  const [koreanFirst, ...koreanOthers] = first ? [] : wiki.templates(/^영화 정보$/);
  const dialect = koreanFirst ? korean : english;
  const infobox = koreanFirst ?? (first && (first.named.size === 0 || isEnglishInfobox(first)) ? first : undefined);
  for (const other of [...others, ...koreanOthers]) notes.add(wiki.lineAt(other.start), `{{${other.name}}}`, 'a second film infobox: only the first was read', { reason: 'secondInfobox' });
  const read = infobox ? readInfobox(infobox, ctx, dialect) : { film: {} as Json };
  const layout = ARTICLES.get(dialect)!;
  const film: Json = {};
  const title = ('title' in read ? read.title : undefined) ?? leadTitle(wiki, ctx);
  const accolades = readAccolades(ctx);
  // Another Wikipedia's film infobox, by its name as written: its parameters are its language's.
  const foreign = infobox ? undefined : (first ?? wiki.templates(OTHER_INFOBOX)[0]);
  const foreignName = foreign && wiki.text.slice(foreign.start + 2, foreign.end - 2).split('|')[0]!.trim();
  if (!infobox && !accolades.length) {
    if (foreignName) {
      return new WikitextRefusal(`this article's infobox, {{${foreignName}}}, is another Wikipedia's, whose fields are not read: import the film's English or Korean Wikipedia article, or the film by its Wikidata id, which gives its names in every language`,
        'wikitextOtherInfobox', { template: foreignName });
    }
    return /\{\{|\[\[|'''|^=+[^=\n]+=+\s*$/m.test(text)
      ? new WikitextRefusal('this wikitext has no film infobox ({{Infobox film}} or {{영화 정보}}) and no accolades table, so no film could be read: copy the article\'s source from its edit page', 'wikitextNoInfobox')
      : new WikitextRefusal('this is not wikitext, a web page or JSON, so no film could be read', 'notWikitext');
  }
  if (foreign) notes.add(wiki.lineAt(foreign.start), `{{${foreignName}}}`, 'another Wikipedia\'s film infobox, whose fields are not read');
  if (!title) return new WikitextRefusal('the infobox has no "name" and the article no bold title, so the film has no title: add "| name = …" to the infobox', 'wikitextNoTitle');
  film['title'] = title;
  // As the wiki names itself, in the article's own language.
  article.title = `${title} – ${layout.wikipedia}`;
  article.publisher = layout.wikipedia;
  Object.assign(film, read.film);
  dialect.settle?.(film, title);
  film['title'] = titleByLanguage(title, film['originalTitle'] as TitleJson | undefined, dialect, options.baseUrl);

  const sections = sectionsOf(wiki);
  if (sections.length > MAX_SECTIONS) {
    notes.add(sections[MAX_SECTIONS]!.line, `== ${sections[MAX_SECTIONS]!.title} ==`, `the article has more than ${MAX_SECTIONS} sections: from this one on they were not read`);
  }
  const unread: Section[] = [];
  /** The level of the cast section being read: its subsections ("Cameos", "Supporting") are cast too. */
  let castLevel = Infinity;
  for (const section of sections.slice(0, MAX_SECTIONS)) {
    const name = section.title.toLowerCase();
    castLevel = layout.cast.test(name) ? Math.min(castLevel, section.level) : section.level > castLevel ? castLevel : Infinity;
    if (castLevel < Infinity) {
      const cast = [...castOf(section, ctx, layout.castLine), ...castTables(section, ctx)];
      if (cast.length) film['cast'] = [...((film['cast'] as Json[]) ?? []), ...cast];
      // A cast told in prose has no lines to read: it is named with the sections not read.
      else if (section.body.text.replace(/\{\{[^{}]*\}\}/g, '').trim()) unread.push(section);
    } else if (layout.plot.test(name)) {
      const plot = plain(cite(section.body, ctx), ctx, { paragraphs: true });
      // A premise tells the setup, not the ending; a film's first plot section is its plot.
      if (plot && !film['plot']) film['plot'] = { text: plot, spoilers: name !== 'premise', sources: [article.id] };
    } else if (layout.reception.test(name)) {
      const scores = readReception(section.body, ctx, layout.aggregators);
      if (scores.length) film['scores'] = [...((film['scores'] as Json[]) ?? []), ...scores];
    } else if (name === 'box office') {
      // Audiences' polls are reported with the opening weekend; the gross is the infobox's.
      const scores = readReception(section.body, ctx);
      if (scores.length) film['scores'] = [...((film['scores'] as Json[]) ?? []), ...scores];
      notes.add(section.line, `== ${section.title} ==`, 'of this section only the audience polls are read; the gross is read from the infobox');
    } else if (layout.accolades.test(name)) {
      if (layout.accoladeList) accolades.push(...layout.accoladeList(section.body, ctx));
      else if (!/^\s*\{\|/m.test(section.body.text)) unread.push(section);
      const main = ctx.wiki.templates(/^(?:main|main article|further)$/, section.body.offset, section.body.offset + section.body.text.length)[0];
      if (main) notes.add(ctx.wiki.lineAt(main.start), plain(main.positional[0] ?? { text: '', offset: main.start }, ctx), 'the accolades are listed in another article: import that article\'s accolades table too');
    } else if (layout.quiet.test(name)) {
      continue;
    } else if (section.body.text.replace(/\{\{[^{}]*\}\}/g, '').trim()) {
      unread.push(section);
    }
  }
  // Named once, in one line at the first of them: an author wants to know which, not to read it eleven times.
  if (unread.length) {
    notes.add(unread[0]!.line, unread.map((s) => s.title).join(', '),
      `${unread.length === 1 ? 'a section' : 'sections'} the importer does not read: it reads the infobox, the cast list, the plot, the scores in Reception and the accolades`, { reason: 'sectionsUnread' });
  }
  if (accolades.length) film['accolades'] = accolades;
  // The film's year is that of its first release, a festival's included, as the article's lead gives it.
  const releases = (film['releases'] as { date: string }[] | undefined) ?? [];
  if (releases.length) film['year'] = releases.reduce((first, r) => Math.min(first, Number(r.date.slice(0, 4))), Infinity);
  film['sources'] = citations.sources();
  // In the order film.schema.json lists the sections, which is how an author reads the file.
  const ordered: Json = {};
  for (const key of ORDER) if (film[key] !== undefined) ordered[key] = film[key];
  return { film: ordered, notes };
}
