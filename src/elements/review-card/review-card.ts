import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { FilmElement } from '../../core/film-element.js';
import { reportProblems } from '../../core/read-once.js';
import { Citations } from '../../core/citations.js';
import { disclosureStyles, toggleWords } from '../../core/disclosure.js';
import { below, heading, titleLevel } from '../../core/heading.js';
import { pageUrl } from '../../core/film-source.js';
import { formatDate, formatList } from '../../model/format.js';
import { ratingPhrase } from '../../model/format-scores.js';
import { langOfText, localise } from '../../model/localised.js';
import type { Film, Review, ReviewResult } from '../../model/types.js';
import { ratingView } from './rating-view.js';
import { reviewCardStyles } from './review-card.styles.js';
import { addEnglish } from '../../core/strings/index.js';
import { english } from './review-card.en.js';
import { readReview } from '../../model/sections/reception.js';
import { sections, tag } from './descriptor.js';

export { ratingShape, type RatingShape } from './rating-view.js';

/** `card`: the review (a compact card in a narrow column, the full box when wider); `quote`: the pull quote alone. */
export type ReviewVariant = 'card' | 'quote';

/** A review given directly, once read: the review, or the JSON-LD reader that could not be fetched. */
type Given = { review?: Review; unreadable?: true };

// A review object handed over directly is read once, by the model's review reader. A JSON-LD
// review waits for the JSON-LD reader, fetched the first time one is met.
const givenReviews = new WeakMap<object, Given | Promise<unknown>>();

function readGivenReview(input: object): Given | Promise<unknown> {
  let read = givenReviews.get(input);
  if (!read) {
    const url = pageUrl();
    const reading = readReview(input, url === undefined ? {} : { baseUrl: url });
    read = reading instanceof Promise
      ? reading.then((result) => givenReviews.set(input, given(result)), () => givenReviews.set(input, { unreadable: true }))
      : given(reading);
    givenReviews.set(input, read);
  }
  return read;
}

function given({ review, problems }: ReviewResult): Given {
  reportProblems('review-card', problems, 'the review');
  return review ? { review } : {};
}

/** Whether a review says anything a reader could see. */
const saysAnything = (r: Review) =>
  !!(r.quote || r.body || r.headline || r.rating || r.verdict || r.outlet || r.critic || r.audience ||
    r.criteria?.length || r.pros?.length || r.cons?.length || r.recommendations?.length);

/** Between the outlet, the critic and the date. */
const separator = html`<span class="sep"> · </span>`;

/** Paragraphs are separated by blank lines. */
const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

/**
 * One review of a film: outlet, critic, date, the rating on the critic's own scale, the pull
 * quote, the verdict, the body (behind a native `<details>` when it gives the story away),
 * scores per criterion, pros and cons, who the film is for, recommendations, readers' ratings,
 * and a link to the full review. In a narrow column it is a compact quote card whose details
 * open from a native `<details>` summary ("More from this review"); from about 400 px the
 * whole review shows. Both disclosures work in static HTML, without JavaScript.
 *
 * @summary One review of a film, with its rating on the critic's own scale.
 * @tagname review-card
 * @csspart base - The review's box.
 * @csspart header - Outlet, critic, date and headline.
 * @csspart outlet - The publication.
 * @csspart critic - The critic's name.
 * @csspart date - The review's date.
 * @csspart headline - The review's headline (a heading; its sections' titles are one below).
 * @csspart rating - The overall rating and the verdict.
 * @csspart verdict - The verdict label ("On The Fence").
 * @csspart quote - The pull quote.
 * @csspart body - The review's text.
 * @csspart spoiler - The `<details>` that holds a body that gives away the story.
 * @csspart spoiler-button - Its `<summary>`, which shows and hides that body.
 * @csspart details - The criteria, pros and cons, audience, recommendations and readers' rating.
 * @csspart more - The `<details>` whose summary opens the details in a narrow column.
 * @csspart more-button - That `<summary>`.
 * @csspart criteria - The scores per criterion.
 * @csspart pros - The list of pros.
 * @csspart cons - The list of cons.
 * @csspart audience - Who the film is for.
 * @csspart recommendations - The films recommended alongside.
 * @csspart readers - The readers' rating.
 * @csspart link - The link to the full review.
 * @csspart attribution - In the quote variant, who said it.
 * @csspart sources - The numbered sources.
 * @cssprop --film-review-star-color - Colour of filled stars and meters (default: the accent colour).
 */
export class ReviewCard extends FilmElement {
  /** The sections of a film it shows, whose readers it brings. */
  static override readonly sections = sections;
  static { addEnglish(english); }

  static override styles = [...FilmElement.styles, disclosureStyles, reviewCardStyles];

  static override properties = {
    ...FilmElement.properties,
    review: {},
    variant: { reflect: true },
    spoilersShown: { state: true, attribute: false },
    detailsOpen: { state: true, attribute: false },
  };

  /**
   * Which review: its id or its index (from 0) in `film.reviews`, the first when unset; or,
   * as a property, a review object itself, which is shown with no film needed.
   */
  declare review?: string | number | Review | Record<string, unknown> | null;
  /** `card` (the default) or `quote`: the pull quote with its attribution and nothing else. */
  declare variant?: ReviewVariant;
  /** Whether the reader has asked to see a body that gives away the story. */
  declare spoilersShown: boolean;
  /** Whether the reader has opened the details in a narrow column. */
  declare detailsOpen: boolean;

  constructor() {
    super();
    this.spoilersShown = false;
    this.detailsOpen = false;
  }

  static override readonly tag = tag;

  /** A review given as an object, read and checked like one inside a film; `waiting` while it is read. */
  get #given(): Given | 'waiting' | undefined {
    const review = this.review;
    if (typeof review !== 'object' || review === null) return undefined;
    const read = readGivenReview(review);
    if (!(read instanceof Promise)) return read;
    this.renderWhen(read);
    return 'waiting';
  }

  #renderGiven(given: Given | 'waiting', film: Film | undefined) {
    if (given === 'waiting') return this.renderLoading(this.strings.loading);
    if (given.unreadable) return this.#notice(this.strings.readerMissing);
    return given.review ? this.#review(localise(given.review, this.locale), film) : this.#notice(this.strings.reviewNone);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Another review starts closed again.
    if (changed.has('review')) {
      this.spoilersShown = false;
      this.detailsOpen = false;
    }
    // A review given alone needs no film: the card is ready once it is read.
    if (!this.film) {
      const given = this.#given;
      if (given) this.status = given === 'waiting' ? 'loading' : 'ready';
      else if (this.status === 'ready') this.status = 'empty';
    }
    super.willUpdate(changed);
  }

  // A review given as an object needs no film: it is shown whatever the film's state.
  protected override renderState() {
    const given = this.#given;
    return given && !this.film ? this.#renderGiven(given, undefined) : super.renderState();
  }

  protected override renderFilm(film: Film): TemplateResult {
    const given = this.#given;
    if (given) return this.#renderGiven(given, film);
    const reviews = film.reviews ?? [];
    if (!reviews.length) return this.#notice(this.strings.reviewNone);
    const wanted = this.review === undefined || this.review === null ? '' : String(this.review).trim();
    const review = wanted
      ? reviews.find((r) => r.id === wanted) ?? (/^\d+$/.test(wanted) ? reviews[Number(wanted)] : undefined)
      : reviews[0];
    if (!review) return this.#notice(this.strings.reviewMissing(wanted, formatList(reviews.map((r) => r.id), this.locale)));
    return this.#review(review, film);
  }

  #notice(message: string): TemplateResult {
    return html`<div part="base" class="base notice" role="status" lang=${this.locale}><p>${message}</p></div>`;
  }

  #review(review: Review, film: Film | undefined): TemplateResult {
    const s = this.strings;
    if (!saysAnything(review)) return this.#notice(s.reviewEmpty);
    if (this.variant === 'quote' && review.quote) return this.#quoteCard(review);
    const cite = new Citations(film?.sources, s, this.locale);
    const lang = review.lang ?? nothing;
    // Text given per language says its own language; plain text is in the review's.
    const langAt = (field: string) => langOfText(review, field, this.locale, review.lang) ?? nothing;
    const by = [review.critic?.name, review.outlet].filter(Boolean) as string[];
    const hasHeader = !!(review.outlet || review.critic || review.date || review.headline);
    const hasByline = !!(review.outlet || review.critic || review.date);
    const hasOverall = !!(review.rating || review.verdict);
    // The sources are marked after the byline, else after the rating, else after the quote.
    const marks = (place: 'byline' | 'overall' | 'quote') =>
      place === (hasByline ? 'byline' : hasOverall ? 'overall' : 'quote') ? cite.mark(review.sources) : nothing;
    const { criteria, pros, cons, recommendations, userRating } = review;
    const details = !!(criteria?.length || pros?.length || cons?.length || review.audience || recommendations?.length || userRating);
    // With a pull quote, the card shows the quote and keeps the body with the details;
    // without one, the body is the card's text.
    const bodyInDetails = !!(review.quote && review.body);
    const body = review.body ? this.#body(review, langAt('body')) : nothing;
    const more = details || bodyInDetails;
    // The headline is the card's heading; without one, the sections' titles are the headings.
    const level = titleLevel(this);
    const inner = review.headline ? below(level) : level;

    return html`<article part="base" class="base review ${more ? 'has-details' : ''} ${this.detailsOpen ? 'open' : ''}"
        lang=${this.locale} aria-label=${s.reviewBy(by.length === 2 ? `${by[0]} (${by[1]})` : by[0] ?? '')}>
      ${hasHeader
        ? html`<header part="header" class="header">
            ${hasByline
              ? html`<p class="byline">${review.outlet ? html`<span part="outlet" class="outlet" lang=${langOfText(review, 'outlet', this.locale) ?? nothing}>${review.outlet}</span>` : nothing}${
                  review.critic
                    ? html`${review.outlet ? separator : nothing}<span part="critic" class="critic" lang=${langOfText(review.critic, 'name', this.locale) ?? nothing}>${review.critic.url
                        ? html`<a href=${review.critic.url}>${review.critic.name}</a>`
                        : review.critic.name}</span>`
                    : nothing}${
                  review.date
                    ? html`${review.outlet || review.critic ? separator : nothing}<time part="date" class="date" datetime=${review.date}>${formatDate(review.date, this.locale)}</time>`
                    : nothing}${marks('byline')}</p>`
              : nothing}
            ${review.headline ? html`<div lang=${langAt('headline')}>${heading(level, review.headline, 'headline')}</div>` : nothing}
          </header>`
        : nothing}
      ${hasOverall
        ? html`<p part="rating" class="overall">${review.rating ? ratingView(review.rating, this.locale, s.reviewRated) : nothing} ${
            review.verdict
              ? html`<span part="verdict" class="verdict"><span class="visually-hidden">${s.reviewVerdict}: </span>${review.verdict}</span>`
              : nothing}${marks('overall')}</p>`
        : nothing}
      ${review.quote
        ? html`<blockquote part="quote" class="quote" lang=${langAt('quote')}><p>${review.quote}</p></blockquote>`
        : nothing}
      ${!hasByline && !hasOverall && review.sources?.length ? html`<p class="cited">${marks('quote')}</p>` : nothing}
      ${bodyInDetails ? nothing : body}
      ${more
        ? html`<details part="more" class="more" ?open=${this.detailsOpen}
            @toggle=${(e: Event) => (this.detailsOpen = (e.target as HTMLDetailsElement).open)}>
            <summary part="more-button" class="more-button toggle">${toggleWords(s.reviewMore, s.reviewLess)}</summary>
          </details>
          <div part="details" class="details" id="details">
            ${bodyInDetails ? body : nothing}
            ${details ? this.#details(review, lang, inner) : nothing}
          </div>`
        : nothing}
      ${review.url
        ? html`<p class="link"><a part="link" href=${review.url}>${s.reviewReadFull}${
            review.outlet ? html`<span class="visually-hidden">${s.reviewIn(review.outlet)}</span>` : nothing}</a></p>`
        : nothing}
      ${cite.list(inner)}
    </article>`;
  }

  /**
   * The body; one that gives the story away waits in a closed `<details>`, which opens without
   * a script. `spoilersShown` and the details' open state follow each other.
   */
  #body(review: Review, lang: string | typeof nothing): TemplateResult {
    const s = this.strings;
    const text = html`<div part="body" class="body" id="body" lang=${lang}>${paragraphs(review.body!).map((p) => html`<p>${p}</p>`)}</div>`;
    if (!review.spoilers) return text;
    return html`<div class="spoiler">
      <p class="spoiler-note">${s.reviewSpoilers}</p>
      <details part="spoiler" class="spoiler-guard" ?open=${this.spoilersShown}
        @toggle=${(e: Event) => (this.spoilersShown = (e.target as HTMLDetailsElement).open)}>
        <summary part="spoiler-button" class="spoiler-button toggle">${toggleWords(s.reviewShowSpoilers, s.reviewHideSpoilers)}</summary>
        ${text}
      </details>
    </div>`;
  }

  #details(review: Review, lang: string | typeof nothing, level: number): TemplateResult {
    const s = this.strings;
    const { criteria, pros, cons, recommendations, userRating } = review;
    return html`
      ${criteria?.length
        ? html`<div part="criteria" class="section criteria">
            ${heading(level, s.reviewCriteria, 'section-title', 'criteria-title', nothing)}
            <ul aria-labelledby="criteria-title">${criteria.map((c) => html`<li>
              <span class="criterion" lang=${lang}>${c.name}</span> ${ratingView(c.rating, this.locale, s.reviewRated)}
            </li>`)}</ul>
          </div>`
        : nothing}
      ${pros?.length || cons?.length
        ? html`<div class="pros-cons ${pros?.length && cons?.length ? 'both' : ''}">
            ${pros?.length
              ? html`<div part="pros" class="section pros">
                  ${heading(level, s.reviewPros, 'section-title', 'pros-title', nothing)}
                  <ul aria-labelledby="pros-title" lang=${lang}>${pros.map((p) => html`<li>${p}</li>`)}</ul>
                </div>`
              : nothing}
            ${cons?.length
              ? html`<div part="cons" class="section cons">
                  ${heading(level, s.reviewCons, 'section-title', 'cons-title', nothing)}
                  <ul aria-labelledby="cons-title" lang=${lang}>${cons.map((c) => html`<li>${c}</li>`)}</ul>
                </div>`
              : nothing}
          </div>`
        : nothing}
      ${review.audience
        ? html`<div part="audience" class="section audience">
            ${heading(level, s.reviewAudience, 'section-title', undefined, nothing)}
            <p lang=${lang}>${review.audience}</p>
          </div>`
        : nothing}
      ${recommendations?.length
        ? html`<div part="recommendations" class="section recommendations">
            ${heading(level, s.reviewRecommendations, 'section-title', 'recommendations-title', nothing)}
            <ol aria-labelledby="recommendations-title" lang=${lang}>${recommendations.map((r) => html`<li>
              <span class="recommended">${r.url ? html`<a href=${r.url}>${r.title}</a>` : r.title}</span>${
                r.note ? html`<span class="note">${r.note}</span>` : nothing}
            </li>`)}</ol>
          </div>`
        : nothing}
      ${userRating
        ? html`<p part="readers" class="section readers"><span class="section-title">${s.reviewReaders}</span> ${
            userRating.count === 0
              ? s.reviewNoReaderRatings
              : userRating.value !== undefined && userRating.best
                ? `${ratingPhrase(userRating.value, userRating.best, this.locale)} (${s.reviewReaderRatings(userRating.count)})`
                : s.reviewReaderRatings(userRating.count)
          }</p>`
        : nothing}`;
  }

  /** The pull quote and who said it, nothing else. */
  #quoteCard(review: Review): TemplateResult {
    const s = this.strings;
    const outlet = review.outlet && (review.url ? html`<a href=${review.url}>${review.outlet}</a>` : review.outlet);
    return html`<figure part="base" class="base quote-card" lang=${this.locale}>
      <blockquote part="quote" class="quote" lang=${review.lang ?? nothing}><p>${review.quote}</p></blockquote>
      ${review.critic || review.outlet
        ? html`<figcaption part="attribution" class="attribution">${
            review.critic ? html`<span class="critic">${review.critic.name}</span>` : nothing}${
            review.critic && outlet ? ', ' : nothing}${
            outlet ? html`<cite class="outlet">${outlet}</cite>` : nothing}</figcaption>`
        : review.url
          ? html`<figcaption part="attribution" class="attribution"><a href=${review.url}>${s.reviewReadFull}</a></figcaption>`
          : nothing}
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'review-card': ReviewCard;
  }
}
