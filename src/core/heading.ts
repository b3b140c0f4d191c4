import { css, html, isServer, nothing, type TemplateResult } from 'lit';

/**
 * Real headings (`<h1>`…`<h6>`), so the page's outline, a screen reader's list of headings and
 * a reader mode all see an element's title. Without `heading-level`, a widget's title is one
 * level below the page's heading before it (an `<h2>` under a post's `<h1>`, an `<h3>` in a
 * section under an `<h2>`), so the outline skips no level; the titles within it are one below.
 * Where there is no page to look at (static HTML) or no heading before it, the title is an
 * `<h2>`: a widget mostly sits under a post's `<h1>`, and an `<h2>` skips no level after any heading.
 */

/** The heading level an element's `heading-level` attribute asks for, kept between 1 and 6; 2 when unset. */
export const headingLevel = (asked: unknown): number => Math.min(6, Math.max(1, Math.round(Number(asked)) || 2));

/** The level of a title inside an element whose title is at `level`. */
export const below = (level: number) => Math.min(6, level + 1);

let headings: Map<Node, Element[]> | undefined;

/** The headings of `root` in document order, found once for all the widgets drawn in one task. */
function headingsOf(root: Document | ShadowRoot): Element[] {
  if (!headings) {
    headings = new Map();
    queueMicrotask(() => (headings = undefined));
  }
  let found = headings.get(root);
  if (!found) headings.set(root, (found = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')]));
  return found;
}

/** One below the last heading before `element` in its page, across shadow roots; 2 when there is none. */
function levelUnder(element: Element): number {
  for (let node = element; ;) {
    const root = node.getRootNode() as Document | ShadowRoot;
    const all = headingsOf(root);
    // The headings before `node` come first in document order: find where they end.
    let [low, high] = [0, all.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (all[middle]!.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) low = middle + 1;
      else high = middle;
    }
    if (low) return below(Number(all[low - 1]!.localName[1]));
    if (!(root instanceof ShadowRoot)) return 2;
    node = root.host;
  }
}

const levels = new WeakMap<Element, number>();

/**
 * The level of an element's title: its `heading-level`, else one below the page's heading before
 * it, found once. Markup rendered on a server (which knows no page) keeps the level it was
 * written with, 2, so that it upgrades in place.
 */
export function titleLevel(element: Element & { headingLevel?: number; hasUpdated: boolean; renderRoot?: ParentNode }): number {
  // Rendered to HTML (on a server, or by Lit SSR in the builder's page), the element has no root.
  if (element.headingLevel !== undefined || isServer || !element.renderRoot) return headingLevel(element.headingLevel);
  let level = levels.get(element);
  if (level === undefined) {
    level = !element.hasUpdated && element.renderRoot.childNodes.length ? 2 : levelUnder(element);
    levels.set(element, level);
  }
  return level;
}

/** The `heading-level` attribute, as each element with a title declares it. */
export const headingLevelProperty = { type: Number, attribute: 'heading-level', reflect: true } as const;

/**
 * A heading at `level` with the given class (also its part, unless `part` says otherwise) and
 * id. One template per level, since a tag name cannot be a binding.
 */
export function heading(level: number, content: unknown, name: string, id?: string, part: string | typeof nothing = name): TemplateResult {
  const i = id ?? nothing;
  switch (level) {
    case 1: return html`<h1 part=${part} class=${name} id=${i}>${content}</h1>`;
    case 3: return html`<h3 part=${part} class=${name} id=${i}>${content}</h3>`;
    case 4: return html`<h4 part=${part} class=${name} id=${i}>${content}</h4>`;
    case 5: return html`<h5 part=${part} class=${name} id=${i}>${content}</h5>`;
    case 6: return html`<h6 part=${part} class=${name} id=${i}>${content}</h6>`;
    default: return html`<h2 part=${part} class=${name} id=${i}>${content}</h2>`;
  }
}

/**
 * Headings look as the paragraphs they replaced did: the browser's own heading sizes and
 * margins are taken away here, and each element's title rules (by class) size them.
 */
export const headingStyles = css`
  h1, h2, h3, h4, h5, h6 { margin: 0; font-size: 1em; font-weight: 700; }
`;
