/** <film-infobox> to the build and the tools: see core/descriptor.ts. */
import type { Descriptor } from '../../core/descriptor.js';
import { cast } from '../../model/sections/cast.js';

export const tag = 'film-infobox';
export const sections = { cast } satisfies Descriptor['sections'];
export const room = 64;
export const embed = { path: 'infobox', label: 'Infobox', width: 440, height: 1000 };
export const widget = {
  name: 'Infobox',
  about: 'The encyclopedia box: title, poster, credits, release dates, runtime, budget and box office, with sources.',
};
export const rank = 1;
export const shows: Descriptor['shows'] = () => true;
export const place = 'beside' as const;
