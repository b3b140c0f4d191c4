/**
 * The accolades wikitable: one row per nomination, with award, date or year, category,
 * recipients, result and references; a cell with `rowspan` stands in the rows below it, as the
 * rendered table shows it (the encyclopedia seed's second row is such a row).
 */
import type { Span } from './markup.js';
import { splitTopLevel, topTemplates } from './markup.js';
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

interface Cell extends Span {
  rowspan: number;
  colspan: number;
  header: boolean;
}

type Column = 'award' | 'date' | 'category' | 'recipients' | 'result' | 'refs';
const COLUMNS: [Column, RegExp][] = [
  ['refs', /^refs?\.?$|^references?$|^sources?$/i], ['date', /date|year|ceremony date/i], ['category', /category|award category/i],
  ['recipients', /recipient|nominee|honoree/i], ['result', /result|outcome|status/i], ['award', /award|festival|ceremony|organi[sz]ation|association/i],
];

/** The cells of one table line (`| a || b`, `! x !! y`), each split from its attributes. */
function cellsOf(line: Span, header: boolean): Cell[] {
  const body = line.text.slice(1);
  const out: Cell[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = { text: body.slice(start, end), offset: line.offset + 1 + start };
    const parts = splitTopLevel(raw.text, raw.offset);
    // `attributes | content`: the attributes are the part before the first pipe at top level.
    const attrs = parts.length > 1 && /^\s*(?:[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s|]+)\s*)+$/.test(parts[0]!.text) ? parts[0]!.text : '';
    const content = attrs ? { text: raw.text.slice(parts[1]!.offset - raw.offset), offset: parts[1]!.offset } : raw;
    const span = (name: string) => Number(new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs)?.[1] ?? 1);
    out.push({ ...content, rowspan: span('rowspan'), colspan: span('colspan'), header });
  };
  // Separators inside templates or links are not cell boundaries.
  let depth = 0;
  for (let i = 0; i < body.length - 1; i++) {
    const two = body.slice(i, i + 2);
    if (two === '{{' || two === '[[') depth++, i++;
    else if (two === '}}' || two === ']]') depth--, i++;
    else if (depth === 0 && (two === '||' || (header && two === '!!'))) {
      push(i);
      start = i + 2;
      i++;
    }
  }
  push(body.length);
  return out;
}

/** The rows of one `{| … |}` table, with row spans and column spans laid out. */
function rowsOf(table: Span): { header: Cell[]; rows: { cells: Cell[]; offset: number }[] } {
  const raw: { cells: Cell[]; offset: number }[] = [];
  let current: { cells: Cell[]; offset: number } | undefined;
  let offset = table.offset;
  for (const text of table.text.split('\n')) {
    const line = { text: text.trimEnd(), offset };
    offset += text.length + 1;
    const t = line.text.trimStart();
    const at = { text: t, offset: line.offset + (line.text.length - t.length) };
    if (t.startsWith('{|') || t.startsWith('|}') || t.startsWith('|+')) continue;
    if (t.startsWith('|-')) {
      current = undefined;
      continue;
    }
    if (t.startsWith('|') || t.startsWith('!')) {
      current ??= (raw.push({ cells: [], offset: at.offset }), raw.at(-1)!);
      current.cells.push(...cellsOf(at, t.startsWith('!')));
    } else if (current?.cells.length && t) {
      const last = current.cells.at(-1)!;
      last.text += `\n${line.text}`;
    }
  }
  const [first, ...rest] = raw;
  const header = first && first.cells.every((c) => c.header) ? first.cells : [];
  const body = header.length ? rest : raw;
  const pending: { cell: Cell; left: number }[] = [];
  const rows = body.map((row) => {
    const laid: Cell[] = [];
    const queue = [...row.cells];
    for (let col = 0; queue.length || pending[col]?.left; col++) {
      const spanned = pending[col];
      if (spanned && spanned.left > 0) {
        spanned.left--;
        laid.push(spanned.cell);
        continue;
      }
      const cell = queue.shift()!;
      for (let c = 0; c < cell.colspan; c++) {
        laid.push(cell);
        if (cell.rowspan > 1) pending[col + c] = { cell, left: cell.rowspan - 1 };
      }
      col += cell.colspan - 1;
    }
    return { cells: laid, offset: row.offset };
  });
  return { header, rows };
}

/** `{{won}}`, `{{nom}}`, `{{pending}}`, or the word written in the cell. */
function resultOf(cell: Span, ctx: Context): string | undefined {
  const template = topTemplates(cell, ctx.wiki)[0]?.name;
  if (template && /^(?:won|win|yes)$/.test(template)) return 'won';
  if (template && /^(?:nom|nominated|nomination|no)$/.test(template)) return 'nominated';
  if (template && /^(?:pending|tbd|tba)$/.test(template)) return 'pending';
  const text = plain(cite(cell, ctx), ctx);
  if (!text) return undefined;
  const word = text.toLowerCase();
  return /^(?:won|winner|win)$/.test(word) ? 'won' : /^(?:nominated|nominee|nomination)$/.test(word) ? 'nominated'
    : /^(?:pending|tbd|tba)$/.test(word) ? 'pending' : text;
}

/** Every wikitable whose header names an award, a category and a result (or recipients). */
export function readAccolades(ctx: Context): AccoladeJson[] {
  const out: AccoladeJson[] = [];
  const text = ctx.wiki.text;
  for (const m of text.matchAll(/^\s*\{\|[^\n]*\n[\s\S]*?^\s*\|\}/gm)) {
    const { header, rows } = rowsOf({ text: m[0], offset: m.index! });
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
