/** The English words of `<film-list>`, added to the English table when it is defined (core/strings/en.ts). */
export const english = {
  /** The name of a list given no title. */
  listUntitled: 'Films',
  /** What opens an entry's infobox; the film's title follows for screen readers. */
  listFacts: 'Film information',
  listEmpty: 'This list has no films.',
  listNotList: (detail: string) => `The data is not a list of films: ${detail}`,
  /** The director(s), formatted as a list. */
  listDirectedBy: (names: string) => `Directed by ${names}`,
};

type FilmListWords = typeof english;
declare module '../../core/strings/en.js' {
  interface ElementWords extends FilmListWords {}
}
