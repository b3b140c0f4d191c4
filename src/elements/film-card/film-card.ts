import { html, nothing, type TemplateResult } from 'lit';
import { FilmElement } from '../../core/film-element.js';
import { heading, titleLevel } from '../../core/heading.js';
import { formatDate, formatList, formatNumber, formatRuntime } from '../../model/format.js';
import { formatRating } from '../../model/format-scores.js';
import { langOfText } from '../../model/localised.js';
import { brokenImages } from '../../core/broken-image.js';
import type { AggregateScore, Film } from '../../model/types.js';
import { cardStyles } from './film-card.styles.js';
import { addEnglish } from '../../core/strings/index.js';
import { english } from './film-card.en.js';
import { sections, tag } from './descriptor.js';

/**
 * A compact summary of a film for sidebars and lists: a small poster, the title (a link when
 * the film has a URL) and its original title, the year, running time and genres, the
 * director, and the headline score. Absent facts are left out. From about 520 px wide the
 * card lays out in a row, with the score at the end.
 *
 * @tagname film-card
 * @summary A film, in a few lines.
 * @csspart base - The card (an `<article>` named by the title).
 * @csspart poster - The poster thumbnail.
 * @csspart title - The title (a heading).
 * @csspart link - The title's link, when the film has a URL.
 * @csspart original-title - The title in the film's original language.
 * @csspart facts - The line with year and running time.
 * @csspart genres - The list of genres.
 * @csspart directors - The line that names the director(s).
 * @csspart score - The headline aggregate score.
 * @cssprop --film-card-poster-width - Width of the poster thumbnail (default 64px; 96px in the wide layout).
 */
export class FilmCard extends FilmElement {
  /** The sections of a film it shows, whose readers it brings. */
  static override readonly sections = sections;
  static { addEnglish(english); }

  static override styles = [...FilmElement.styles, cardStyles];

  static override readonly tag = tag;

  /** The posters that did not load. */
  #images = brokenImages(this);

  protected override renderFilm(film: Film): TemplateResult {
    const s = this.strings;
    const locale = this.locale;
    const { originalTitle: original } = film;
    // A poster that did not load goes, with its frame: the title beside it names the film.
    const poster = this.#images.usable(film.poster);
    const titleLang = langOfText(film, 'title', locale);
    const runtime = film.runtime?.[0];
    const directors = film.credits?.directors?.map((d) => d.name) ?? [];
    const score = film.scores?.[0];
    const year = film.year !== undefined ? String(film.year).padStart(4, '0') : undefined;
    const level = titleLevel(this);

    return html`<article part="base" class="base" lang=${locale} aria-labelledby=${film.title ? 'title' : nothing}><div class="card ${poster ? 'has-poster' : ''}">
      ${poster
        ? html`<img part="poster" class="poster" src=${poster.src} alt=${poster.alt} loading="lazy" decoding="async"
            width=${poster.width ?? nothing} height=${poster.height ?? nothing} @error=${this.#images.failed}>`
        : nothing}
      <div class="body">
        ${film.title
          ? heading(level, film.url ? html`<a part="link" class="link" href=${film.url} lang=${titleLang ?? nothing}>${film.title}</a>`
            : titleLang ? html`<span lang=${titleLang}>${film.title}</span>` : film.title, 'title', 'title')
          : nothing}
        ${original && original.text !== film.title
          ? html`<p part="original-title" class="original"><span class="visually-hidden">${s.originalTitle}: </span><span
              lang=${original.lang ?? nothing}>${original.text}</span></p>`
          : nothing}
        ${year || runtime ? this.#facts(year, runtime?.value) : nothing}
        ${film.genres?.length
          ? html`<ul part="genres" class="genres" aria-label=${s.cardGenres}>${film.genres.map((genre) => html`<li>${genre}</li>`)}</ul>`
          : nothing}
        ${directors.length
          ? html`<p part="directors" class="directors">${s.cardDirectedBy(formatList(directors, locale))}</p>`
          : nothing}
      </div>
      ${score ? this.#score(score) : nothing}
    </div></article>`;
  }

  /** Year and running time: one template for each combination, as every nested template is one more clone. */
  #facts(year: string | undefined, minutes: number | undefined): TemplateResult {
    const date = year === undefined ? undefined : formatDate(year, this.locale);
    const runtime = minutes === undefined ? undefined : formatRuntime(minutes, this.locale);
    if (date === undefined) return html`<p part="facts" class="facts"><span>${runtime}</span></p>`;
    return runtime === undefined
      ? html`<p part="facts" class="facts"><time datetime=${year}>${date}</time></p>`
      : html`<p part="facts" class="facts"><time datetime=${year}>${date}</time><span class="dot" aria-hidden="true"> · </span><span>${runtime}</span></p>`;
  }

  /** "91%" with the aggregator's name; a score on another scale reads "6.6 out of 10". */
  #score(score: AggregateScore) {
    const s = this.strings;
    const locale = this.locale;
    const spoken = formatRating({ kind: 'score', value: score.value, best: score.best, unit: score.unit }, locale);
    const percent = score.unit === 'percent' && score.best === 100;
    const shown = percent ? spoken : s.cardScoreShort(formatNumber(score.value, locale), formatNumber(score.best, locale));
    return shown === spoken
      ? html`<p part="score" class="score"><span class="score-value">${shown}</span>
      <span class="score-source">${score.source}</span></p>`
      : html`<p part="score" class="score"><span class="score-value" aria-hidden="true">${shown}</span><span class="visually-hidden">${spoken}</span>
      <span class="score-source">${score.source}</span></p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'film-card': FilmCard;
  }
}
