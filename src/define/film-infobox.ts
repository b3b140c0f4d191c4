/** Registers `<film-infobox>`. Import `film-elements/film-infobox/class` for the class alone. */
import { FilmInfobox } from '../elements/film-infobox/film-infobox.js';

FilmInfobox.define();

export { FilmInfobox };
