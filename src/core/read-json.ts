/**
 * Reads JSON text the way it arrives from content-management systems: wrapped in stray
 * `<p>`/`<br>` tags, with quotes turned into `&quot;` or into typographic quotes. Only
 * repairs that cannot change the meaning are made; otherwise the parser's own complaint
 * is returned so the author can find the spot.
 */
export type JsonText = { value: unknown } | { error: string };

const strayTags = /^(?:\s|<\/?(?:p|br|div|span)\b[^>]*>)+|(?:\s|<\/?(?:p|br|div|span)\b[^>]*>)+$/gi;
const innerBreaks = /<br\s*\/?>|<\/?p>/gi;
const entities: Record<string, string> = {
  '&quot;': '"', '&#34;': '"', '&#x22;': '"', '&apos;': "'", '&#39;': "'", '&#x27;': "'",
  '&lt;': '<', '&gt;': '>', '&nbsp;': ' ', '&#160;': ' ', '&amp;': '&',
};
const entity = /&(?:quot|apos|lt|gt|nbsp|amp|#34|#39|#160|#x22|#x27);/g;
// A typographic quote in a place where only a JSON string delimiter can stand:
// after `{ [ , :` or before `: , } ]`. Quotes inside prose are left alone.
const structuralQuote = /(?<=[{[,:]\s*)[“”„"]|[“”"](?=\s*[:,}\]])/g;

function attempt(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

export function readJson(raw: string): JsonText {
  const text = raw.replace(strayTags, '').trim();
  if (!text) return { error: 'it is empty' };
  const repairs = [
    (s: string) => s,
    (s: string) => s.replace(innerBreaks, ' '),
    (s: string) => s.replace(innerBreaks, ' ').replace(entity, (e) => entities[e]),
    (s: string) => s.replace(innerBreaks, ' ').replace(entity, (e) => entities[e]).replace(structuralQuote, '"'),
  ];
  for (const repair of repairs) {
    const read = attempt(repair(text));
    if (read) return read;
  }
  try {
    JSON.parse(text);
  } catch (error) {
    return { error: (error as Error).message.replace(/^JSON\.parse:\s*/, '') };
  }
  return { error: 'unreadable' };
}
