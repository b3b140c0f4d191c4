import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * Real headings (`<h1>`…`<h6>`), so the page's outline, a screen reader's list of headings and
 * a reader mode all see an element's title. An embedded widget sits inside an article whose own
 * title is an `<h1>` and whose sections are `<h2>`, so its title defaults to level 3 and the
 * titles within it to one below.
 */

/** The heading level an element's `heading-level` attribute asks for, kept between 1 and 6; 3 when unset. */
export const headingLevel = (asked: unknown): number => Math.min(6, Math.max(1, Math.round(Number(asked)) || 3));

/** The level of a title inside an element whose title is at `level`. */
export const below = (level: number) => Math.min(6, level + 1);

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
    case 2: return html`<h2 part=${part} class=${name} id=${i}>${content}</h2>`;
    case 4: return html`<h4 part=${part} class=${name} id=${i}>${content}</h4>`;
    case 5: return html`<h5 part=${part} class=${name} id=${i}>${content}</h5>`;
    case 6: return html`<h6 part=${part} class=${name} id=${i}>${content}</h6>`;
    default: return html`<h3 part=${part} class=${name} id=${i}>${content}</h3>`;
  }
}

/**
 * Headings look as the paragraphs they replaced did: the browser's own heading sizes and
 * margins are taken away here, and each element's title rules (by class) size them.
 */
export const headingStyles = css`
  h1, h2, h3, h4, h5, h6 { margin: 0; font-size: 1em; font-weight: 700; }
`;
