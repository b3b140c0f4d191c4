/** Every element, registered; their classes; and the model. */
export * from './define/film-infobox.js';
export * from './define/cast-list.js';
export * from './define/content-advisory.js';
export * from './define/film-plot.js';
export * from './define/film-card.js';
export * from './define/film-hatnote.js';
export * from './define/film-timeline.js';
export * from './define/review-card.js';
export * from './define/film-scores.js';
export * from './define/accolade-table.js';
export { FilmElement, type FilmStatus, type FilmLoadDetail, type FilmErrorDetail } from './core/film-element.js';
export { defineElement } from './core/define.js';
export { addStrings, loadStrings, type Strings } from './core/strings/index.js';
export * from './model/index.js';
