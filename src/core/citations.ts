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

/** Below this many cited facts, every marker is kept: one source behind two facts is no pattern. */
const FEW_FACTS = 3;
/** The share of cited facts one source must back to be named once instead of marked on each. */
const NEARLY_ALL = 0.9;

/**
 * The source that backs nearly every fact of one rendering (an article imported from one
 * encyclopedia cites it on every name), or undefined when no source does. Ties go to the
 * source listed first.
 */
export function mainSource(facts: Iterable<SourceRefs | undefined>, sources: Source[] | undefined): Source | undefined {
  const known = new Set((sources ?? []).map((source) => source.id));
  const backing = new Map<string, number>();
  let cited = 0;
  for (const refs of facts) {
    const ids = new Set(refs?.filter((id) => known.has(id)));
    if (!ids.size) continue;
    cited++;
    for (const id of ids) backing.set(id, (backing.get(id) ?? 0) + 1);
  }
  if (cited < FEW_FACTS) return undefined;
  let best: Source | undefined;
  let most = 0;
  for (const source of sources ?? []) {
    const n = backing.get(source.id) ?? 0;
    if (n > most) [best, most] = [source, n];
  }
  return most >= NEARLY_ALL * cited ? best : undefined;
}

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
 *
 * With `facts`, the references of every fact the rendering will mark: when one source backs
 * nearly all of them (`mainSource`), it is named once, in the sources line, and not marked on
 * each fact, as an encyclopedia's infobox does. Markers stay for the sources beside it, and
 * every source stays marked on a fact the sources disagree on (`mark(refs, true)`).
 */
export class Citations {
  readonly #byId: Map<string, Source>;
  readonly #cited: Source[] = [];
  /** Each cited source's link, made the first time it is cited and reused by later markers. */
  readonly #links = new Map<Source, Link>();

  readonly #roving: boolean;
  /** The source named once rather than marked (see `mainSource`). */
  readonly #main: Source | undefined;

  constructor(sources: Source[] | undefined, private readonly strings: Strings, private readonly locale: string,
    options: { roving?: boolean; facts?: Iterable<SourceRefs | undefined> } = {}) {
    this.#byId = new Map((sources ?? []).map((source) => [source.id, source]));
    this.#roving = !!options.roving;
    this.#main = options.facts && mainSource(options.facts, sources);
  }

  /**
   * The marker after a fact. `disputed` when the sources disagree on it (a second runtime):
   * then every source is marked, the main one too, so the reader sees which says what.
   */
  mark(refs: SourceRefs | undefined, disputed = false) {
    if (!refs?.length) return nothing;
    const links: Link[] = [];
    for (const id of refs) {
      const source = this.#byId.get(id);
      if (source && (disputed || source !== this.#main)) links.push(this.#linkTo(source));
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

  /**
   * The numbered sources, titled by a heading at `level` (the element's own title's level, plus
   * one); the main source, if any, on a line of its own: "Source: Wikipedia" when it is the only
   * one, "Main source: Wikipedia" above the numbered others.
   */
  list(level: number) {
    const main = this.#main;
    if (!this.#cited.length) {
      return main
        ? html`<footer part="sources" class="sources"><p class="main-source">${this.strings.sourceOfAll}${this.#work(main)}</p></footer>`
        : nothing;
    }
    return html`<footer part="sources" class="sources">
      ${heading(level, this.strings.sources, 'sources-title', undefined, nothing)}${
        main ? html`<p class="main-source">${this.strings.mainSource}${this.#work(main)}</p>` : nothing}
      <ol data-back=${this.strings.footnoteBack}>
        ${this.#cited.map((source, i) => this.#item(source, `source-${i + 1}`))}
      </ol>
    </footer>`;
  }

  /**
   * A source as the main-source line names it: its title (a link when it has one), publisher
   * (unless the title says it: "Parasite – Wikipedia") and date.
   */
  #work({ url, title, publisher, date }: Source) {
    return html`${url ? html`<a href=${url}>${title}</a>` : title}${
      publisher && !title.includes(publisher) ? html`, <span class="publisher">${publisher}</span>` : nothing}${
      date ? html`, <time datetime=${date}>${formatDate(date, this.locale)}</time>` : nothing}`;
  }

  // The common source, with a link, has its link written out in the item's template.
  #item({ url, title, publisher, date }: Source, id: string) {
    const by = publisher && !title.includes(publisher) ? html`, <span class="publisher">${publisher}</span>` : nothing;
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
