/** Registers `<film-plot>`. Import `film-elements/film-plot/class` for the class alone. */
import { FilmPlot } from '../elements/film-plot/film-plot.js';

FilmPlot.define();

export { FilmPlot };
