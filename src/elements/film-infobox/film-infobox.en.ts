/** The English words of `<film-infobox>`, added to the English table when it is defined (core/strings/en.ts). */
export const english = {
  // The row labels, in the encyclopedia's words.
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
  inAnotherSource: (value: string) => `${value} in another source`,
  infobox: (title: string) => `${title}: film information`,
};

type FilmInfoboxWords = typeof english;
declare module '../../core/strings/en.js' {
  interface ElementWords extends FilmInfoboxWords {}
}
