/**
 * JSON text as it arrives from content-management systems and editors: wrapped in stray
 * `<p>`/`<br>` tags, with quotes turned into `&quot;` or into typographic quotes. Only repairs
 * that cannot change the meaning are made, and each is named; otherwise the parser's own
 * complaint comes back with its line and column, so the author can find the spot. Text nested
 * too deep or too long is refused before `JSON.parse` builds anything.
 */
import { decodeEntities } from './html-entities.js';

export type JsonText =
  | { value: unknown; repairs: string[] }
  | { error: string; line?: number; column?: number; refused?: 'html' | 'deep' | 'long' };

export interface JsonTextLimits {
  /** Deepest nesting read (default 64): a film needs about eight levels. */
  maxDepth?: number;
}

export const DEFAULT_MAX_DEPTH = 64;

/**
 * The longest text read: a film with every list full is a few megabytes; a hundred megabytes
 * would hold a reader's page while `JSON.parse` builds it.
 */
export const MAX_JSON_CHARS = 32 * 1024 * 1024;

const strayTags = /^(?:\s|<\/?(?:p|br|div|span)\b[^>]*>)+|(?:\s|<\/?(?:p|br|div|span)\b[^>]*>)+$/gi;
const innerBreaks = /<br\s*\/?>|<\/?p>/gi;
// An editor's no-break space is read as a plain one: between tokens, JSON.parse skips no other.
const noBreakSpace = /&(?:nbsp|#160|#xa0);/gi;
// A typographic quote in a place where only a JSON string delimiter can stand:
// after `{ [ , :` or before `: , } ]`. Quotes inside prose are left alone.
const structuralQuote = /(?<=[{[,:]\s*)[“”„"]|[“”"](?=\s*[:,}\]])/g;

/** Each repair adds to the one before; the first that parses wins. */
const REPAIRS: { says: string; repair: (s: string) => string }[] = [
  { says: 'line breaks (<br>, <p>) added by the editor were read as spaces', repair: (s) => s.replace(innerBreaks, ' ') },
  { says: 'HTML entities such as &quot; were read as the characters they stand for', repair: (s) => decodeEntities(s.replace(noBreakSpace, ' ')) },
  { says: 'typographic quotes around keys and values were read as plain quotes', repair: (s) => s.replace(structuralQuote, '"') },
];

/** A JSON string (skipped whole, escapes included) or one bracket. */
const TOKEN = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"|[[\]{}]/g;

/**
 * Whether JSON text nests deeper than `max`, decided before `JSON.parse` builds anything:
 * fifty megabytes of `[[[[` is turned away after its first few dozen characters. The regular
 * expression skips strings in native code, which is several times faster than a loop here.
 */
function tooDeep(json: string, max: number): boolean {
  let depth = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.test(json)) {
    const c = json.charCodeAt(TOKEN.lastIndex - 1);
    if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > max) return true;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return false;
}

function attempt(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/**
 * Where `JSON.parse` stopped, from its message: V8 gives a character position, Gecko a line and
 * column; WebKit gives neither, and then none is claimed.
 */
function placeOf(message: string, text: string): { line?: number; column?: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  if (!position) return {};
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}

/** Reads JSON text, repaired where a CMS mangled it, or says what is wrong and where. */
export function readJsonText(raw: string, limits: JsonTextLimits = {}): JsonText {
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (/^\s*<(?:!doctype|html|head|body)\b/i.test(raw)) return { error: 'this is a web page, not JSON', refused: 'html' };
  if (tooDeep(raw, maxDepth)) return { error: `the film data is nested more than ${maxDepth} levels deep, so it was not read`, refused: 'deep' };
  if (raw.length > MAX_JSON_CHARS) {
    return { error: `the film data is ${raw.length.toLocaleString('en')} characters long, more than the ${MAX_JSON_CHARS.toLocaleString('en')} read`, refused: 'long' };
  }
  const plain = attempt(raw);
  if (plain) return { ...plain, repairs: [] };
  const text = raw.replace(strayTags, '').trim();
  if (!text) return { error: 'it is empty' };
  const repairs = text === raw.trim() ? [] : ['HTML tags around the JSON were left out'];
  let repaired = text;
  let read = repairs.length ? attempt(repaired) : undefined;
  for (const { says, repair } of REPAIRS) {
    if (read) break;
    const next = repair(repaired);
    if (next === repaired) continue;
    repaired = next;
    repairs.push(says);
    read = attempt(repaired);
  }
  if (read) return { ...read, repairs };
  // The parser's complaint about the text as written, with the stray tags blanked out rather
  // than cut, so that its position is a position in what the author wrote.
  try {
    JSON.parse(raw.replace(strayTags, (tags) => tags.replace(/[^\n]/g, ' ')));
  } catch (error) {
    const message = (error as Error).message.replace(/^JSON\.parse:\s*/, '');
    return { error: message, ...placeOf(message, raw) };
  }
  return { error: 'unreadable' };
}
