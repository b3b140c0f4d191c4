/**
 * Wikitext inside one value, down to the text a reader of the article sees: links give their
 * text, not their target; bold, italics, entities and decorative templates go; references are
 * taken out and kept as citations. wtf_wikipedia renders the inline markup; what it would drop
 * without a word (a template it does not know) is reported instead.
 */
import wtf from 'wtf_wikipedia';
import type { Notes } from '../notes.js';
import type { Citations } from './citations.js';
import { type Span, type WikiText, topTemplates } from './markup.js';

/** What every reader of a value needs: the text, where to report, the article's citations. */
export interface Context {
  wiki: WikiText;
  notes: Notes;
  citations: Citations;
}

/** A value's text without its references, and the source ids they gave. */
export interface Cited extends Span {
  sources: string[];
}

const SELF_CLOSING_REF = /<ref\b([^>]*?)\/\s*>/gi;
const REF = /<ref\b([^>]*)>([\s\S]*?)<\/ref\s*>/gi;

/** Maintenance tags say something about the article, not the film: they are left out quietly. */
const MAINTENANCE = /^(?:citation needed|cn|fact|dead link|when|clarify|failed verification|better source needed|by whom|vague|dubious|update needed|according to whom|verification needed|nbsp|wbr|zwsp)$/;
/** Templates that wtf_wikipedia renders as their text. */
const RENDERED = /^(?:nowrap|nobr|nobreak|no wrap|lang|lang-\w+|small|smaller|big|sortname|sort|sic|abbr|nihongo|·|•|–|—|'|"|ndash|mdash|hlist|ubl|unbulleted list|plainlist|plain list|flatlist|dts|start date|film date|based on|us\$|usd|jpy|gbp|eur|inr|circa|c\.|snd|spaced ndash|won|nom|nominated|pending|tbd|draw|n\/a|native name|transl|translit|lit|literally)$/;

/**
 * Takes the references out of a value: `<ref>…</ref>`, `<ref name=… />`, `{{r|name}}`, and the
 * short citations `{{sfn|…}}`. A footnote of the article's own (`{{efn|…}}`) is reported, as it
 * is prose that film JSON has no place for.
 */
export function cite(span: Span, ctx: Context): Cited {
  const sources: string[] = [];
  const line = (at: number) => ctx.wiki.lineAt(span.offset + at);
  const keep = (id: string | undefined) => {
    if (id !== undefined && !sources.includes(id)) sources.push(id);
  };
  // Self-closing ones first, so that `<ref name=a />` is never read as the start of a pair.
  let text = span.text.replace(SELF_CLOSING_REF, (whole, attrs: string, at: number) => {
    keep(ctx.citations.use({ name: refName(attrs), line: line(at) }));
    return ' '.repeat(whole.length);
  });
  text = text.replace(REF, (whole, attrs: string, content: string, at: number) => {
    keep(ctx.citations.use({ name: refName(attrs), content, line: line(at) }));
    return ' '.repeat(whole.length);
  });
  for (const template of topTemplates({ text, offset: 0 }, ctx.wiki)) {
    const name = template.name;
    if (name !== 'r' && name !== 'sfn' && name !== 'efn' && name !== 'refn' && name !== 'notetag') continue;
    const at = template.start;
    if (name === 'r') for (const p of template.positional) keep(ctx.citations.use({ name: p.text, line: line(at) }));
    else if (name === 'sfn') keep(ctx.citations.use({ content: shortCitation(template.positional.map((p) => p.text), template.named.get('p')?.text), line: line(at) }));
    else if (name === 'refn') keep(ctx.citations.use({ name: template.named.get('name')?.text, content: template.positional[0]?.text ?? '', line: line(at) }));
    else ctx.notes.add(line(at), template.positional[0]?.text ?? text.slice(template.start, template.end), 'an explanatory footnote: film JSON has no place for notes on a fact');
    text = text.slice(0, template.start) + ' '.repeat(template.end - template.start) + text.slice(template.end);
  }
  return { text, offset: span.offset, sources };
}

function refName(attrs: string): string | undefined {
  const m = /\bname\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'/>]+))/i.exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3])!.trim() : undefined;
}

/** `{{sfn|Smith|Jones|2019|p=4}}` as the citation text "Smith and Jones 2019, p. 4". */
function shortCitation(parts: string[], page?: string): string {
  const year = parts.at(-1);
  const names = parts.slice(0, -1).join(' and ');
  return `${names} ${year ?? ''}${page ? `, p. ${page}` : ''}`.trim();
}

/** Currency templates as "USD 370.6 million", which `money` reads: wtf_wikipedia knows only some. */
const CURRENCY_TEMPLATE = /^(?:us\$|usd|krw|jpy|gbp|eur|inr|cny|rmb|aud|cad|hkd|twd|chf|sek|nok|dkk|brl|mxn|rub|thb|php|idr|myr|sgd|nzd|zar|currency)$/;

/**
 * The text a reader sees for a piece of wikitext (references already taken out). Links give
 * their text; an interlanguage link gives its English name; a template that nothing here can
 * read is reported at its line and left out.
 */
export function plain(span: Span, ctx: Context, { paragraphs = false } = {}): string {
  let text = span.text;
  // Innermost first, so a template inside another is settled before its parent is looked at.
  for (const template of topTemplates({ text, offset: 0 }, ctx.wiki).reverse()) {
    const name = template.name;
    const at = ctx.wiki.lineAt(span.offset + template.start);
    const whole = text.slice(template.start, template.end);
    let replacement: string | undefined;
    if (name === 'ill' || name === 'interlanguage link' || name === 'interlanguage link multi') {
      replacement = template.positional[0]?.text ?? '';
    } else if (CURRENCY_TEMPLATE.test(name)) {
      const code = name === 'currency' ? template.positional[1]?.text.toUpperCase() ?? 'USD' : name === 'us$' ? 'USD' : name === 'rmb' ? 'CNY' : name.toUpperCase();
      replacement = `${code} ${template.positional[0]?.text ?? ''}`;
    } else if (name === 'inrconvert') {
      const unit = { c: ' crore', l: ' lakh', b: ' billion', m: ' million' }[template.positional[1]?.text.toLowerCase() ?? ''] ?? '';
      replacement = `INR ${template.positional[0]?.text ?? ''}${unit}`;
    } else if (MAINTENANCE.test(name)) {
      replacement = '';
    } else if (!RENDERED.test(name) && !wtf(whole).text().trim()) {
      ctx.notes.add(at, whole, `the template {{${template.name}}} is not one the importer can read`);
      replacement = '';
    }
    if (replacement !== undefined) text = text.slice(0, template.start) + plainText(replacement) + text.slice(template.end);
  }
  text = text.replace(/<br\s*\/?>/gi, '\n');
  let out = wtf(text).text();
  out = paragraphs ? out.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim()
    : out.replace(/\s+/g, ' ').trim();
  const scrubbed = scrub(out);
  if (scrubbed !== out) ctx.notes.add(ctx.wiki.lineAt(span.offset), out, 'markup was left in this text and was removed');
  return scrubbed;
}

/** Text for a replacement that must not be read as wikitext again. */
const plainText = (s: string) => s.replace(/\[\[(?:[^|\]]*\|)?([^\]]*)\]\]/g, '$1').replace(/'{2,}/g, '');

/** The last guard: no wiki markup may reach film JSON. */
export function scrub(text: string): string {
  return text
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<ref\b[\s\S]*?(?:<\/ref\s*>|\/>)/gi, '')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\[\[(?:[^|\]]*\|)?([^\]]*)\]\]/g, '$1')
    .replace(/\{\{|\}\}|\[\[|\]\]|'{2,}/g, '')
    .replace(/\|?\s*df\s*=\s*y(?:es)?\b/gi, '')
    .replace(/\s+/g, (s) => (s.includes('\n\n') ? '\n\n' : ' '))
    .trim();
}

/** Names of the templates that hold a list, and how their items are written. */
const STAR_LISTS = /^(?:plainlist|plain list|flatlist|flat list|bulleted list|startplainlist|startflatlist)$/;
const PIPE_LISTS = /^(?:ubl|ublist|unbulleted list|hlist|bulleted list|cslist|collapsible list|plainlist)$/;

/**
 * The items of a list value, each with where it starts: Plainlist, ubl, hlist, flatlist,
 * `<br />` lines, `*` lines, or one value. References after a list template belong to all its
 * items and are given back as `shared`.
 */
export function items(span: Span, ctx: Context): { items: Span[]; shared: string[] } {
  const text = span.text;
  const templates = topTemplates(span, ctx.wiki);
  const list = templates.find((t) => STAR_LISTS.test(t.name) || PIPE_LISTS.test(t.name));
  if (list) {
    const rest = text.slice(0, list.start - span.offset) + ' '.repeat(list.end - list.start) + text.slice(list.end - span.offset);
    // The old open-and-close form: `{{plainlist}}` * a * b `{{endplainlist}}`.
    if (!list.positional.length && !list.named.has('1')) {
      const body = { text: rest.replace(/\{\{\s*end\s*(?:plain|flat)\s*list\s*\}\}/gi, (s) => ' '.repeat(s.length)), offset: span.offset };
      return { items: starLines(body), shared: [] };
    }
    const shared = cite({ text: rest, offset: span.offset }, ctx);
    const inner = list.named.get('1') ?? list.positional[0]!;
    const found = STAR_LISTS.test(list.name) || /^\s*\*/.test(inner.text) ? starLines(inner) : list.positional;
    return { items: found.filter((s) => s.text.trim()), shared: shared.sources };
  }
  if (/<br\s*\/?>/i.test(text)) return { items: splitAt(span, /<br\s*\/?>/gi), shared: [] };
  if (/^\s*\*/m.test(text)) return { items: starLines(span), shared: [] };
  return { items: text.trim() ? [span] : [], shared: [] };
}

function starLines(span: Span): Span[] {
  const found: Span[] = [];
  let offset = span.offset;
  for (const line of span.text.split('\n')) {
    const m = /^(\s*\*+\s*)(.*)$/.exec(line);
    if (m && m[2]!.trim()) found.push({ text: m[2]!, offset: offset + m[1]!.length });
    offset += line.length + 1;
  }
  return found;
}

/** Splits at `<br />` (a line break in a value is a list's separator). */
function splitAt(span: Span, separator: RegExp): Span[] {
  const parts: Span[] = [];
  let start = 0;
  for (const m of span.text.matchAll(separator)) {
    parts.push({ text: span.text.slice(start, m.index), offset: span.offset + start });
    start = m.index! + m[0].length;
  }
  parts.push({ text: span.text.slice(start), offset: span.offset + start });
  return parts.filter((part) => part.text.trim());
}
