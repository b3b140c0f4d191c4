import { count } from '../../core/strings/en.js';

/** The English words of `<film-scores>`, added to the English table when it is defined (core/strings/en.ts). */
export const english = {
  scoresLabel: (title: string) => (title ? `${title}: scores and viewing figures` : 'Scores and viewing figures'),
  scoresCritics: 'Critics',
  scoresReviews: (n: number) => count(n, 'review', 'reviews'),
  scoresAverage: (rating: string) => `average ${rating}`,
  scoresQuoted: 'Reviews quoted here',
  scoresRated: (rated: number) => (rated === 0 ? 'none gives a score' : `${rated.toLocaleString('en')} ${rated === 1 ? 'gives' : 'give'} a score`),
  scoresMean: (mean: string) => `mean ${mean}`,
  scoresDerived: 'Worked out from the reviews quoted on this page, not published by any outlet.',
  scoresViewing: 'Viewing figures',
  scoresPeriod: 'Period',
  scoresViews: 'Views',
  scoresHours: 'Hours viewed',
  scoresHoursValue: (hours: string) => hours,
  scoresChart: 'Chart',
  scoresRank: (rank: number, chart: string) => {
    const tens = rank % 100;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][rank % 10] ?? 'th';
    return `${rank.toLocaleString('en')}${suffix} in ${chart}`;
  },
  scoresNone: 'This film’s data has no scores or viewing figures.',
};

type FilmScoresWords = typeof english;
declare module '../../core/strings/en.js' {
  interface ElementWords extends FilmScoresWords {}
}
