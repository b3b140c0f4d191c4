import { count } from '../../core/strings/en.js';

/** The English words of `<review-card>`, added to the English table when it is defined (core/strings/en.ts). */
export const english = {
  reviewBy: (by: string) => (by ? `Review by ${by}` : 'Review'),
  reviewRated: (rating: string) => `Rated ${rating}`,
  reviewVerdict: 'Verdict',
  reviewCriteria: 'Scores',
  reviewPros: 'Pros',
  reviewCons: 'Cons',
  reviewAudience: 'Who is this for?',
  reviewRecommendations: 'If you like this film, try',
  reviewReaders: 'Reader rating',
  reviewNoReaderRatings: 'No reader ratings yet',
  reviewReaderRatings: (n: number) => count(n, 'rating', 'ratings'),
  reviewReadFull: 'Read the full review',
  reviewIn: (outlet: string) => ` in ${outlet}`,
  reviewSpoilers: 'This review gives away the story.',
  reviewShowSpoilers: 'Show the review',
  reviewHideSpoilers: 'Hide the review',
  reviewMore: 'More from this review',
  reviewLess: 'Show less',
  reviewNone: 'There are no reviews in this film’s data.',
  reviewEmpty: 'This review has nothing to show.',
  reviewMissing: (which: string, known: string) => `This film’s data has no review “${which}”. Its reviews are ${known}.`,
};

type ReviewCardWords = typeof english;
declare module '../../core/strings/en.js' {
  interface ElementWords extends ReviewCardWords {}
}
