/** The English words of `<film-hatnote>`, added to the English table when it is defined (core/strings/en.ts). Year and countries come formatted; films are links or text. */
export const english = {
  hatnoteAbout: (year: string | undefined, countries: string | undefined) =>
    `This article is about the ${year && countries ? `${year} film from ${countries}` : year ? `${year} film` : `film from ${countries}`}.`,
  hatnoteOne: <T>(film: T, year: string | undefined): (string | T)[] =>
    [`For the ${year ? `${year} film` : 'other film'} of the same name, see `, film, '.'],
  hatnoteMany: <T>(films: T[]): (string | T)[] => ['For other films of the same name, see ', ...films, '.'],
  hatnoteFilmName: (title: string, year: string | undefined) => (year ? `${title} (${year} film)` : title),
};

type FilmHatnoteWords = typeof english;
declare module '../../core/strings/en.js' {
  interface ElementWords extends FilmHatnoteWords {}
}
