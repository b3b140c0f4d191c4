/**
 * JSON text as it arrives from content-management systems and editors: wrapped in stray
 * `<p>`/`<br>` tags, with quotes turned into `&quot;` or into typographic quotes. Only repairs
 * that cannot change the meaning are made, and each is named; otherwise the parser's own
 * complaint comes back with its line and column, so the author can find the spot. Text nested
 * too deep or too long is refused before `JSON.parse` builds anything (json-depth.ts).
 */
import { DEFAULT_MAX_DEPTH, MAX_JSON_CHARS, tooDeep } from './json-depth.js';
import { decodeEntities } from './html-entities.js';
import { jsonErrorAt } from './json-error.js';

export type JsonText =
  | { value: unknown; repairs: string[] }
  | { error: string; line?: number; column?: number; refused?: 'html' | 'deep' | 'long' | 'empty' };

export interface JsonTextLimits {
  /** Deepest nesting read (default 64): a film needs about eight levels. */
  maxDepth?: number;
}

export { DEFAULT_MAX_DEPTH, MAX_JSON_CHARS };

const strayTags = /^(?:\s|<\/?(?:p|br|div|span)\b[^>]*>)+|(?:\s|<\/?(?:p|br|div|span)\b[^>]*>)+$/gi;
const innerBreaks = /<br\s*\/?>|<\/?p>/gi;
// An editor's no-break space is read as a plain one: between tokens, JSON.parse skips no other.
const noBreakSpace = /&(?:nbsp|#160|#xa0);/gi;

/** Each repair adds to the one before; the first that parses wins. */
const REPAIRS: { says: string; repair: (s: string) => string }[] = [
  { says: 'line breaks (<br>, <p>) added by the editor were read as spaces', repair: (s) => s.replace(innerBreaks, ' ') },
  { says: 'HTML entities such as &quot; were read as the characters they stand for', repair: (s) => decodeEntities(s.replace(noBreakSpace, ' ')) },
  // Only where an editor curled some: in text of straight quotes alone, a quote that JSON cannot
  // go on after is an author's slip (a missing comma), which no repair may turn into text.
  { says: 'typographic quotes around keys and values were read as plain quotes', repair: (s) => (CURLED.test(s) ? straightQuotes(s) : s) },
];

/**
 * What an editor may have made of JSON's `"`: curled quotes (WordPress's wptexturize: “ ” by
 * where they stand, ″ after a digit), German „ quotes, or `"` itself.
 */
const QUOTE = /[“”„‟″"]/;
const CURLED = /[“”„‟″]/;
const QUOTES = '“”„‟″"';
/** What may follow a key's closing quote. */
const AFTER_KEY = /^\s*:/;
/** What may follow a value's closing quote in an object: its end, or a comma and the next key. */
const AFTER_MEMBER = new RegExp(`^\\s*(?:}|,\\s*[${QUOTES}][^${QUOTES}\\\\]*[${QUOTES}]\\s*:)`);
/** In a list: its end, or a comma and the next value. */
const AFTER_ITEM = new RegExp(`^\\s*(?:]|,\\s*(?:[${QUOTES}{[\\d-]|true|false|null))`);

/**
 * JSON with its string delimiters curled, and the text inside the strings with typographic
 * quotes of its own (`“quote”: “when it comes to “Ballerina,” I’d…”`). A quote is a delimiter
 * by where it stands: outside a string it opens one; inside, it closes the string only where
 * JSON goes on after one (a key's `:`; a value's `,` and the next key, or `}`; an item's `,` and
 * the next item, or `]`; the end). Anywhere else it is the text's own, and stays as written
 * (a straight one is escaped). `\”`, an escaped quote the editor curled, is `\"` again.
 */
export function straightQuotes(json: string): string {
  let out = '';
  /** The open brackets, and in an object whether a key comes next. */
  const open: string[] = [];
  let key = false;
  let start = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json[i]!;
    if (c === '{' || c === '[') open.push(c), (key = c === '{');
    else if (c === '}' || c === ']') open.pop(), (key = false);
    else if (c === ',') key = open[open.length - 1] === '{';
    if (!QUOTE.test(c)) continue;
    // A string: its closing quote is the first that JSON can go on after.
    const after = key ? AFTER_KEY : open[open.length - 1] === '{' ? AFTER_MEMBER : open.length ? AFTER_ITEM : /^\s*$/;
    let text = '';
    let j = i + 1;
    for (; j < json.length; j++) {
      const d = json[j]!;
      if (d === '\\' && j + 1 < json.length) {
        const next = json[++j]!;
        text += QUOTE.test(next) ? '\\"' : `\\${next}`;
      } else if (QUOTE.test(d)) {
        if (after.test(json.slice(j + 1, j + 200))) break;
        text += d === '"' ? '\\"' : d;
      } else text += d;
    }
    if (j >= json.length) return json; // no closing quote: the text is not JSON this repair can mend
    out += `${json.slice(start, i)}"${text}"`;
    start = j + 1;
    i = j;
    key = false;
  }
  return out + json.slice(start);
}

function attempt(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/**
 * Where `JSON.parse` stopped, from its message: Gecko gives a line and column, V8 mostly a
 * character position; where the message names no place (WebKit's never do, V8's "Unexpected
 * token" neither), it is found by reading the text again (json-error.ts).
 */
function placeOf(message: string, text: string): { line: number; column: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  const before = text.slice(0, position ? Number(position[1]) : jsonErrorAt(text));
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
  if (!text) return { error: 'it is empty', refused: 'empty' };
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
  const blanked = raw.replace(strayTags, (tags) => tags.replace(/[^\n]/g, ' '));
  try {
    JSON.parse(blanked);
  } catch (error) {
    const message = (error as Error).message.replace(/^JSON\.parse:\s*/, '');
    return { error: message, ...placeOf(message, blanked) };
  }
  return { error: 'unreadable' };
}
