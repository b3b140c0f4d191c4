/** <review-card> to the build and the tools: see core/descriptor.ts. */
import type { Descriptor } from '../../core/descriptor.js';
import { reviews, scores } from '../../model/sections/reception.js';

export const tag = 'review-card';
export const sections = { reviews, scores } satisfies Descriptor['sections'];
export const room = 18;
export const embed = { path: 'review', label: 'Review', width: 600, height: 480 };
export const widget = {
  name: 'Review card',
  about: 'One review: the critic, the rating on its own scale, the quote, verdict, pros and cons.',
};
export const rank = 3;
export const shows: Descriptor['shows'] = (film) => Boolean(film.reviews?.length);
export const each: Descriptor['each'] = (film) => (film.reviews ?? []).map((review, index) => ({ review: review.id ?? String(index) }));
