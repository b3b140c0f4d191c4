/** The events a film element fires, typed for `addEventListener` on any element. */
import type { Film, Problem } from '../model/types.js';

export interface FilmLoadDetail {
  film: Film;
  problems: Problem[];
}

export interface FilmErrorDetail {
  reason: string;
  problems: Problem[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'film-load': CustomEvent<FilmLoadDetail>;
    'film-error': CustomEvent<FilmErrorDetail>;
  }
}
