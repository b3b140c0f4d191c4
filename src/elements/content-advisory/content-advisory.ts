import { html, nothing, type TemplateResult } from 'lit';
import { FilmElement } from '../../core/film-element.js';
import { Citations } from '../../core/citations.js';
import { below, heading, titleLevel } from '../../core/heading.js';
import type { Strings } from '../../core/strings/index.js';
import type { Film } from '../../model/index.js';
import { contentAdvisoryStyles } from './content-advisory.styles.js';
import { addEnglish } from '../../core/strings/index.js';
import { english } from './content-advisory.en.js';
import { sections, tag } from './descriptor.js';

type KnownCategory = keyof Strings['advisoryCategories'];

/** The names authors use for the usual categories, folded to one key each. */
const categoryNames: Record<string, KnownCategory> = {
  dialog: 'dialog',
  dialogue: 'dialog',
  language: 'dialog',
  violence: 'violence',
  sexual: 'sexual',
  'sexual content': 'sexual',
  sex: 'sexual',
  misc: 'misc',
  miscellaneous: 'misc',
  other: 'misc',
};

/**
 * A film's content rating, as a badge with its rating system, and the advisory breakdown:
 * each category (dialog, violence, sexual content, miscellaneous, or the author's own) with
 * what the film contains, as nested lists.
 *
 * @tagname content-advisory
 * @summary A film's content rating and what it warns about.
 * @csspart base - The advisory's box.
 * @csspart title - The "Content rating" title.
 * @csspart rating - The line with the badge and the system.
 * @csspart badge - The rating itself (TV-MA).
 * @csspart system - The rating system.
 * @csspart advisories - The list of categories.
 * @csspart category - Each category's entry.
 * @csspart category-label - Each category's name.
 * @csspart items - Each category's list of items.
 * @csspart sources - The numbered sources.
 */
export class ContentAdvisory extends FilmElement {
  /** The sections of a film it shows, whose readers it brings. */
  static override readonly sections = sections;
  static { addEnglish(english); }

  static override styles = [...FilmElement.styles, contentAdvisoryStyles];


  static override readonly tag = tag;

  protected override renderFilm(film: Film): TemplateResult {
    const s = this.strings;
    const rating = film.contentRating;
    const level = titleLevel(this);
    if (!rating) {
      return html`<section part="base" class="base" lang=${this.locale} aria-label=${s.advisoryTitle}>
        ${heading(level, s.advisoryTitle, 'title')}
        <p class="none">${s.advisoryNone}</p>
      </section>`;
    }
    const cite = new Citations(film.sources, s, this.locale);
    const advisories = (rating.advisories ?? []).filter((advisory) => advisory.items.length);

    return html`<section part="base" class="base" lang=${this.locale} aria-label=${s.advisoryLabel(rating.rating)}>
      ${heading(level, s.advisoryTitle, 'title')}
      <p part="rating" class="rating">
        ${rating.system
          ? html`<span part="badge" class="badge">${rating.rating}</span>
            <span class="mark"><span part="system" class="system">${rating.system}</span>${cite.mark(rating.sources)}</span>`
          : html`<span class="mark"><span part="badge" class="badge">${rating.rating}</span>${cite.mark(rating.sources)}</span>`}
      </p>
      ${advisories.length
        ? html`<p class="contains" id="contains">${s.advisoryContains}</p>
          <ul part="advisories" class="advisories" aria-labelledby="contains">
            ${advisories.map((advisory, i) => html`<li part="category" class="category">
              <span part="category-label" class="category-label" id="category-${i}">${this.#category(advisory.category)}</span>
              <ul part="items" class="items" aria-labelledby="category-${i}">
                ${advisory.items.map((item) => html`<li>${item}</li>`)}
              </ul>
            </li>`)}
          </ul>`
        : nothing}
      ${cite.list(below(level))}
    </section>`;
  }

  /** The reader's word for a usual category; the author's own name otherwise. */
  #category(name: string): string {
    const key = categoryNames[name.trim().toLowerCase()];
    return key ? this.strings.advisoryCategories[key] : name;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'content-advisory': ContentAdvisory;
  }
}
