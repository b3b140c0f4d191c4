/** The English words of `<film-plot>`, added to the English table when it is defined (core/strings/en.ts). */
export const english = {
  plotTitle: 'Plot',
  plotLabel: (title: string) => (title ? `Plot of ${title}` : 'Plot'),
  plotReveal: 'Show the full plot (contains spoilers)',
  plotHide: 'Hide the full plot',
  plotFull: 'Full plot',
  plotNone: 'No plot summary is given for this film.',
};

type FilmPlotWords = typeof english;
declare module '../../core/strings/en.js' {
  interface ElementWords extends FilmPlotWords {}
}
