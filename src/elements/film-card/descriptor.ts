/** <film-card> to the build and the tools: see core/descriptor.ts. */
import type { Descriptor } from '../../core/descriptor.js';
import { scores } from '../../model/sections/reception.js';

export const tag = 'film-card';
export const sections = { scores } satisfies Descriptor['sections'];
export const room = 10;
export const embed = { path: 'card', label: 'Card', width: 600, height: 180 };
export const widget = {
  name: 'Film card',
  about: 'A compact card: title, year, director, runtime and the main score.',
};
export const rank = 2;
export const shows: Descriptor['shows'] = () => true;
