/**
 * The accolades wikitable: one row per nomination, with award, date or year, category,
 * recipients, result and references; a cell with `rowspan` stands in the rows below it, as the
 * rendered table shows it (the encyclopedia seed's second row is such a row).
 */
import type { Span } from './markup.js';
import { topTemplates } from './markup.js';
import { rowsOf, tablesOf } from './tables.js';
import { type Context, cite, items, plain } from './inline.js';
import { isoDate } from './values.js';

export interface AccoladeJson {
  award: string;
  date?: string;
  category: string;
  recipients?: { name: string }[];
  result?: string;
  sources: string[];
}

type Column = 'award' | 'date' | 'category' | 'recipients' | 'result' | 'refs';
// As English and Korean Wikipedia head the columns (연도, 시상식, 부문, 후보, 결과).
const COLUMNS: [Column, RegExp][] = [
  ['refs', /^refs?\.?$|^references?$|^sources?$|^(?:출처|각주|참고)$/i], ['date', /date|year|ceremony date|연도|년도|날짜|개최일/i],
  ['category', /category|award category|부문/i], ['recipients', /recipient|nominee|honoree|후보|수상자|대상자/i],
  ['result', /result|outcome|status|결과/i], ['award', /award|festival|ceremony|organi[sz]ation|association|시상식|영화제|시상/i],
];

/** `{{won}}`, `{{nom}}`, `{{pending}}` (Korean Wikipedia's `{{수상}}`, `{{후보}}`), or the word written in the cell. */
function resultOf(cell: Span, ctx: Context): string | undefined {
  const template = topTemplates(cell, ctx.wiki)[0]?.name;
  if (template && /^(?:won|win|yes|수상)$/.test(template)) return 'won';
  if (template && /^(?:nom|nominated|nomination|no|후보)$/.test(template)) return 'nominated';
  if (template && /^(?:pending|tbd|tba)$/.test(template)) return 'pending';
  const text = plain(cite(cell, ctx), ctx);
  if (!text) return undefined;
  const word = text.toLowerCase();
  return /^(?:won|winner|win|수상)$/.test(word) ? 'won' : /^(?:nominated|nominee|nomination|후보|노미네이트)$/.test(word) ? 'nominated'
    : /^(?:pending|tbd|tba|발표 전)$/.test(word) ? 'pending' : text;
}

/** Every wikitable whose header names an award, a category and a result (or recipients). */
export function readAccolades(ctx: Context): AccoladeJson[] {
  const out: AccoladeJson[] = [];
  const text = ctx.wiki.text;
  for (const table of tablesOf(text)) {
    const { header, rows } = rowsOf(table);
    const columns = header.map((cell) => {
      const name = plain(cell, ctx);
      return COLUMNS.find(([, re]) => re.test(name))?.[0];
    });
    if (!columns.includes('award') || !columns.includes('category')) continue;
    for (const row of rows) {
      const cell = (column: Column) => {
        const i = columns.indexOf(column);
        return i === -1 ? undefined : row.cells[i];
      };
      const line = ctx.wiki.lineAt(row.offset);
      const sources = new Set<string>([ctx.citations.article.id]);
      const read = (c: Span | undefined) => {
        if (!c) return '';
        const cited = cite(c, ctx);
        for (const id of cited.sources) sources.add(id);
        return plain(cited, ctx);
      };
      const award = read(cell('award'));
      const category = read(cell('category'));
      const when = read(cell('date'));
      read(cell('refs'));
      if (!award || !category) {
        ctx.notes.add(line, row.cells.map((c) => c.text.trim()).join(' | '), 'a row without an award or a category');
        continue;
      }
      const accolade: AccoladeJson = { award, category, sources: [] };
      const date = when ? isoDate(when) ?? isoDate(/\b(\d{4})\b/.exec(when)?.[1] ?? '') : undefined;
      if (date) accolade.date = date;
      if (when && (!date || (date.length === 4 && !/^\d{4}$/.test(when)))) ctx.notes.add(line, when, date ? 'a date read as its year only' : 'a date that is not a calendar date');
      const recipients = cell('recipients');
      if (recipients) {
        const names = items(recipients, ctx).items.flatMap((item) => read(item).split(/\s*(?:;|,\s*and\s+|\s+and\s+|,\s+|\s+&\s+)\s*/)).filter(Boolean);
        if (names.length) accolade.recipients = names.map((name) => ({ name }));
      }
      const result = cell('result') && resultOf(cell('result')!, ctx);
      if (result) accolade.result = result;
      accolade.sources = [...sources];
      out.push(accolade);
    }
  }
  return out;
}

/** The longest lists of accolades, in their own articles, run to a few hundred lines. */
const MAX_LIST_LINES = 2_000;

const RESULT_WORD = /\s*[([]?\s*\b(won|winner|win|nominated|nominee|nomination|pending)\s*[)\]]?\.?$/i;
const resultWord = (word: string) => (/^w/i.test(word) ? 'won' : /^nomin/i.test(word) ? 'nominated' : 'pending');

/** The pieces of a list at its top level: commas inside brackets separate nothing. */
function topLevel(text: string, separator: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      out.push(text.slice(start, i));
      start = i + separator.length;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/**
 * One line's categories: "Best Film, Best Director (Jean-Pierre Jeunet)", "Best Art Direction –
 * So Matsuyama and H. Motsumoto". A piece that starts in lower case goes on the one before
 * ("Honorary Award, for the most outstanding foreign language film …").
 */
function categoriesOf(text: string): { category: string; recipients?: { name: string }[] }[] {
  const pieces: string[] = [];
  for (const piece of topLevel(text, ', ')) {
    if (pieces.length && !/^[A-Z0-9"“'‘]/.test(piece)) pieces[pieces.length - 1] += `, ${piece}`;
    else pieces.push(piece);
  }
  return pieces.map((piece) => {
    const bracket = /^(.+?)\s*\(([^()]+)\)$/.exec(piece);
    const dash = bracket ? null : /^(.+)\s+[–—-]\s+([A-Z][^–—]*)$/.exec(piece);
    const [category, who] = bracket ? [bracket[1]!, bracket[2]!] : dash ? [dash[1]!, dash[2]!] : [piece, undefined];
    const names = who?.split(/\s*(?:;|,\s*and\s+|\s+and\s+|,\s+|\s+&\s+)\s*/).filter(Boolean);
    return names?.length ? { category, recipients: names.map((name) => ({ name })) } : { category };
  });
}

/**
 * Accolades written as a bulleted list, as older and shorter articles write them:
 * `* [[Venice Film Festival]] (1951): [[Golden Lion]]`, `* César Awards: Best Film, Best Director
 * (Jean-Pierre Jeunet) (won)`, or an award line with its categories as `**` lines under it. The
 * year is the one in brackets or in the award's link (`[[2002 César Awards|César Awards]]`); a
 * line that names no result leaves it unknown.
 */
export function readAccoladeList(body: Span, ctx: Context): AccoladeJson[] {
  const out: AccoladeJson[] = [];
  let parent: { award: string; date?: string; sources: string[] } | undefined;
  let offset = body.offset;
  let lines = 0;
  for (const line of body.text.split('\n')) {
    const at = offset;
    offset += line.length + 1;
    const m = /^(\*+)\s*(.+)$/.exec(line);
    if (m && ++lines > MAX_LIST_LINES) {
      ctx.notes.add(ctx.wiki.lineAt(at), line, `the list of accolades goes on past ${MAX_LIST_LINES} lines: from this one on it was not read`);
      break;
    }
    if (!m) {
      if (line.trim() && !/^\s*(?:\{\||\||!)/.test(line)) parent = undefined;
      continue;
    }
    const span = { text: m[2]!, offset: at + m[1]!.length };
    const cited = cite(span, ctx);
    const sources = [ctx.citations.article.id, ...cited.sources];
    let text = plain(cited, ctx);
    const result = RESULT_WORD.exec(text);
    if (result) text = text.slice(0, result.index).trim();
    const nested = m[1]!.length > 1 && parent;
    const head = nested ? undefined : /^(.+?)(?:\s*\((\d{4})\))?\s*:\s*(.+)$/.exec(text);
    if (!nested && !head) {
      // An award on its own line: its categories are the `**` lines under it.
      const year = /\((\d{4})\)\s*$/.exec(text)?.[1] ?? /^\s*\[\[([^|\]]*)/.exec(span.text)?.[1]?.match(/\b(1[89]\d\d|20\d\d)\b/)?.[1];
      parent = { award: text.replace(/\s*\(\d{4}\)\s*$/, ''), sources };
      if (year) parent.date = year;
      continue;
    }
    const award = nested ? parent!.award : head![1]!.trim();
    const year = nested ? parent!.date : head![2] ?? /^\s*\[\[([^|\]]*)/.exec(span.text)?.[1]?.match(/\b(1[89]\d\d|20\d\d)\b/)?.[1];
    const found = categoriesOf(nested ? text : head![3]!);
    if (!found.length) {
      ctx.notes.add(ctx.wiki.lineAt(at), text, 'an accolade line without a category');
      continue;
    }
    for (const { category, recipients } of found) {
      const accolade: AccoladeJson = { award, category, sources: [...new Set([...(nested ? parent!.sources : []), ...sources])] };
      if (year) accolade.date = year;
      if (recipients) accolade.recipients = recipients;
      if (result) accolade.result = resultWord(result[1]!);
      const { sources: backed, ...rest } = accolade;
      out.push({ ...rest, sources: backed });
    }
  }
  return out;
}
