/**
 * What static HTML was rendered with, so that its upgrade can tell, before touching it, whether
 * the element would draw the very same DOM. The server (`film-elements render`, `publish`, the
 * builder) writes it on the host as
 *
 *   rendered="version=0.1.0 lang=ko dir=ltr film=3z4w attributes=1x2y markup=5v6u"
 *
 * the library's version, the language and direction drawn in, a digest of the film as the element
 * read it (only the sections it shows), one of the host's own attributes (theme, heading-level,
 * review…) and one of the shadow DOM as written. The element compares them with what it would
 * draw now and with the host and DOM it finds, which a CMS may have edited (curled quotes, `<p>`
 * and `<br>` added, comments stripped). Anything different is drawn
 * afresh, once; nothing is hydrated that does not match.
 */
import { decodeEntities } from '../model/html-entities.js';
import { digest } from './record.js';

export { VERSION } from './record.js';

/**
 * Attributes that say nothing of what the element draws: the record itself, the film's address
 * (the film has its digest), the language and direction (recorded as such), and the page's own.
 */
const UNDRAWN = /^(rendered|src|lang|dir|id|class|style|slot|hidden|data-.*|aria-.*)$/;

/** The host's attributes that may change what the element draws (theme, heading-level, review…). */
const attributesDigest = (attributes: Array<[string, string]>): string =>
  digest(attributes.filter(([name]) => !UNDRAWN.test(name)).map(([name, value]) => `${name}=${value}`).sort().join('\n'));

/** What the record holds of the element's host and shadow DOM as they are in the page now. */
export const foundNow = (host: Element): string =>
  `attributes=${attributesDigest(host.getAttributeNames().map((name) => [name, host.getAttribute(name)!]))} markup=${markupDigest(host.shadowRoot!)}`;

/**
 * The shadow DOM's shape: each element's name, each text and each comment (Lit's markers are
 * comments), in document order. The styles are left out: they are the library's, not the film's.
 * `markupOfHtml` must read the same from the HTML that the browser parses into this DOM.
 */
function markupDigest(root: ShadowRoot): string {
  const parts: string[] = [];
  const walk = (parent: Node): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const name = (node as Element).localName;
        if (name === 'style') continue;
        parts.push(`<${name}`);
        walk(node);
      } else if (node.nodeType === Node.TEXT_NODE) parts.push(`"${(node as Text).data}`);
      else if (node.nodeType === Node.COMMENT_NODE) parts.push(`!${(node as Comment).data}`);
    }
  };
  walk(root);
  return digest(parts.join('\n'));
}


/**
 * `markupDigest` of the DOM that `html` (what Lit SSR writes inside the shadow root's template:
 * escaped text, quoted attributes, no raw `<` in text) parses into. No DOM is needed, so the
 * command line computes it in Node.
 */
function markupOfHtml(html: string): string {
  const parts: string[] = [];
  const token = /<!--([^]*?)-->|<style\b[^>]*>[^]*?<\/style>|<\/([a-z][\w-]*)\s*>|<([a-z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/gi;
  // An element drawn inside (a list's infoboxes) has its own declarative shadow root: in the DOM
  // that is its shadow root, not its children, so its template is not part of this shape.
  let inner = 0;
  for (const [, comment, end, name, attributes, text] of html.matchAll(token)) {
    if (inner) {
      if (name?.toLowerCase() === 'template') inner++;
      else if (end?.toLowerCase() === 'template') inner--;
    } else if (name?.toLowerCase() === 'template' && /\sshadowrootmode=/i.test(attributes!)) inner = 1;
    else if (comment !== undefined) parts.push(`!${comment}`);
    else if (name !== undefined) parts.push(`<${name.toLowerCase()}`);
    else if (text !== undefined) parts.push(`"${decodeEntities(text)}`);
  }
  return digest(parts.join('\n'));
}

/**
 * Lit SSR's HTML for `<tag …>` (rendered by a one-off outer template) as the static HTML we ship,
 * with the markup digest added to its `rendered` record: shared by `film-elements render` and
 * `publish` (Node) and by the builder (in the browser), which must write the same bytes.
 */
export function staticMarkup(rendered: string, tag: string): string {
  const html = rendered
    // The markers of the one-off outer template: nothing hydrates it.
    .replace(/^<!--lit-part [^>]*--><!--lit-node 0-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(new RegExp(`^<${tag}\\s+`), `<${tag} `)
    .replace(new RegExp(`^<${tag} >`), `<${tag}>`)
    // Only the standard attribute: browsers without `shadowrootmode` are long gone, and the
    // legacy `shadowroot` one is not valid HTML.
    .replaceAll('<template shadowroot="open" shadowrootmode="open">', '<template shadowrootmode="open">')
    // Lit ends a template that ends in a binding with `<?>`, which the HTML parser turns into
    // the comment `<!--?-->` with a parse error; writing the comment is the same DOM, valid.
    // (Text from the film is escaped, so `<?>` can only be Lit's.)
    .replaceAll('<?>', '<!--?-->');
  const open = '<template shadowrootmode="open">';
  const start = html.indexOf(open);
  const end = html.lastIndexOf('</template>');
  if (start < 0 || end < start) return html;
  const host = /^<[\w-]+((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(html)?.[1] ?? '';
  const found = `attributes=${attributesDigest(hostAttributes(host))} markup=${markupOfHtml(html.slice(start + open.length, end))}`;
  return nestedRecords(html, start + open.length).replace(new RegExp(`^(<${tag}\\b[^>]*? rendered="[^"]*)"`), `$1 ${found}"`);
}

const hostAttributes = (written: string): Array<[string, string]> =>
  [...written.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map(([, name, value]): [string, string] => [name!, decodeEntities(value ?? '')]);

/**
 * An element drawn inside another's static HTML (a list's infoboxes) gets in its record what the
 * outer one has: its attributes and its markup as written, so that it too upgrades in place.
 * `defer-hydration` is Lit's, and gone when the element is upgraded.
 */
function nestedRecords(html: string, from: number): string {
  const nested = /<([a-z][\w]*-[\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*?) rendered="([^"]*)"((?:[^>"']|"[^"]*"|'[^']*')*)><template shadowrootmode="open">/gi;
  nested.lastIndex = from;
  const records: Array<{ at: number; record: string }> = [];
  for (let m = nested.exec(html); m; m = nested.exec(html)) {
    const inner = m.index + m[0].length;
    // Its template ends where the templates opened inside it have ended.
    const templates = /<template\b|<\/template\s*>/gi;
    templates.lastIndex = inner;
    let depth = 1;
    let end = inner;
    for (let t = templates.exec(html); t && depth; t = templates.exec(html)) {
      depth += t[0][1] === '/' ? -1 : 1;
      end = t.index;
    }
    const attributes = hostAttributes(`${m[2]} rendered="${m[3]}"${m[4]}`).filter(([name]) => name !== 'defer-hydration');
    const at = m.index + m[0].indexOf(' rendered="') + ' rendered="'.length + m[3]!.length;
    records.push({ at, record: ` attributes=${attributesDigest(attributes)} markup=${markupOfHtml(html.slice(inner, end))}` });
  }
  for (const { at, record } of records.reverse()) html = html.slice(0, at) + record + html.slice(at);
  return html;
}

/** What differs between the record the static HTML carries and the one the element has now, if anything. */
export function difference(written: string | null, now: string): string | undefined {
  if (written === null) return 'it carries no record of what it was rendered with';
  const have = new Map(written.split(' ').map((part) => part.split('=') as [string, string]));
  for (const part of now.split(' ')) {
    const [key, value] = part.split('=') as [string, string];
    if (have.get(key) !== value) return `its ${key} is ${have.get(key) ?? 'not given'}, here ${value}`;
  }
  return undefined;
}
