/** <film-timeline> to the build and the tools: see core/descriptor.ts. */
import type { Descriptor } from '../../core/descriptor.js';
import { milestones } from '../../model/sections/milestones.js';

export const tag = 'film-timeline';
export const sections = { milestones } satisfies Descriptor['sections'];
export const room = 30;
export const embed = { path: 'timeline', label: 'Timeline', width: 600, height: 460 };
export const widget = {
  name: 'Production timeline',
  about: 'From announcement to release, in order.',
};
export const rank = 9;
export const shows: Descriptor['shows'] = (film) => Boolean(film.milestones?.length || film.releases?.length);
