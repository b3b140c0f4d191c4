// The snippet a blogger pastes: the loader pinned to this package version with its integrity
// hash, the film given once (one JSON block that every widget names with src="#id", or a hosted
// URL), and by default each widget's static HTML (declarative shadow DOM), so the page reads
// without JavaScript and does not jump while the loader upgrades it in place.
import type { WrittenFilm } from './written.js';
import { staticElement } from './static-html.js';
import { slug } from '../model/slug.js';

const escapeAttr = (s: unknown) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** JSON that cannot end its `<script>` or open a comment there (as `film-elements render` writes it). */
const scriptJson = (value: unknown) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

/** One text of a value that may be given per language: the text, or the first language's. */
export const firstText = (value: unknown): unknown =>
  (typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.values(value)[0] : value);

/** An id for the film's JSON block, from its id or title: `film-the-handmaiden`. */
export function blockId(doc: WrittenFilm): string {
  return `film-${slug(String(doc.id ?? firstText(doc.title) ?? ''), 40) || 'data'}`;
}

/** The address of the library's files on jsDelivr, pinned to `version`. */
export const cdnBase = (version: string): string => `https://cdn.jsdelivr.net/npm/film-elements@${version}/dist/`;

export interface SnippetOptions {
  /** The film JSON as written: what the block carries and what the static HTML is drawn from. */
  doc: WrittenFilm;
  tags: string[];
  lang: string;
  theme: string;
  /** Where the author hosts the film JSON, or '' to carry it in the snippet. */
  dataUrl: string;
  staticFirst: boolean;
  /** The folder that holds the loader (jsDelivr's or the author's own copy) and the loader's hash, the same for every copy. */
  library: { base: string; integrity: string };
}

export async function makeSnippet({ doc, tags, lang, theme, dataUrl, staticFirst, library }: SnippetOptions): Promise<string> {
  const loader = `<script type="module" src="${escapeAttr(new URL('film-elements.loader.min.js', library.base))}" integrity="${library.integrity}" crossorigin="anonymous"></script>`;
  const id = blockId(doc);
  const src = dataUrl || `#${id}`;
  const attrs = [['src', src], ['lang', lang], ['theme', theme]].filter(([, v]) => v)
    .map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
  const block = `<script type="application/json" id="${id}">\n${scriptJson(doc)}\n</script>`;
  const widgets: string[] = [];
  for (const [i, tag] of tags.entries()) {
    let shadow = '';
    if (staticFirst) {
      // The film as written, read by the element as the live one reads it: a film already read
      // would be read again as film JSON, and its text per language lost on the way.
      const html = await staticElement(tag, structuredClone(doc), { lang: lang || undefined, theme: theme || undefined });
      shadow = html.slice(html.indexOf('>') + 1, -`</${tag}>`.length);
    }
    // The block sits inside the first widget: a host with a shadow root and no slot shows none of
    // its children, so a CMS that strips the script tags but keeps their text shows no raw JSON.
    const inside = !dataUrl && i === 0 ? (staticFirst ? block : `<div hidden>${block}</div>`) : '';
    widgets.push(`<${tag}${attrs}>${shadow}${inside}</${tag}>`);
  }
  return `${loader}\n${widgets.join('\n')}\n`;
}
