/** <accolade-table> to the build and the tools: see core/descriptor.ts. */
import type { Descriptor } from '../../core/descriptor.js';
import { accolades } from '../../model/sections/accolades.js';

export const tag = 'accolade-table';
export const sections = { accolades } satisfies Descriptor['sections'];
export const room = 22;
export const embed = { path: 'accolades', label: 'Accolades', width: 600, height: 400 };
export const widget = {
  name: 'Awards',
  about: 'Awards and nominations in a table that sorts and filters.',
};
export const rank = 7;
export const shows: Descriptor['shows'] = (film) => Boolean(film.accolades?.length);
