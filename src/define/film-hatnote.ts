/** Registers `<film-hatnote>`. Import `film-elements/film-hatnote/class` for the class alone. */
import { FilmHatnote } from '../elements/film-hatnote/film-hatnote.js';

FilmHatnote.define();

export { FilmHatnote };
