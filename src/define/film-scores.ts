/** Registers `<film-scores>`. Import `film-elements/film-scores/class` for the class alone. */
import { FilmScores } from '../elements/film-scores/film-scores.js';

FilmScores.define();

export { FilmScores };
