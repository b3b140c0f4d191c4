import { html, nothing } from 'lit';
import type { Source, SourceRefs } from '../model/index.js';
import type { Strings } from './strings/index.js';
import { formatDate } from '../model/format.js';

/**
 * Footnotes for one rendering: `mark()` numbers sources in the order facts cite them, and
 * `list()`, called after every mark, writes the numbered sources. Template expressions are
 * evaluated in order, so the list placed last in a template sees every mark.
 */
export class Citations {
  readonly #byId: Map<string, Source>;
  readonly #cited: Source[] = [];

  constructor(sources: Source[] | undefined, private readonly strings: Strings, private readonly locale: string) {
    this.#byId = new Map((sources ?? []).map((source) => [source.id, source]));
  }

  mark(refs: SourceRefs | undefined) {
    const sources = (refs ?? []).map((id) => this.#byId.get(id)).filter((s): s is Source => !!s);
    if (!sources.length) return nothing;
    return html`<sup class="refs">${sources.map((source) => {
      let n = this.#cited.indexOf(source) + 1;
      if (!n) n = this.#cited.push(source);
      return html`<a class="ref" href="#source-${n}" aria-label=${this.strings.source(n)} title=${source.title}>[${n}]</a>`;
    })}</sup>`;
  }

  list() {
    if (!this.#cited.length) return nothing;
    return html`<footer part="sources" class="sources">
      <p class="sources-title">${this.strings.sources}</p>
      <ol>
        ${this.#cited.map((source, i) => html`<li id="source-${i + 1}">
          ${source.url ? html`<a href=${source.url}>${source.title}</a>` : source.title}${
            source.publisher ? html`, <span class="publisher">${source.publisher}</span>` : nothing}${
            source.date ? html`, <time datetime=${source.date}>${formatDate(source.date, this.locale)}</time>` : nothing}
        </li>`)}
      </ol>
    </footer>`;
  }
}
