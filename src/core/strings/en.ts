import { loadingWords } from './loading.js';
import { counter } from './plural.js';

/** English, the table every other language is checked against. */
const counted = counter('en');
const count = (n: number, one: string, other: string) => counted(n, { one: `# ${one}`, other: `# ${other}` });

export const en = {
  loading: loadingWords.en,
  errorTitle: 'This film information could not be shown',
  retry: 'Try again',
  // Under the reader's one line, collapsed: what the page's author needs to mend the data.
  errorDetails: 'Details for the page’s author',
  atLine: (line: number, column: number) => `line ${line}, column ${column}`,
  empty: 'No film data was given to this element.',
  // Why loading failed, in words a blogger can act on.
  notFound: (url: string) => `The film data at ${url} was not found (404).`,
  httpStatus: (url: string, status: number) => `The server answered ${status} for the film data at ${url}.`,
  network: (url: string) => `The film data at ${url} could not be reached. Check the address and your connection.`,
  timeout: (url: string, seconds: number) => `The film data at ${url} took longer than ${seconds.toLocaleString('en')} seconds to arrive.`,
  htmlNotJson: (where: string) => `${where} sent a web page instead of JSON film data.`,
  notJson: (where: string, detail: string) => `${where} is not valid JSON: ${detail}`,
  missingId: (id: string) => `No <script> with id="${id}" was found on the page.`,
  notFilm: (detail: string) => `The data does not describe a film: ${detail}`,
  jsonLdReaderMissing: 'This film is written as schema.org JSON-LD, and the part of the widget that reads it could not be loaded. Check your connection and reload the page.',
  inlineScript: 'The inline script',
  problemsLogged: (n: number) => count(n, 'problem', 'problems'),

  // The infobox's row labels, in the encyclopedia's words.
  directors: 'Directed by',
  producers: 'Produced by',
  writers: 'Written by',
  screenplay: 'Screenplay by',
  story: 'Story by',
  basedOn: 'Based on',
  starring: 'Starring',
  narrators: 'Narrated by',
  music: 'Music by',
  cinematography: 'Cinematography',
  editors: 'Edited by',
  production: (n: number): string => (n === 1 ? 'Production company' : 'Production companies'),
  distributors: 'Distributed by',
  released: (n: number): string => (n === 1 ? 'Release date' : 'Release dates'),
  runtime: 'Running time',
  countries: (n: number): string => (n === 1 ? 'Country' : 'Countries'),
  languages: (n: number): string => (n === 1 ? 'Language' : 'Languages'),
  budget: 'Budget',
  boxOffice: 'Box office',
  originalTitle: 'Original title',
  inAnotherSource: (value: string) => `${value} in another source`,
  sources: 'Sources',
  source: (n: number) => `Source ${n}`,
  infobox: (title: string) => `${title}: film information`,
  // Footnote markers and the way back from a source, in every element.
  footnoteKeys: 'Footnotes: the arrow keys move between them.',
  footnoteBack: 'Back to the fact',

  // Element strings below, one block per element.
  // <review-card>
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

  // <film-scores>
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

  // <film-card>
  cardGenres: 'Genres',
  cardDirectedBy: (names: string) => `Directed by ${names}`,
  cardScoreShort: (value: string, best: string) => `${value}/${best}`,
  // <film-hatnote>: year and countries come formatted; films are links or text.
  hatnoteAbout: (year: string | undefined, countries: string | undefined) =>
    `This article is about the ${year && countries ? `${year} film from ${countries}` : year ? `${year} film` : `film from ${countries}`}.`,
  hatnoteOne: <T>(film: T, year: string | undefined): (string | T)[] =>
    [`For the ${year ? `${year} film` : 'other film'} of the same name, see `, film, '.'],
  hatnoteMany: <T>(films: T[]): (string | T)[] => ['For other films of the same name, see ', ...films, '.'],
  hatnoteFilmName: (title: string, year: string | undefined) => (year ? `${title} (${year} film)` : title),
  // <film-timeline>
  timelineHeading: 'Production and release',
  timelineEmpty: 'No production or release dates are known.',
  timelineRelease: (place: string | undefined, note: string | undefined) =>
    place ? `Released: ${place}${note ? ` (${note})` : ''}` : note ? `Released (${note})` : 'Released',
  // <accolade-table>
  accoladeTitle: (title: string) => (title ? `Accolades for ${title}` : 'Accolades'),
  accoladeAward: 'Award',
  accoladeDate: 'Date of ceremony',
  accoladeCategory: 'Category',
  accoladeRecipients: 'Recipient(s)',
  accoladeResult: 'Result',
  accoladeRefs: 'Ref.',
  accoladeWon: 'Won',
  accoladeNominated: 'Nominated',
  accoladePending: 'Pending',
  accoladeUnknown: 'Unknown',
  /** Rows whose result is not known are neither wins nor nominations: they are counted apart. */
  accoladeTotals: (wins: number, nominations: number, pending: number, unknown: number) => {
    const known = !nominations ? '' :
      (wins ? `${count(wins, 'win', 'wins')} from ${count(nominations, 'nomination', 'nominations')}` : count(nominations, 'nomination', 'nominations')) +
      (pending ? `, ${pending.toLocaleString('en')} pending` : '');
    if (!unknown) return known || count(0, 'nomination', 'nominations');
    const n = unknown.toLocaleString('en');
    return known ? `${known}; ${n} more with no known result` : `${n} listed, ${unknown === 1 ? 'result' : 'results'} not known`;
  },
  accoladeAwardTotals: (award: string, totals: string) => `${award}: ${totals}`,
  accoladeByAward: 'By award',
  accoladeAllResults: 'All results',
  accoladeAllAwards: 'All awards',
  accoladeOption: (label: string, n: number) => `${label} (${n.toLocaleString('en')})`,
  accoladeSeveral: (labels: string[]) => labels.join(', '),
  accoladeAscending: 'ascending',
  accoladeDescending: 'descending',
  accoladeStatus: (shown: number, total: number, filtered: boolean, sort?: { column: string; direction: string }) =>
    [
      filtered ? `Showing ${shown.toLocaleString('en')} of ${count(total, 'accolade', 'accolades')}` : '',
      sort ? `${filtered ? 'sorted' : 'Sorted'} by ${sort.column.toLowerCase()}, ${sort.direction}; not grouped by award` : '',
    ].filter(Boolean).join(', ') + (filtered || sort ? '.' : ''),
  accoladeNoMatch: 'No accolades match these filters.',
  accoladeShowAll: 'Show all',
  accoladeNone: 'No accolades are listed for this film.',

  // <cast-list>
  castTitle: 'Cast',
  castLabel: (title: string) => (title ? `Cast of ${title}` : 'Cast'),
  /** One cast entry in reading order: the actor, the role, what the data says about it. */
  castLine: <T>(actor: T, character?: T, note?: T): (T | string)[] => [
    actor,
    ...(character ? [' as ', character] : []),
    ...(note ? [', ', note] : []),
  ],
  castKnownFor: (works: string) => `Known for ${works}`,
  castShowAll: (n: number) => `Show all ${n.toLocaleString('en')}`,
  castShowFewer: 'Show fewer',
  castNone: 'No cast is listed for this film.',
  /** The summary of the disclosure that holds what sources write about a character, which may give the story away. */
  castGuide: (character: string) => `About ${character} (spoilers)`,

  // <content-advisory>
  advisoryTitle: 'Content rating',
  advisoryLabel: (rating: string) => `Content rating: ${rating}`,
  advisoryContains: 'Contains',
  /** Labels for the usual categories; any other category is shown as written. */
  advisoryCategories: {
    dialog: 'Dialog',
    violence: 'Violence',
    sexual: 'Sexual content',
    misc: 'Miscellaneous',
  },
  advisoryNone: 'No content rating is given for this film.',

  // <film-plot>
  plotTitle: 'Plot',
  plotLabel: (title: string) => (title ? `Plot of ${title}` : 'Plot'),
  plotReveal: 'Show the full plot (contains spoilers)',
  plotHide: 'Hide the full plot',
  plotFull: 'Full plot',
  plotNone: 'No plot summary is given for this film.',

};

export type Strings = typeof en;
