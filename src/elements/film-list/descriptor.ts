/** <film-list> to the build and the tools: see core/descriptor.ts. */
import type { Descriptor } from '../../core/descriptor.js';

export const tag = 'film-list';
/** Each film's title, year, director and poster are what every film has: no section beside them. */
export const sections = {} satisfies Descriptor['sections'];
export const room = 40;
export const embed = { path: 'list', label: 'List of films', width: 600, height: 1200 };
export const widget = {
  name: 'List of films',
  about: 'Several films, ranked or not, each with your note and its infobox a click away.',
};
export const rank = 11;
/** A list is of several films: a film's own page has none to show. */
export const shows: Descriptor['shows'] = () => false;
export const takes = 'list' as const;
