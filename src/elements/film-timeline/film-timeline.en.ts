/** The English words of `<film-timeline>`, added to the English table when it is defined (core/strings/en.ts). */
export const english = {
  timelineHeading: 'Production and release',
  timelineEmpty: 'No production or release dates are known.',
  timelineRelease: (place: string | undefined, note: string | undefined) =>
    place ? `Released: ${place}${note ? ` (${note})` : ''}` : note ? `Released (${note})` : 'Released',
};

type FilmTimelineWords = typeof english;
declare module '../../core/strings/en.js' {
  interface ElementWords extends FilmTimelineWords {}
}
