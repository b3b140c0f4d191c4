/** <film-trailer> to the build and the tools: see core/descriptor.ts. */
import type { Descriptor } from '../../core/descriptor.js';

export const tag = 'film-trailer';
// The trailer is read with every film (model/film-json.ts): no section of its own to bring.
export const sections = {} satisfies Descriptor['sections'];
// A 16:9 frame across a phone's column (about 360 px wide, 16 px text): 360 × 9 / 16 ≈ 12.7em.
export const room = 13;
// 640 × 360 for the frame, and its border.
export const embed = { path: 'trailer', label: 'Trailer', width: 640, height: 362 };
export const widget = {
  name: 'Trailer',
  about: 'The trailer, which loads nothing from the video site until the reader presses play.',
};
export const rank = 11;
export const shows: Descriptor['shows'] = (film) => Boolean(film.trailer?.url);
