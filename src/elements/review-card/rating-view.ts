import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../model/format.js';
import { formatPercent, formatRating, ratingPhrase } from '../../model/format-scores.js';
import type { Rating } from '../../model/types.js';

/** How a rating is drawn: always on the scale its author used. */
export type RatingShape = 'stars' | 'meter' | 'points' | 'grade' | 'verdict';

type Score = Extract<Rating, { kind: 'score' }>;

/**
 * Stars for a small scale of whole stars (3 out of 5), a meter for a percentage, numerals for
 * larger scales and for points; a grade as its letter and a verdict as its label.
 */
export function ratingShape(rating: Rating): RatingShape {
  if (rating.kind !== 'score') return rating.kind;
  if (rating.unit === 'percent') return 'meter';
  if (rating.unit === 'points') return 'points';
  const small = rating.best <= 10 && Number.isInteger(rating.best) && (rating.worst ?? 0) >= 0;
  return small ? 'stars' : 'points';
}

// One star in a 24-unit square; stars sit side by side, 24 units apart.
const STAR: [number, number][] = [[12, 1.8], [15.1, 8.3], [22.2, 9.3], [17, 14.2], [18.3, 21.3], [12, 17.9], [5.7, 21.3], [7, 14.2], [1.8, 9.3], [8.9, 8.3]];
const rows: string[] = [];

/** `n` stars as one path: a single node to clone and style, whatever the scale (at most 10). */
function starPath(n: number): string {
  return (rows[n] ??= Array.from({ length: n }, (_, i) =>
    `M${STAR.map(([x, y]) => `${Math.round((x + i * 24) * 10) / 10},${y}`).join(' ')}Z`).join(''));
}

/**
 * `best` stars, filled to exactly `value` by clipping a second row of solid stars (3.7 fills
 * seven tenths of the fourth star). Empty stars are outlined, so the fill is not told by
 * colour alone. Hidden from assistive technology: the text alternative is read instead.
 */
function starRow(rating: Score): TemplateResult {
  const width = rating.best * 24;
  const filled = Math.max(0, Math.min(rating.value, rating.best)) * 24;
  const stars = starPath(rating.best);
  return html`<svg class="stars" aria-hidden="true" focusable="false" viewBox="0 0 ${width} 24"
      width="${rating.best * 1.15}em" height="1.15em">
    <g class="star-empty"><path d="${stars}"/></g>
    <svg class="star-fill" width=${filled} height="24" viewBox="0 0 ${filled} 24"><g><path d="${stars}"/></g></svg>
  </svg>`;
}

/** A bar filled to the score's place between the worst and the best value. */
function meter(rating: Score): TemplateResult {
  const low = rating.worst ?? 0;
  const share = Math.max(0, Math.min(1, (rating.value - low) / (rating.best - low))) * 100;
  return html`<svg class="meter" aria-hidden="true" focusable="false" viewBox="0 0 100 10" preserveAspectRatio="none">
    <rect class="meter-track" x="0" y="0" width="100" height="10"/>
    <rect class="meter-fill" x="0" y="0" width=${share} height="10"/>
  </svg>`;
}

/** What the eye reads next to a picture: "3/5", "75%". */
function figure(rating: Score, locale: string): string {
  if (rating.unit === 'percent' && rating.best === 100) return formatPercent(rating.value, locale);
  return `${formatNumber(rating.value, locale)}/${formatNumber(rating.best, locale)}`;
}

/** What the eye reads: a picture (stars or a meter) when the scale has one, and a text. */
function visible(rating: Rating, shape: RatingShape, locale: string) {
  switch (rating.kind) {
    case 'grade':
      return { picture: nothing, label: 'grade', text: rating.grade };
    case 'verdict':
      return { picture: nothing, label: 'verdict-label', text: rating.label };
    default:
      if (shape === 'stars') return { picture: starRow(rating), label: 'figure', text: figure(rating, locale) };
      if (shape === 'meter') return { picture: meter(rating), label: 'figure', text: figure(rating, locale) };
      return { picture: nothing, label: 'figure', text: ratingPhrase(rating.value, rating.best, locale) };
  }
}

/**
 * A rating with its text alternative ("Rated 3 out of 5"), which is what assistive technology
 * reads; the visible stars, bar and figures beside it are hidden from it. The number is
 * always written, so no score is told by a picture or a colour alone. One template for every
 * shape, with the picture as its only nested one: a card may show several ratings.
 */
export function ratingView(rating: Rating, locale: string, rated: (text: string) => string): TemplateResult {
  const shape = ratingShape(rating);
  const { picture, label, text } = visible(rating, shape, locale);
  return html`<span class="rating is-${shape}" data-shape=${shape}><span class="visually-hidden">${rated(formatRating(rating, locale))}</span> <span class="rating-visible" aria-hidden="true">${picture}<span class=${label}>${text}</span></span></span>`;
}
