/** Every section's reader, for what reads a whole film: `parseFilm`, `readFilm`, the JSON-LD writer. */
import type { SectionReaders } from '../film-json.js';
import { cast } from './cast.js';
import { plot } from './plot.js';
import { contentRating } from './content-rating.js';
import { reviews, scores, viewership } from './reception.js';
import { accolades } from './accolades.js';
import { milestones } from './milestones.js';
import { otherFilms } from './other-films.js';

export const everySection: SectionReaders = { cast, plot, contentRating, reviews, scores, viewership, accolades, milestones, otherFilms };
