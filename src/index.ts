/** Every element, registered; their classes; and the model. */
export * from './every-element.js';
export type { Descriptor } from './core/descriptor.js';
export { FilmElement, type FilmStatus, type FilmLoadDetail, type FilmErrorDetail } from './core/film-element.js';
export { defineElement } from './core/define.js';
export { addStrings, loadStrings, type Strings } from './core/strings/index.js';
export * from './model/index.js';
