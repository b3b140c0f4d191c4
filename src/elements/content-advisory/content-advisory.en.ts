/** The English words of `<content-advisory>`, added to the English table when it is defined (core/strings/en.ts). */
export const english = {
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
};

type ContentAdvisoryWords = typeof english;
declare module '../../core/strings/en.js' {
  interface ElementWords extends ContentAdvisoryWords {}
}
