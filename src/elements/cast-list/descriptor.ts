/** <cast-list> to the build and the tools: see core/descriptor.ts. */
import type { Descriptor } from '../../core/descriptor.js';
import { cast } from '../../model/sections/cast.js';

export const tag = 'cast-list';
export const sections = { cast } satisfies Descriptor['sections'];
export const room = 40;
export const embed = { path: 'cast', label: 'Cast', width: 600, height: 600 };
export const widget = {
  name: 'Cast',
  about: 'The actors and the characters they play.',
};
export const rank = 6;
export const shows: Descriptor['shows'] = (film) => Boolean(film.cast?.length);
