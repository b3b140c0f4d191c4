/** <film-plot> to the build and the tools: see core/descriptor.ts. */
import type { Descriptor } from '../../core/descriptor.js';
import { plot } from '../../model/sections/plot.js';

export const tag = 'film-plot';
export const sections = { plot } satisfies Descriptor['sections'];
export const room = 16;
export const embed = { path: 'plot', label: 'Plot', width: 600, height: 300 };
export const widget = {
  name: 'Plot',
  about: 'The story, behind a spoiler warning the reader opens.',
};
export const rank = 5;
export const shows: Descriptor['shows'] = (film) => Boolean(film.plot?.logline?.trim() || film.plot?.text?.trim());
