/**
 * A saved film page (IMDb, Letterboxd, a review site, a blog): its JSON-LD blocks, read as
 * one document. The page itself becomes the film's source, named by its title and its
 * canonical address, and the facts read from it point to it.
 */
import { readJsonText } from '../model/json-text.js';
import { decodeEntities } from '../model/html-entities.js';
import { TEXT_ENTITIES } from '../model/text-entities.js';
import type { Notes } from './notes.js';

// A script holds no other: bounded so that a page full of unclosed `<script` stays linear.
const SCRIPT = /<script\b([^>]{0,1000})>((?:(?!<script\b)[\s\S])*?)<\/script\s*>/gi;
const decode = (s: string) => decodeEntities(s, TEXT_ENTITIES).replace(/\s+/g, ' ').trim();

const lineAt = (text: string, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
};

export interface PageJsonLd {
  /** Every block that parsed, in page order. */
  documents: unknown[];
  /** Where the first block starts, to place notes about the JSON-LD. */
  from: number;
  page: { title?: string; url?: string; site?: string; base?: string };
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? decode(m[1] ?? m[2] ?? m[3]!) : undefined;
}

/** The page's title, canonical address and site name, from its head. */
function pageOf(html: string): PageJsonLd['page'] {
  const page: PageJsonLd['page'] = {};
  const meta = (property: string) => {
    for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
      if ((attribute(tag, 'property') ?? attribute(tag, 'name'))?.toLowerCase() === property) return attribute(tag, 'content');
    }
    return undefined;
  };
  const canonical = (html.match(/<link\b[^>]*>/gi) ?? []).find((tag) => attribute(tag, 'rel')?.toLowerCase() === 'canonical');
  const title = meta('og:title') ?? /<title\b[^>]{0,1000}>((?:(?!<title\b)[\s\S])*?)<\/title>/i.exec(html)?.[1];
  const url = (canonical && attribute(canonical, 'href')) ?? meta('og:url');
  // A title is text: tags written in it (a hostile or broken page) are not kept.
  const text = (value: string | undefined) => (value === undefined ? '' : decode(value).replace(/<[^>]*>?/g, ' ').replace(/\s+/g, ' ').trim());
  const site = text(meta('og:site_name'));
  if (text(title)) page.title = text(title);
  if (url && /^https?:\/\//i.test(url)) page.url = url;
  if (site) page.site = site;
  // Relative links resolve against the page's own address, else its <base>.
  const base = (html.match(/<base\b[^>]{0,1000}>/gi) ?? []).map((tag) => attribute(tag, 'href')).find((href) => href && /^https?:\/\//i.test(href));
  if (page.url ?? base) page.base = (page.url ?? base)!;
  return page;
}

/** The JSON-LD of a page; a block that is not JSON is reported at its line and skipped. */
export function pageJsonLd(html: string, notes: Notes): PageJsonLd {
  const documents: unknown[] = [];
  let from = -1;
  for (const m of html.matchAll(SCRIPT)) {
    if (!/\btype\s*=\s*["']?application\/ld\+json/i.test(m[1]!)) continue;
    const start = m.index! + m[0].indexOf('>') + 1;
    // Letterboxd and some plugins wrap the JSON in a commented CDATA section.
    const body = m[2]!.replace(/^\s*(?:\/\*\s*)?<!\[CDATA\[(?:\s*\*\/)?|(?:\/\*\s*)?\]\]>(?:\s*\*\/)?\s*$/g, '').replace(/^\s*<!--|-->\s*$/g, '');
    const read = readJsonText(body);
    if ('value' in read) {
      documents.push(read.value);
      if (from === -1) from = start;
    } else {
      const line = lineAt(html, start) + (read.line ?? 1) - 1;
      notes.add(line, body.trim().slice(0, 80), `a JSON-LD block that is not JSON (${read.error}); it was skipped`, { reason: 'notJsonLd' });
    }
  }
  return { documents, from: Math.max(from, 0), page: pageOf(html) };
}
