/**
 * Where text stops being JSON, for the engines whose `JSON.parse` does not say (WebKit's
 * "Unexpected identifier" names no place). Run only on text `JSON.parse` refused, which
 * json-depth.ts has already held to a sane depth: the offset of the first character that no
 * JSON text could have there, as V8 and Gecko count it, or the text's length when it ends early.
 */
const SPACE = /[ \t\n\r]*/y;
const DIGITS = /\d+/y;
const HEX = /[\da-fA-F]/;
const ESCAPED = '"\\/bfnrt';
/** A string's body up to its closing quote: any character but `"`, `\` and controls, or an escape. */
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*"/y;

export function jsonErrorAt(text: string): number {
  let at = 0;
  /** Takes what `pattern` matches at the current offset, or nothing. */
  const take = (pattern: RegExp): boolean => {
    pattern.lastIndex = at;
    const found = pattern.exec(text);
    if (found) at += found[0].length;
    return found !== null && found[0].length > 0;
  };
  const space = () => take(SPACE);
  /** Throws the offset of the first character that is not what JSON needs there. */
  const stop = (): never => {
    throw at;
  };
  /** A string: where it goes wrong is the first character a string cannot hold there. */
  const string = () => {
    if (take(STRING)) return;
    if (text[at] !== '"') stop();
    at++;
    for (;;) {
      const c = text[at];
      if (c === undefined || c === '"' || c < ' ') stop();
      at++;
      if (c !== '\\') continue;
      if (text[at] === 'u') {
        at++;
        for (const end = at + 4; at < end; at++) if (!HEX.test(text[at] ?? '')) stop();
      } else if (ESCAPED.includes(text[at] ?? '-')) at++;
      else stop();
    }
  };
  const value = (): void => {
    const c = text[at];
    if (c === '{') return members('}', () => (string(), space(), text[at] === ':' ? (at++, space(), value()) : stop()));
    if (c === '[') return members(']', value);
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    // A misspelt word (`tru`, `Null`) stops where it starts, as Gecko says.
    const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, at));
    if (!word) stop();
    at += word!.length;
  };
  /** A number: where it goes wrong is where a digit it needs is missing (`-}`, `1.}`, `1e}`). */
  const number = () => {
    if (text[at] === '-') at++;
    if (text[at] === '0') at++;
    else if (!take(DIGITS)) stop();
    if (text[at] === '.' && (at++, !take(DIGITS))) stop();
    if (text[at] !== 'e' && text[at] !== 'E') return;
    at++;
    if (text[at] === '+' || text[at] === '-') at++;
    if (!take(DIGITS)) stop();
  };
  /** An object's members or a list's items, with their commas, to `close`. */
  const members = (close: string, member: () => void) => {
    at++;
    space();
    if (text[at] === close) return void at++;
    for (;;) {
      member();
      space();
      if (text[at] === close) return void at++;
      if (text[at] !== ',') stop();
      at++;
      space();
    }
  };
  try {
    space();
    value();
    space();
    if (at < text.length) stop();
  } catch (offset) {
    if (typeof offset === 'number') return offset;
    throw offset;
  }
  return text.length;
}
