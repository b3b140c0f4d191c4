/** <film-hatnote> to the build and the tools: see core/descriptor.ts. */
import type { Descriptor } from '../../core/descriptor.js';
import { otherFilms } from '../../model/sections/other-films.js';

export const tag = 'film-hatnote';
export const sections = { otherFilms } satisfies Descriptor['sections'];
export const room = 4;
export const embed = { path: 'hatnote', label: 'Other films of the same title', width: 600, height: 80 };
export const widget = {
  name: 'Other films of this title',
  about: 'One line that points readers to films of the same name.',
};
export const rank = 10;
export const shows: Descriptor['shows'] = (film) => Boolean(film.otherFilms?.length);
export const place = 'above' as const;
