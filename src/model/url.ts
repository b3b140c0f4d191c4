/**
 * Links and images come from hand-written JSON and from other people's pages, so every URL is
 * checked here before an element may use it: only http, https and relative URLs pass.
 */

/** Stands in for the page when a relative URL has to be parsed without one. */
const DUMMY_BASE = 'https://film-elements.invalid/';

const ALLOWED = new Set(['http:', 'https:']);

/** A scheme at the start of a string, as a browser would read it. */
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * HTML-encoded spellings (`&#106;avascript:`, `javascript&colon;`) look harmless as text but
 * turn dangerous wherever they are decoded later, so they are decoded before judging.
 */
const ENTITY = /&(?:#(\d+)|#x([\da-f]+)|([a-z]+));?/gi;
const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', amp: '&', sol: '/', period: '.' };

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined;
    if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    return NAMED[name!.toLowerCase()] ?? whole;
  });
}

/** What the URL parser itself ignores: surrounding spaces and controls, tabs and newlines inside. */
function clean(text: string): string {
  return text.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/** True when the string names a scheme other than http or https. */
function foreignScheme(text: string): boolean {
  const scheme = SCHEME.exec(text)?.[0].toLowerCase();
  return scheme !== undefined && !ALLOWED.has(scheme);
}

/**
 * Returns a URL that is safe to put in `href` or `src`, or `undefined`.
 *
 * Relative URLs are returned as written (trimmed) when there is no `base`; with a `base`, and
 * for absolute URLs, the result is the parsed absolute href.
 */
export function safeUrl(raw: unknown, base?: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const written = clean(raw);
  if (!written) return undefined;
  const decoded = clean(decodeEntities(written));
  // Any other control character left inside means a spelling meant to confuse.
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return undefined;
  if (foreignScheme(written) || foreignScheme(decoded)) return undefined;

  const absolute = SCHEME.test(written);
  let parsed: URL;
  try {
    parsed = absolute ? new URL(written) : new URL(written, base ?? DUMMY_BASE);
  } catch {
    if (base === undefined) return undefined;
    return safeUrl(raw); // a broken base should not refuse a good absolute URL
  }
  if (!ALLOWED.has(parsed.protocol)) return undefined;

  const pathOnly = !absolute && !/^[\\/]{2}/.test(written);
  return pathOnly && base === undefined ? written : parsed.href;
}
