/**
 * Text for ratings, percentages and audience figures, which the elements that show scores and
 * reviews use (apart from format.ts, so that a page with one infobox does not load them). Words
 * that `Intl` has no formatter for ("out of") live in a small table per language, English when
 * the language is missing.
 */
import type { Rating } from './types.js';
import { formatNumber, language, numbers } from './format.js';

/**
 * Audience figures: "14.7 million", "1,470만". Below ten thousand the full number reads better
 * in every language we checked, so compact notation starts there.
 */
export function formatCount(n: number, locale: string): string {
  if (Math.abs(n) < 10_000) return formatNumber(n, locale);
  return numbers(locale, {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 1,
    // Korean compact figures run to four digits before the unit ("1,470만") and want grouping.
    useGrouping: 'always',
  } as Intl.NumberFormatOptions).format(n);
}

/** `value` is 0 to 100, as scores are written. */
export function formatPercent(value: number, locale: string): string {
  return numbers(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

interface RatingWords {
  outOf: (value: string, best: string) => string;
}

const RATING_WORDS: Record<string, RatingWords> = {
  en: { outOf: (value, best) => `${value} out of ${best}` },
  ko: { outOf: (value, best) => `${best}점 만점에 ${value}점` },
  ja: { outOf: (value, best) => `${best}点満点中${value}点` },
  zh: { outOf: (value, best) => `${value}分（满分${best}分）` },
  es: { outOf: (value, best) => `${value} de ${best}` },
  fr: { outOf: (value, best) => `${value} sur ${best}` },
  de: { outOf: (value, best) => `${value} von ${best}` },
  ar: { outOf: (value, best) => `${value} من ${best}` },
};

/** Exact figures: 3.5 stays 3.5, never rounded to a whole star. */
const exact = (n: number, locale: string) => numbers(locale, { maximumFractionDigits: 20 }).format(n);

/** The words for "value out of best" in this locale, English words when we have none. */
export function ratingPhrase(value: number, best: number, locale: string): string {
  const words = RATING_WORDS[language(locale)] ?? RATING_WORDS['en']!;
  return words.outOf(exact(value, locale), exact(best, locale));
}

/** The text alternative for a rating, on its own scale: "3 out of 5", "75%", "B+", "Mixed". */
export function formatRating(rating: Rating, locale: string): string {
  switch (rating.kind) {
    case 'grade':
      return rating.grade;
    case 'verdict':
      return rating.label;
    case 'score':
      if (rating.unit === 'percent' && rating.best === 100) return formatPercent(rating.value, locale);
      return ratingPhrase(rating.value, rating.best, locale);
  }
}
