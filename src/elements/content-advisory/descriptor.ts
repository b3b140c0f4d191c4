/** <content-advisory> to the build and the tools: see core/descriptor.ts. */
import type { Descriptor } from '../../core/descriptor.js';
import { contentRating } from '../../model/sections/content-rating.js';

export const tag = 'content-advisory';
export const sections = { contentRating } satisfies Descriptor['sections'];
export const room = 28;
export const embed = { path: 'advisory', label: 'Content advisory', width: 600, height: 380 };
export const widget = {
  name: 'Content advisory',
  about: 'The age rating and what the film contains.',
};
export const rank = 8;
export const shows: Descriptor['shows'] = (film) => Boolean(film.contentRating);
