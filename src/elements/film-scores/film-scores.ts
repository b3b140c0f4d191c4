import { html, nothing, type TemplateResult } from 'lit';
import { FilmElement } from '../../core/film-element.js';
import { Citations } from '../../core/citations.js';
import { heading, titleLevel } from '../../core/heading.js';
import { formatDateRange } from '../../model/format.js';
import { formatCount, formatPercent, ratingPhrase } from '../../model/format-scores.js';
import type { AggregateScore, Film, Rating, Review, Viewership } from '../../model/types.js';
import { filmScoresStyles } from './film-scores.styles.js';
import { addEnglish } from '../../core/strings/index.js';
import { english } from './film-scores.en.js';
import { sections, tag } from './descriptor.js';

type Score = Extract<Rating, { kind: 'score' }>;

/** What the reviews in the data add up to: how many, how many rated, and their mean. */
export interface CriticsSummary {
  reviews: number;
  rated: number;
  /** The mean on the scale every rated review shares, else on 0 to 100; absent when none rated. */
  mean?: { value: number; best: number; percent: boolean };
}

const tenth = (n: number) => Math.round(n * 10) / 10;

/**
 * Between the phrases of a line ("91% · 11 reviews · average 6.6 out of 10"): the dot is drawn
 * and hidden from assistive technology, and a comma is read in its place, so the phrases are
 * not run together ("91%11 reviews") when a screen reader reads the line as one. The space
 * after the comma is a no-break space: an ordinary one at the end of the hidden span is trimmed.
 */
const separator = html`<span class="sep"><span aria-hidden="true"> · </span><span class="visually-hidden">,\u00a0</span></span>`;

/**
 * Summarises the critics' own scores without changing anyone's scale: when every score is out
 * of the same number (3/5 and 4/5), the mean is out of that number too; otherwise each is
 * placed on 0 to 100 first. Verdicts and grades are not numbers and are not counted.
 */
export function summariseCritics(reviews: readonly Review[]): CriticsSummary {
  const scores = reviews.map((r) => r.rating).filter((r): r is Score => r?.kind === 'score');
  const summary: CriticsSummary = { reviews: reviews.length, rated: scores.length };
  if (!scores.length) return summary;
  const first = scores[0]!;
  const percent = (s: Score) => s.unit === 'percent';
  const shared = scores.every((s) => s.best === first.best && (s.worst ?? 0) === (first.worst ?? 0) && percent(s) === percent(first));
  const mean = (values: number[]) => tenth(values.reduce((a, b) => a + b, 0) / values.length);
  summary.mean = shared
    ? { value: mean(scores.map((s) => s.value)), best: first.best, percent: percent(first) && first.best === 100 }
    : {
        value: mean(scores.map((s) => ((s.value - (s.worst ?? 0)) / (s.best - (s.worst ?? 0))) * 100)),
        best: 100,
        percent: false,
      };
  return summary;
}

/**
 * The film's scores in one panel: each aggregator's score with its source, count and average
 * ("91% · 11 reviews · average 6.6 out of 10"); the reviews quoted in the data, summarised and
 * labelled as worked out here; and viewing figures with their period, views, hours and chart
 * rank, in the reader's locale.
 *
 * @summary Aggregate scores, the quoted critics in sum, and viewing figures.
 * @tagname film-scores
 * @csspart base - The panel's box.
 * @csspart aggregate - One aggregator's score.
 * @csspart critics - The summary of the reviews quoted in the data.
 * @csspart viewership - A set of viewing figures.
 * @csspart label - Each entry's label.
 * @csspart value - Each entry's value.
 * @csspart figure - A headline figure ("91%").
 * @csspart note - The note that a figure was worked out here.
 * @csspart sources - The numbered sources.
 * @cssprop --film-scores-meter-color - Colour of the score bars (default: the accent colour).
 */
export class FilmScores extends FilmElement {
  /** The sections of a film it shows, whose readers it brings. */
  static override readonly sections = sections;
  static { addEnglish(english); }

  static override styles = [...FilmElement.styles, filmScoresStyles];


  static override readonly tag = tag;

  protected override renderFilm(film: Film): TemplateResult {
    const s = this.strings;
    const cite = new Citations(film.sources, s, this.locale);
    const scores = film.scores ?? [];
    const reviews = film.reviews ?? [];
    const viewership = film.viewership ?? [];
    if (!scores.length && !reviews.length && !viewership.length) {
      return html`<div part="base" class="base notice" role="status" lang=${this.locale}><p>${s.scoresNone}</p></div>`;
    }
    const level = titleLevel(this);
    return html`<section part="base" class="base scores" lang=${this.locale} aria-label=${s.scoresLabel(film.title)}>
      ${scores.length || reviews.length
        ? html`<div class="group">
            ${heading(level, s.scoresCritics, 'group-title', undefined, nothing)}
            <dl class="entries">
              ${scores.map((score) => this.#aggregate(score, cite))}
              ${reviews.length ? this.#critics(summariseCritics(reviews)) : nothing}
            </dl>
          </div>`
        : nothing}
      ${viewership.map((v) => this.#viewing(v, cite, level))}
      ${cite.list(level)}
    </section>`;
  }

  #aggregate(score: AggregateScore, cite: Citations): TemplateResult {
    const s = this.strings;
    const percent = score.unit === 'percent' && score.best === 100;
    const figure = percent ? formatPercent(score.value, this.locale) : ratingPhrase(score.value, score.best, this.locale);
    const share = Math.max(0, Math.min(1, score.value / score.best)) * 100;
    const facts = [
      score.count !== undefined ? s.scoresReviews(score.count) : undefined,
      score.average ? s.scoresAverage(ratingPhrase(score.average.value, score.average.best, this.locale)) : undefined,
    ].filter((f): f is string => !!f);
    return html`<div part="aggregate" class="entry aggregate">
      <dt part="label">${score.url ? html`<a href=${score.url}>${score.source}</a>` : score.source}${
        score.name ? html` <span class="name">${score.name}</span>` : nothing}${cite.mark(score.sources)}</dt>
      <dd part="value">
        <span class="line"><span part="figure" class="figure"><data value=${score.value}>${figure}</data></span>${
          facts.map((f) => html`${separator}<span class="fact">${f}</span>`)}</span>
        <svg class="meter" aria-hidden="true" focusable="false" viewBox="0 0 100 10" preserveAspectRatio="none">
          <rect class="meter-track" x="0" y="0" width="100" height="10"/>
          <rect class="meter-fill" x="0" y="0" width=${share} height="10"/>
        </svg>
      </dd>
    </div>`;
  }

  #critics(summary: CriticsSummary): TemplateResult {
    const s = this.strings;
    const { mean } = summary;
    const facts = [
      s.scoresReviews(summary.reviews),
      s.scoresRated(summary.rated),
      mean ? s.scoresMean(mean.percent ? formatPercent(mean.value, this.locale) : ratingPhrase(mean.value, mean.best, this.locale)) : undefined,
    ].filter((f): f is string => !!f);
    return html`<div part="critics" class="entry critics">
      <dt part="label">${s.scoresQuoted}</dt>
      <dd part="value">
        <span class="line">${facts.map((f, i) => html`${i ? separator : nothing}<span class="fact">${f}</span>`)}</span>
        ${mean ? html`<span part="note" class="note">${s.scoresDerived}</span>` : nothing}
      </dd>
    </div>`;
  }

  #viewing(v: Viewership, cite: Citations, level: number): TemplateResult {
    const s = this.strings;
    const row = (label: string, value: unknown) => html`<div class="entry"><dt part="label">${label}</dt><dd part="value">${value}</dd></div>`;
    return html`<div part="viewership" class="group viewing">
      ${heading(level, html`${s.scoresViewing} <span class="source">(${v.source})</span>${cite.mark(v.sources)}`, 'group-title', undefined, nothing)}
      <dl class="entries figures">
        ${v.period ? row(s.scoresPeriod, formatDateRange(v.period.start, v.period.end, this.locale)) : nothing}
        ${v.views !== undefined ? row(s.scoresViews, html`<data value=${v.views}>${formatCount(v.views, this.locale)}</data>`) : nothing}
        ${v.hours !== undefined
          ? row(s.scoresHours, html`<data value=${v.hours}>${s.scoresHoursValue(formatCount(v.hours, this.locale))}</data>`)
          : nothing}
        ${v.chart ? row(s.scoresChart, s.scoresRank(v.chart.rank, v.chart.name)) : nothing}
      </dl>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'film-scores': FilmScores;
  }
}
