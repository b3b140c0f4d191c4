/** The English words of `<film-trailer>`, added to the English table when it is defined (core/strings/en.ts). `name` is the trailer's, or the film's title. */
export const english = {
  trailerPlay: (name: string) => `Play trailer: ${name}`,
  // A link, where there is no player to open in place: static HTML, JavaScript off, another site.
  trailerWatch: (name: string) => `Watch the trailer: ${name}`,
  trailerFrame: (name: string) => `Trailer: ${name}`,
  trailerNone: 'No trailer address is given for this film.',
};

type FilmTrailerWords = typeof english;
declare module '../../core/strings/en.js' {
  interface ElementWords extends FilmTrailerWords {}
}
