/**
 * The structure of wikitext as editors write it: comments, templates with their parameters,
 * and where each piece sits, so that what cannot be mapped is reported with its line. Offsets
 * always point into the text as given: comments are blanked to spaces of the same length, not
 * cut, so a line number found after blanking is the line the editor sees.
 */

/** A piece of the text and where it starts in the whole. */
export interface Span {
  text: string;
  offset: number;
}

/** A template: its name as written (`Film date`), its parameters, where it starts and ends. */
export interface Template {
  name: string;
  /** Positional parameters in order, then named ones by their (lower-case, trimmed) name. */
  positional: Span[];
  named: Map<string, Span & { line: number }>;
  start: number;
  end: number;
}

export class WikiText {
  /** The text with comments blanked. */
  readonly text: string;
  private readonly lineStarts: number[] = [0];

  constructor(readonly source: string) {
    this.text = source.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ' '));
    for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  /** The line (from 1) that holds `offset`. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** Every template (outermost only) whose name matches, in order. */
  templates(name: RegExp, from = 0, to = this.text.length): Template[] {
    const found: Template[] = [];
    let i = from;
    while ((i = this.text.indexOf('{{', i)) !== -1 && i < to) {
      const end = closingBraces(this.text, i);
      if (end === -1) break;
      const template = parseTemplate(this.text, i, end, this);
      if (name.test(template.name)) found.push(template);
      // Outermost only, as the name says: a text of nested templates is read once, not once per level.
      i = end;
    }
    return found;
  }
}

/** The offset just past the `}}` that closes the `{{` at `start`, or -1 when it is never closed. */
export function closingBraces(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length - 1; i++) {
    if (text[i] === '{' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (text[i] === '}' && text[i + 1] === '}') {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * Splits `text` at the `|` that stand at its own level: not inside a nested template, a link,
 * or a reference (whose citation has pipes of its own).
 */
export function splitTopLevel(text: string, offset: number, limit = Infinity): Span[] {
  const parts: Span[] = [];
  let braces = 0;
  let brackets = 0;
  let inRef = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    // Character codes, not slices: a template with a million pipes is read without a million strings.
    const c = text.charCodeAt(i);
    const pair = c === text.charCodeAt(i + 1) ? c : 0;
    if (pair === 123) braces++, i++; // {{
    else if (pair === 125) braces--, i++; // }}
    else if (pair === 91) brackets++, i++; // [[
    else if (pair === 93) brackets--, i++; // ]]
    else if (c === 60 && /^<ref(?:\s[^>]*[^/])?>/i.test(text.slice(i, i + 200))) inRef = true;
    else if (c === 60 && /^<\/ref\s*>/i.test(text.slice(i, i + 8))) inRef = false;
    else if (c === 124 && braces === 0 && brackets === 0 && !inRef) {
      parts.push({ text: text.slice(start, i), offset: offset + start });
      start = i + 1;
      if (parts.length === limit - 1) break;
    }
  }
  parts.push({ text: text.slice(start), offset: offset + start });
  return parts;
}

/** The template from `start` to `end` (`{{` … `}}`), its parameters split and named. */
/**
 * A template holds at most this many parameters (an infobox has about thirty, the longest
 * Film date a few dozen); what follows stays in the last one, read as its text.
 */
const MAX_PARAMETERS = 2_000;

export function parseTemplate(text: string, start: number, end: number, where: WikiText, base = 0): Template {
  const [head, ...params] = splitTopLevel(text.slice(start + 2, end - 2), base + start + 2, MAX_PARAMETERS);
  const template: Template = { name: normaliseName(head!.text), positional: [], named: new Map(), start: base + start, end: base + end };
  for (const param of params) {
    // A parameter is named when an `=` comes before any nested markup.
    const eq = /^([^=[{<|]*?)=/.exec(param.text);
    if (eq) {
      const name = eq[1]!.trim().toLowerCase().replace(/[_\s]+/g, ' ');
      const value = param.text.slice(eq[0].length);
      const lead = value.length - value.trimStart().length;
      const at = param.offset + eq[0].length + lead;
      template.named.set(name, { text: value.trim(), offset: at, line: where.lineAt(param.offset) });
    } else {
      const lead = param.text.length - param.text.trimStart().length;
      template.positional.push({ text: param.text.trim(), offset: param.offset + lead });
    }
  }
  return template;
}

/** `Infobox_film `, `infobox film` and `Template:Infobox film` are one name: `infobox film`. */
export function normaliseName(name: string): string {
  return name.replace(/^\s*(?:template:)?/i, '').replace(/[_\s]+/g, ' ').trim().toLowerCase();
}

/** Every outermost template in a piece of the text, with offsets in the whole. */
export function topTemplates({ text, offset }: Span, where: WikiText): Template[] {
  const found: Template[] = [];
  let i = 0;
  while ((i = text.indexOf('{{', i)) !== -1) {
    const end = closingBraces(text, i);
    if (end === -1) break;
    found.push(parseTemplate(text, i, end, where, offset));
    i = end;
  }
  return found;
}

/** A short citation, `{{sfn|Lebo|2005|p=180}}`: its authors' surnames and year, and where in the work ("p. 180"). */
export interface ShortCitation {
  parts: string[];
  at?: string | undefined;
  line: number;
}

/** The templates of a short citation: `{{sfn}}`, `{{sfnp}}`, and in a `<ref>`, `{{harvnb}}` and its kin. */
export const SHORT = /^(?:sfnp?|harvnb|harv|harvp|harvtxt|harvcoltxt|harvcolnb)$/;

/** `{{sfn|Lebo|2005|p=180}}`'s surnames, year and place in the work: `p=`, `pp=` or `loc=` as written. */
export function shortOf(template: Template, line: number): ShortCitation {
  const param = (key: string) => template.named.get(key)?.text.trim() || undefined;
  const page = param('p') ?? param('page');
  const pages = param('pp') ?? param('pages');
  const at = page ? `p. ${page}` : pages ? `pp. ${pages}` : param('loc');
  return { parts: template.positional.map((p) => p.text.trim()).filter(Boolean), at, line };
}
