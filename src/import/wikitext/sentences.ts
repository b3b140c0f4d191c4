/**
 * Prose cut into sentences, each running to its full stop and the references after it, as
 * Wikipedia places them ("… 8.2/10.<ref>…</ref> Metacritic …"). A full stop inside a
 * reference, a template or a link, or after a title ("Lt. Vincent Hanna", "J. Robert
 * Oppenheimer"), ends no sentence. Linear in the text: the masks are built in one pass.
 */
import type { Span } from './markup.js';
import { type WikiText, topTemplates } from './markup.js';

// Bounded as inline.ts's are: a text full of unclosed `<ref` stays linear.
const REF = /<ref\b[^>]{0,500}\/\s*>|<ref\b[^>]{0,500}>(?:(?!<ref\b)[\s\S])*?<\/ref\s*>/gi;
const LINK = /\[\[[^[\]\n]*\]\]/g;
/** Titles and abbreviations whose full stop ends no sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:lt|dr|mr|mrs|ms|st|jr|sr|capt|col|gen|sgt|det|prof|rev|fr|maj|cpl|pvt|adm|gov|sen|insp|supt|no|vs|etc|[a-z])\.$/i;

/**
 * The sentences of `body`. `whole` names templates that write a sentence of their own
 * (`{{Rotten Tomatoes prose|…}}`): such a template ends a sentence as a full stop does.
 */
export function sentences(body: Span, wiki: WikiText, whole?: RegExp): Span[] {
  const text = body.text;
  const mask = new Uint8Array(text.length); // 1: a reference, 2: inside a template or link, 3: a sentence's end
  for (const m of text.matchAll(REF)) mask.fill(1, m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(LINK)) if (!mask[m.index!]) mask.fill(2, m.index!, m.index! + m[0].length);
  for (const t of topTemplates({ text, offset: 0 }, wiki)) {
    if (mask[t.start]) continue;
    mask.fill(2, t.start, t.end);
    if (whole?.test(t.name)) mask[t.end - 1] = 3;
  }
  const out: Span[] = [];
  let start = 0;
  const cut = (end: number) => {
    if (text.slice(start, end).trim()) out.push({ text: text.slice(start, end), offset: body.offset + start });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' && /^\n[ \t]*\n/.test(text.slice(i, i + 64))) {
      cut(i + 1);
      continue;
    }
    const stop = mask[i] === 3 || (!mask[i] && (c === '.' || c === '!' || c === '?'));
    if (!stop) continue;
    if (c === '.' && mask[i] !== 3 && ABBREVIATION.test(text.slice(Math.max(start, i - 8), i + 1))) continue;
    let end = i + 1;
    if (text[end] === '"' || text[end] === '”' || text[end] === "'") end++;
    // The references right after the stop belong to the sentence.
    for (let j = end; j < text.length && (mask[j] === 1 || text[j] === ' ' || text[j] === '\t'); j++) if (mask[j] === 1) end = j + 1;
    if (end < text.length && !/\s/.test(text[end]!)) continue;
    cut(end);
    i = end - 1;
  }
  cut(text.length);
  return out;
}
