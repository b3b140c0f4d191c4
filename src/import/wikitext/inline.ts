/**
 * Wikitext inside one value, down to the text a reader of the article sees: links give their
 * text, not their target; bold, italics, entities and decorative templates go; references are
 * taken out and kept as citations. wtf_wikipedia renders the inline markup; what it would drop
 * without a word (a template it does not know) is reported instead.
 */
import wtf from '../wtf.js';
import type { Context } from './context.js';
import { type Span, SHORT, shortOf, topTemplates } from './markup.js';

export type { Context };

/** A value's text without its references, and the source ids they gave. */
export interface Cited extends Span {
  sources: string[];
}

// Attributes are short and a reference holds no other: bounded so that a text full of unclosed
// `<ref` is read in linear time, not rescanned to its end from each one.
const SELF_CLOSING_REF = /<ref\b([^>]{0,500}?)\/\s*>/gi;
const REF = /<ref\b([^>]{0,500})>((?:(?!<ref\b)[\s\S])*?)<\/ref\s*>/gi;

/** Maintenance tags say something about the article, not the film: they are left out quietly (English and Korean Wikipedia's). */
const MAINTENANCE = /^(?:citation needed|cn|fact|dead link|when|clarify|failed verification|better source needed|by whom|vague|dubious|update needed|according to whom|verification needed|nbsp|wbr|zwsp|출처 필요|출처|확인 필요|검증 필요|언제|누가|모호함|죽은 링크|깨진 링크)$/;
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
  const blanks: { start: number; end: number }[] = [];
  for (const template of topTemplates({ text, offset: 0 }, ctx.wiki)) {
    const name = template.name;
    if (name !== 'r' && !SHORT.test(name) && name !== 'efn' && name !== 'refn' && name !== 'notetag') continue;
    const at = template.start;
    if (name === 'r') for (const p of template.positional) keep(ctx.citations.use({ name: p.text, line: line(at) }));
    else if (SHORT.test(name)) keep(ctx.citations.short(shortOf(template, line(at))));
    else if (name === 'refn') keep(ctx.citations.use({ name: template.named.get('name')?.text, content: template.positional[0]?.text ?? '', line: line(at) }));
    else ctx.notes.add(line(at), template.positional[0]?.text ?? text.slice(template.start, template.end), 'an explanatory footnote: a film has no place for notes on a fact', { reason: 'explanatoryFootnote' });
    blanks.push(template);
  }
  // Blanked in one pass: a text with many references stays linear.
  if (blanks.length) {
    let out = '';
    let from = 0;
    for (const t of blanks) {
      out += text.slice(from, t.start) + ' '.repeat(t.end - t.start);
      from = t.end;
    }
    text = out + text.slice(from);
  }
  return { text, offset: span.offset, sources };
}

function refName(attrs: string): string | undefined {
  const m = /\bname\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'/>]+))/i.exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3])!.trim() : undefined;
}

/** Korean Wikipedia's flag templates (English Wikipedia's are rendered by wtf_wikipedia). */
const FLAGS = /^(?:국기나라|국기|국기그림)$/;
/**
 * A flag and a country's name by the country's three-letter code (`{{KOR}}`, `{{USA}}`), as
 * Korean Wikipedia's infoboxes write countries: the film-making countries these name most.
 */
const FLAG_CODES: Record<string, string> = {
  kor: 'KR', prk: 'KP', usa: 'US', jpn: 'JP', chn: 'CN', hkg: 'HK', twn: 'TW', tpe: 'TW', gbr: 'GB', fra: 'FR', deu: 'DE', ger: 'DE',
  ita: 'IT', esp: 'ES', can: 'CA', aus: 'AU', ind: 'IN', rus: 'RU', swe: 'SE', dnk: 'DK', den: 'DK', nor: 'NO', fin: 'FI', bra: 'BR',
  mex: 'MX', arg: 'AR', tha: 'TH', phl: 'PH', phi: 'PH', vnm: 'VN', vie: 'VN', idn: 'ID', nzl: 'NZ', irl: 'IE', bel: 'BE', nld: 'NL',
  ned: 'NL', che: 'CH', sui: 'CH', aut: 'AT', pol: 'PL', tur: 'TR', irn: 'IR', isr: 'IL', zaf: 'ZA',
};
let regionNames: Intl.DisplayNames | undefined;

/** Currency templates as "USD 370.6 million", which `money` reads: wtf_wikipedia knows only some. */
const CURRENCY_TEMPLATE = /^(?:us\$|usd|krw|jpy|gbp|eur|inr|cny|rmb|aud|cad|hkd|twd|chf|sek|nok|dkk|brl|mxn|rub|thb|php|idr|myr|sgd|nzd|zar|currency)$/;

/**
 * The text a reader sees for a piece of wikitext (references already taken out). Links give
 * their text; an interlanguage link gives its English name; a template that nothing here can
 * read is reported at its line and left out.
 */
export function plain(span: Span, ctx: Context, { paragraphs = false } = {}): string {
  let text = span.text;
  const replaced: { start: number; end: number; text: string }[] = [];
  for (const template of topTemplates({ text, offset: 0 }, ctx.wiki)) {
    const name = template.name;
    const at = ctx.wiki.lineAt(span.offset + template.start);
    const whole = text.slice(template.start, template.end);
    let replacement: string | undefined;
    if (name === 'ill' || name === 'interlanguage link' || name === 'interlanguage link multi') {
      replacement = template.positional[0]?.text ?? '';
    } else if (Object.hasOwn(FLAG_CODES, name) && !template.positional.length && !template.named.size) {
      regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
      replacement = regionNames.of(FLAG_CODES[name]!) ?? '';
    } else if (FLAGS.test(name)) {
      // A flag beside a country's name (Korean Wikipedia's `{{국기나라|대한민국}}`) is the name; a flag alone is decoration.
      replacement = name === '국기그림' ? '' : template.positional[0]?.text ?? '';
    } else if (CURRENCY_TEMPLATE.test(name)) {
      const code = name === 'currency' ? template.positional[1]?.text.toUpperCase() ?? 'USD' : name === 'us$' ? 'USD' : name === 'rmb' ? 'CNY' : name.toUpperCase();
      replacement = `${code} ${template.positional[0]?.text ?? ''}`;
    } else if (name === 'inrconvert') {
      const unit = { c: ' crore', l: ' lakh', b: ' billion', m: ' million' }[template.positional[1]?.text.toLowerCase() ?? ''] ?? '';
      replacement = `INR ${template.positional[0]?.text ?? ''}${unit}`;
    } else if (MAINTENANCE.test(name)) {
      replacement = '';
    } else if (!RENDERED.test(name) && !wikiText(whole).trim()) {
      ctx.notes.add(at, whole, `the template {{${template.name}}} is not one the importer can read`, { reason: 'unknownTemplate', values: { template: template.name } });
      replacement = '';
    }
    if (replacement !== undefined) replaced.push({ start: template.start, end: template.end, text: plainText(replacement) });
  }
  if (replaced.length) {
    let out = '';
    let from = 0;
    for (const r of replaced) {
      out += text.slice(from, r.start) + r.text;
      from = r.end;
    }
    text = out + text.slice(from);
  }
  text = text.replace(/<br\s*\/?>/gi, '\n');
  let out = wikiText(text);
  out = paragraphs ? out.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim()
    : out.replace(/\s+/g, ' ').trim();
  const scrubbed = scrub(out);
  if (scrubbed !== out) ctx.notes.add(ctx.wiki.lineAt(span.offset), out, 'markup was left in this text and was removed');
  return scrubbed;
}

/**
 * Templates nested deeper than this are not film data (real articles nest three or four deep),
 * and wtf_wikipedia recurses once per level: beyond it, the inner ones are left out.
 */
const MAX_NESTING = 12;
/**
 * wtf_wikipedia finds sentences with patterns that rescan a line from each word, so no line it
 * is given is longer than this: a longer one is cut at a sentence's end outside links and
 * templates, else at a space outside them, and the pieces are read one by
 * one and joined as wtf_wikipedia joins sentences.
 */
const MAX_LINE = 400;

/** A long line in pieces of at most MAX_LINE, cut where a sentence ends if one does. */
function pieces(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (line.length - start > MAX_LINE) {
    let depth = 0;
    let sentence = -1;
    let space = -1;
    for (let i = start; i < start + MAX_LINE; i++) {
      const c = line[i];
      const pair = c === line[i + 1] ? c : '';
      if (pair === '[' || pair === '{') depth++, i++;
      else if ((pair === ']' || pair === '}') && depth > 0) depth--, i++;
      else if (c === ' ' && depth === 0) {
        space = i;
        if (/[.!?]["”']?$/.test(line.slice(Math.max(start, i - 2), i)) && /[A-Z"“]/.test(line[i + 1] ?? '')) sentence = i;
      }
    }
    const end = sentence > start ? sentence : space > start ? space : start + MAX_LINE;
    out.push(line.slice(start, end));
    start = end;
  }
  out.push(line.slice(start));
  return out;
}

/** Leaves out what sits deeper than MAX_NESTING templates, in one pass. */
function shallow(text: string): string {
  if (!text.includes('{{')) return text;
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (text[i] === '{' && text[i + 1] === '{') deepest = Math.max(deepest, ++depth), i++;
    else if (text[i] === '}' && text[i + 1] === '}' && depth > 0) depth--, i++;
  }
  if (deepest <= MAX_NESTING) return text;
  let out = '';
  depth = 0;
  for (let i = 0; i < text.length; i++) {
    const pair = text[i] === text[i + 1] ? text[i] : '';
    if (pair === '{') {
      if (++depth <= MAX_NESTING) out += '{{';
      i++;
    } else if (pair === '}' && depth > 0) {
      if (depth-- <= MAX_NESTING) out += '}}';
      i++;
    } else if (depth <= MAX_NESTING) out += text[i];
  }
  return out;
}

/**
 * The text wtf_wikipedia renders for a piece of wikitext, fed so that it reads any text in
 * linear time and never throws: nesting cut to MAX_NESTING, a line longer than MAX_LINE read in
 * pieces, and its own failure (a text it cannot parse) answered by the markup guard alone.
 */
export function wikiText(text: string): string {
  const lines = shallow(text).split('\n');
  const render = (s: string) => {
    try {
      return wtf(s).text();
    } catch {
      return scrub(s);
    }
  };
  if (lines.every((line) => line.length <= MAX_LINE)) return render(lines.join('\n'));
  // Runs of ordinary lines are read together (a list or a template spans lines); a long line alone.
  const blocks: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) blocks.push(render(run.join('\n')));
    run = [];
  };
  for (const line of lines) {
    if (line.length <= MAX_LINE) run.push(line);
    else flush(), blocks.push(pieces(line).map(render).join(' '));
  }
  flush();
  return blocks.join('\n');
}

/** Text for a replacement that must not be read as wikitext again. */
const plainText = (s: string) => s.replace(/\[\[(?:[^|\][]*\|)?([^\][]*)\]\]/g, '$1').replace(/'{2,}/g, '');

/** The last guard: no wiki markup may reach film JSON. */
export function scrub(text: string): string {
  return text
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<ref\b[^>]{0,500}\/>|<ref\b[^>]{0,500}>(?:(?!<ref\b)[\s\S])*?<\/ref\s*>/gi, '')
    .replace(/<\/?[a-z][^<>]{0,500}>/gi, '')
    .replace(/\[\[(?:[^|\][]*\|)?([^\][]*)\]\]/g, '$1')
    .replace(/\{\{|\}\}|\[\[|\]\]|\{\||\|\}|'{2,}/g, '')
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
