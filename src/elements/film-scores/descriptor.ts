/** <film-scores> to the build and the tools: see core/descriptor.ts. */
import type { Descriptor } from '../../core/descriptor.js';
import { reviews, scores, viewership } from '../../model/sections/reception.js';

export const tag = 'film-scores';
export const sections = { reviews, scores, viewership } satisfies Descriptor['sections'];
export const room = 32;
export const embed = { path: 'scores', label: 'Scores', width: 600, height: 480 };
export const widget = {
  name: 'Scores',
  about: 'Review aggregates and viewing figures, each with its source.',
};
export const rank = 4;
export const shows: Descriptor['shows'] = (film) => Boolean(film.scores?.length || film.reviews?.length || film.viewership?.length);
