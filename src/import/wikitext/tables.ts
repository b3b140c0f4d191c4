/**
 * Wikitables (`{| … |}`), as the rendered table shows them: each row's cells laid out under
 * their columns, a cell with `rowspan` or `colspan` standing in every place it covers. The
 * accolades and the cast are read from them.
 */
import type { Span } from './markup.js';
import { splitTopLevel } from './markup.js';

export interface Cell extends Span {
  rowspan: number;
  colspan: number;
  header: boolean;
}

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
export function rowsOf(table: Span): { header: Cell[]; rows: { cells: Cell[]; offset: number }[] } {
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

/**
 * Every outermost table, `{|` to its `|}`, found line by line in one pass (a pattern would
 * rescan the rest of the text from each `{|` that is never closed).
 */
export function tablesOf(text: string): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let start = 0;
  let at = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trimStart();
    if (trimmed.startsWith('{|')) {
      if (depth++ === 0) start = at;
    } else if (trimmed.startsWith('|}') && depth > 0 && --depth === 0) {
      out.push({ text: text.slice(start, at + line.length), offset: start });
    }
    at += line.length + 1;
  }
  return out;
}
