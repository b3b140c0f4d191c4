/** The English words of `<cast-list>`, added to the English table when it is defined (core/strings/en.ts). */
export const english = {
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
};

type CastListWords = typeof english;
declare module '../../core/strings/en.js' {
  interface ElementWords extends CastListWords {}
}
