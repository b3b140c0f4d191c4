/**
 * The limits of JSON text read, checked before `JSON.parse` builds anything: by the elements'
 * fast path and by the CMS repairs (json-text.ts) alike.
 */

export const DEFAULT_MAX_DEPTH = 64;

/**
 * The longest text read: a film with every list full is a few megabytes; a hundred megabytes
 * would hold a reader's page while `JSON.parse` builds it.
 */
export const MAX_JSON_CHARS = 32 * 1024 * 1024;

/** A JSON string (skipped whole, escapes included) or one bracket. */
const TOKEN = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"|[[\]{}]/g;

/**
 * Whether JSON text nests deeper than `max`, decided before `JSON.parse` builds anything:
 * fifty megabytes of `[[[[` is turned away after its first few dozen characters. The regular
 * expression skips strings in native code, which is several times faster than a loop here.
 */
export function tooDeep(json: string, max: number): boolean {
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

