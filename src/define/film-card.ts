/** Registers `<film-card>`. Import `film-elements/film-card/class` for the class alone. */
import { FilmCard } from '../elements/film-card/film-card.js';

FilmCard.define();

export { FilmCard };
