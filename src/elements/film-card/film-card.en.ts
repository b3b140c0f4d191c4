/** The English words of `<film-card>`, added to the English table when it is defined (core/strings/en.ts). */
export const english = {
  cardGenres: 'Genres',
  cardDirectedBy: (names: string) => `Directed by ${names}`,
  cardScoreShort: (value: string, best: string) => `${value}/${best}`,
};

type FilmCardWords = typeof english;
declare module '../../core/strings/en.js' {
  interface ElementWords extends FilmCardWords {}
}
