import { html, nothing, type TemplateResult } from 'lit';
import type { Source, SourceRefs } from '../model/index.js';
import type { Strings } from './strings/index.js';
import { formatDate } from '../model/format.js';
import { heading } from './heading.js';

/** A marker's link, with its attribute values worked out: `[n]` is one text, not three. */
interface Link {
  href: string;
  label: string;
  title: string;
  text: string;
  /** `-1` when the markers share one Tab stop (see `roving`), else no attribute. */
  tab: string | typeof nothing;
  /** The id of the line that says how to move between markers sharing one Tab stop. */
  hint: string | typeof nothing;
}

const link = (l: Link) => html`<a class="ref" href=${l.href} aria-label=${l.label} title=${l.title} tabindex=${l.tab} aria-describedby=${l.hint}>${l.text}</a>`;

/**
 * A footnote marker. Most facts cite one, two or three sources: those markers are one template
 * each, its links written out in it, rather than a template for the marker and one per link (a
 * page of infoboxes clones hundreds of them). Longer runs of links fall back to a list.
 */
function marker(links: Link[]): TemplateResult {
  const [a, b, c, d] = links as [Link, Link, Link, Link];
  switch (links.length) {
    case 1:
      return html`<sup class="refs"><a class="ref" href=${a.href} aria-label=${a.label} title=${a.title} tabindex=${a.tab} aria-describedby=${a.hint}>${a.text}</a></sup>`;
    case 2:
      return html`<sup class="refs"><a class="ref" href=${a.href} aria-label=${a.label} title=${a.title} tabindex=${a.tab} aria-describedby=${a.hint}>${a.text}</a><a class="ref" href=${b.href} aria-label=${b.label} title=${b.title} tabindex=${b.tab} aria-describedby=${b.hint}>${b.text}</a></sup>`;
    case 3:
      return html`<sup class="refs"><a class="ref" href=${a.href} aria-label=${a.label} title=${a.title} tabindex=${a.tab} aria-describedby=${a.hint}>${a.text}</a><a class="ref" href=${b.href} aria-label=${b.label} title=${b.title} tabindex=${b.tab} aria-describedby=${b.hint}>${b.text}</a><a class="ref" href=${c.href} aria-label=${c.label} title=${c.title} tabindex=${c.tab} aria-describedby=${c.hint}>${c.text}</a></sup>`;
    case 4:
      return html`<sup class="refs"><a class="ref" href=${a.href} aria-label=${a.label} title=${a.title} tabindex=${a.tab} aria-describedby=${a.hint}>${a.text}</a><a class="ref" href=${b.href} aria-label=${b.label} title=${b.title} tabindex=${b.tab} aria-describedby=${b.hint}>${b.text}</a><a class="ref" href=${c.href} aria-label=${c.label} title=${c.title} tabindex=${c.tab} aria-describedby=${c.hint}>${c.text}</a><a class="ref" href=${d.href} aria-label=${d.label} title=${d.title} tabindex=${d.tab} aria-describedby=${d.hint}>${d.text}</a></sup>`;
    default:
      return html`<sup class="refs">${links.map(link)}</sup>`;
  }
}

/** The id of the hint that markers sharing one Tab stop point to (see `Citations.hint`). */
export const refHintId = 'ref-hint';

/**
 * Footnotes for one rendering: `mark()` numbers sources in the order facts cite them, and
 * `list()`, called after every mark, writes the numbered sources. Template expressions are
 * evaluated in order, so the list placed last in a template sees every mark.
 *
 * A source entry gets a back link when a reader follows a marker to it (see
 * `followInPageLink`), which leads back to that marker; the list carries the link's words.
 * Without a script, in-page links cannot reach into a shadow root at all, so static HTML has
 * neither.
 *
 * With `roving`, every marker is out of the Tab order and the element makes one of them the
 * Tab stop for all (see `rovingFootnotes`): a box of many facts, each footnoted, would
 * otherwise put a Tab stop on every marker.
 */
export class Citations {
  readonly #byId: Map<string, Source>;
  readonly #cited: Source[] = [];
  /** Each cited source's link, made the first time it is cited and reused by later markers. */
  readonly #links = new Map<Source, Link>();

  readonly #roving: boolean;

  constructor(sources: Source[] | undefined, private readonly strings: Strings, private readonly locale: string,
    options: { roving?: boolean } = {}) {
    this.#byId = new Map((sources ?? []).map((source) => [source.id, source]));
    this.#roving = !!options.roving;
  }

  mark(refs: SourceRefs | undefined) {
    if (!refs?.length) return nothing;
    const links: Link[] = [];
    for (const id of refs) {
      const source = this.#byId.get(id);
      if (source) links.push(this.#linkTo(source));
    }
    return links.length ? marker(links) : nothing;
  }

  #linkTo(source: Source): Link {
    let found = this.#links.get(source);
    if (!found) {
      const n = this.#cited.push(source);
      found = {
        href: `#source-${n}`, label: this.strings.source(n), title: source.title, text: `[${n}]`,
        tab: this.#roving ? '-1' : nothing, hint: this.#roving ? refHintId : nothing,
      };
      this.#links.set(source, found);
    }
    return found;
  }

  /**
   * With `roving`, the line that tells keyboard users how the markers move: read with each
   * marker (it is their description) and shown while one has keyboard focus. Nothing otherwise.
   */
  hint() {
    return this.#roving && this.#cited.length
      ? html`<p class="ref-hint" id=${refHintId}>${this.strings.footnoteKeys}</p>`
      : nothing;
  }

  /** The numbered sources, titled by a heading at `level` (the element's own title's level, plus one). */
  list(level: number) {
    if (!this.#cited.length) return nothing;
    return html`<footer part="sources" class="sources">
      ${heading(level, this.strings.sources, 'sources-title', undefined, nothing)}
      <ol data-back=${this.strings.footnoteBack}>
        ${this.#cited.map((source, i) => this.#item(source, `source-${i + 1}`))}
      </ol>
    </footer>`;
  }

  // The common source, with a link, has its link written out in the item's template.
  #item({ url, title, publisher, date }: Source, id: string) {
    const by = publisher ? html`, <span class="publisher">${publisher}</span>` : nothing;
    const on = date ? html`, <time datetime=${date}>${formatDate(date, this.locale)}</time>` : nothing;
    return url
      ? html`<li id=${id}>
          <a href=${url}>${title}</a>${by}${on}
        </li>`
      : html`<li id=${id}>
          ${title}${by}${on}
        </li>`;
  }
}
