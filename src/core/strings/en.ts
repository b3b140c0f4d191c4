import { loadingWords } from './loading.js';
import { counter } from './plural.js';

const counted = counter('en');
/** A count in English words: "1 problem", "3 problems". */
export const count = (n: number, one: string, other: string) => counted(n, { one: `# ${one}`, other: `# ${other}` });

/**
 * English, the table every other language is checked against: here the words every element
 * shares; each element's own are in its folder (`<tag>.en.ts`) and join this table when the
 * element is defined (`addEnglish`), so a review card does not carry the infobox's words. Every
 * other language is one table with all of them, fetched on demand.
 */
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
  readerMissing: 'The part of the widget that reads this film could not be loaded. Check your connection and reload the page.',
  inlineScript: 'The inline script',
  problemsLogged: (n: number) => count(n, 'problem', 'problems'),

  // The infobox's and the card's.
  originalTitle: 'Original title',
  sources: 'Sources',
  // The one source named once for nearly every fact (see core/citations.ts): alone, and above
  // the numbered sources, under a heading that already says "Sources".
  sourceOfAll: 'Source: ',
  mainSource: 'Main source: ',
  source: (n: number) => `Source ${n}`,
  // Footnote markers and the way back from a source, in every element.
  footnoteKeys: 'Footnotes: the arrow keys move between them.',
  footnoteBack: 'Back to the fact',
};

/**
 * Each element's own words: every `<tag>.en.ts` adds its table here (`declare module`), so the
 * type of every word grows with the element folders and the core names none of them.
 */
export interface ElementWords {}

/** Every word an element may ask for: the shared ones and each element's own. */
export type Strings = typeof en & ElementWords;
