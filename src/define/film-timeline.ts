/** Registers `<film-timeline>`. Import `film-elements/film-timeline/class` for the class alone. */
import { FilmTimeline } from '../elements/film-timeline/film-timeline.js';

FilmTimeline.define();

export { FilmTimeline };
