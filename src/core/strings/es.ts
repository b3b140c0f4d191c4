import type { Strings } from './en.js';
import { loadingWords } from './loading.js';
import { formatNumber } from '../../model/format.js';
import { counter } from './plural.js';

/** Spanish, in the words of Spanish Wikipedia's film infobox (ficha de película). */
const num = (n: number) => formatNumber(n, 'es');
const count = counter('es');

export const es: Strings = {
  loading: loadingWords.es,
  errorTitle: 'No se pudo mostrar la información de esta película',
  retry: 'Reintentar',
  errorDetails: 'Detalles para el autor de la página',
  atLine: (line, column) => `línea ${num(line)}, columna ${num(column)}`,
  empty: 'Este elemento no recibió datos de ninguna película.',
  notFound: (url) => `No se encontraron los datos de la película en ${url} (404).`,
  httpStatus: (url, status) => `El servidor respondió ${status} al pedir los datos de la película en ${url}.`,
  network: (url) => `No se pudo acceder a los datos de la película en ${url}. Comprueba la dirección y la conexión.`,
  timeout: (url, seconds) => `Los datos de la película en ${url} tardaron más de ${count(seconds, { one: '# segundo', other: '# segundos' })} en llegar.`,
  htmlNotJson: (where) => `${where} envió una página web en lugar de datos JSON de la película.`,
  notJson: (where, detail) => `${where} no es JSON válido: ${detail}`,
  missingId: (id) => `No hay ningún <script> con id="${id}" en la página.`,
  notFilm: (detail) => `Los datos no describen una película: ${detail}`,
  readerMissing: 'No se pudo cargar la parte del widget que lee esta película. Comprueba la conexión y vuelve a cargar la página.',
  inlineScript: 'El script del elemento',
  problemsLogged: (n) => count(n, { one: '# problema', other: '# problemas' }),

  directors: 'Dirección',
  producers: 'Producción',
  writers: 'Guion',
  screenplay: 'Adaptación',
  story: 'Argumento',
  basedOn: 'Basada en',
  starring: 'Protagonistas',
  narrators: 'Narración',
  music: 'Música',
  cinematography: 'Fotografía',
  editors: 'Montaje',
  production: (n) => (n === 1 ? 'Productora' : 'Productoras'),
  distributors: 'Distribución',
  released: (n) => (n === 1 ? 'Estreno' : 'Estrenos'),
  runtime: 'Duración',
  countries: (n) => (n === 1 ? 'País' : 'Países'),
  languages: (n) => (n === 1 ? 'Idioma' : 'Idiomas'),
  budget: 'Presupuesto',
  boxOffice: 'Recaudación',
  originalTitle: 'Título original',
  inAnotherSource: (value) => `${value} según otra fuente`,
  sources: 'Referencias',
  sourceOfAll: 'Fuente: ',
  mainSource: 'Fuente principal: ',
  source: (n) => `Referencia ${num(n)}`,
  infobox: (title) => `${title}: ficha de la película`,
  footnoteKeys: 'Notas: las teclas de flecha pasan de una a otra.',
  footnoteBack: 'Volver al dato',

  // <review-card>
  reviewBy: (by) => (by ? `Crítica de ${by}` : 'Crítica'),
  reviewRated: (rating) => `Calificación: ${rating}`,
  reviewVerdict: 'Veredicto',
  reviewCriteria: 'Puntuaciones',
  reviewPros: 'A favor',
  reviewCons: 'En contra',
  reviewAudience: '¿Para quién es?',
  reviewRecommendations: 'Si te gusta esta película, prueba con',
  reviewReaders: 'Valoración de los lectores',
  reviewNoReaderRatings: 'Aún no hay valoraciones de lectores',
  reviewReaderRatings: (n) => count(n, { one: '# valoración', other: '# valoraciones' }),
  reviewReadFull: 'Leer la crítica completa',
  reviewIn: (outlet) => ` en ${outlet}`,
  reviewSpoilers: 'Esta crítica desvela la trama.',
  reviewShowSpoilers: 'Mostrar la crítica',
  reviewHideSpoilers: 'Ocultar la crítica',
  reviewMore: 'Más de esta crítica',
  reviewLess: 'Mostrar menos',
  reviewNone: 'Los datos de esta película no tienen críticas.',
  reviewEmpty: 'Esta crítica no tiene nada que mostrar.',
  reviewMissing: (which, known) => `Los datos de esta película no tienen ninguna crítica «${which}». Sus críticas son ${known}.`,

  // <film-scores>
  scoresLabel: (title) => (title ? `${title}: puntuaciones y audiencia` : 'Puntuaciones y audiencia'),
  scoresCritics: 'Crítica',
  scoresReviews: (n) => count(n, { one: '# crítica', other: '# críticas' }),
  scoresAverage: (rating) => `media de ${rating}`,
  scoresQuoted: 'Críticas citadas aquí',
  scoresRated: (rated) => (rated === 0 ? 'ninguna da puntuación' : count(rated, { one: '# da puntuación', other: '# dan puntuación' })),
  scoresMean: (mean) => `media de ${mean}`,
  scoresDerived: 'Calculado a partir de las críticas citadas en esta página; ningún medio lo ha publicado.',
  scoresViewing: 'Audiencia',
  scoresPeriod: 'Periodo',
  scoresViews: 'Visualizaciones',
  scoresHours: 'Horas vistas',
  scoresHoursValue: (hours) => hours,
  scoresChart: 'Clasificación',
  scoresRank: (rank, chart) => `${num(rank)}.º en ${chart}`,
  scoresNone: 'Los datos de esta película no tienen puntuaciones ni cifras de audiencia.',

  // <film-card>
  cardGenres: 'Géneros',
  cardDirectedBy: (names) => `Dirigida por ${names}`,
  cardScoreShort: (value, best) => `${value}/${best}`,
  // <film-hatnote>
  hatnoteAbout: (year, countries) =>
    `Este artículo trata sobre la película${countries ? ` de ${countries}` : ''}${year ? ` de ${year}` : ''}.`,
  hatnoteOne: (film, year) => [`Para la ${year ? `película de ${year}` : 'otra película'} del mismo título, véase `, film, '.'],
  hatnoteMany: (films) => ['Para otras películas del mismo título, véase ', ...films, '.'],
  hatnoteFilmName: (title, year) => (year ? `${title} (película de ${year})` : title),
  // <film-timeline>
  timelineHeading: 'Producción y estreno',
  timelineEmpty: 'No se conocen fechas de producción ni de estreno.',
  timelineRelease: (place, note) =>
    place ? `Estreno: ${place}${note ? ` (${note})` : ''}` : note ? `Estreno (${note})` : 'Estreno',
  // <accolade-table>
  accoladeTitle: (title) => (title ? `Premios y nominaciones de ${title}` : 'Premios y nominaciones'),
  accoladeAward: 'Premio',
  accoladeDate: 'Fecha de la ceremonia',
  accoladeCategory: 'Categoría',
  accoladeRecipients: 'Candidato(s)',
  accoladeResult: 'Resultado',
  accoladeRefs: 'Ref.',
  accoladeWon: 'Ganador',
  accoladeNominated: 'Nominado',
  accoladePending: 'Pendiente',
  accoladeUnknown: 'Desconocido',
  accoladeTotals: (wins, nominations, pending, unknown) => {
    const noms = count(nominations, { one: '# nominación', other: '# nominaciones' });
    const known = !nominations ? '' :
      (wins ? `${count(wins, { one: '# premio', other: '# premios' })} de ${noms}` : noms) +
      (pending ? `, ${count(pending, { one: '# pendiente', other: '# pendientes' })}` : '');
    if (!unknown) return known || noms;
    return known
      ? `${known}; ${count(unknown, { one: '# más sin resultado conocido', other: '# más sin resultado conocido' })}`
      : count(unknown, { one: '# en la lista, resultado desconocido', other: '# en la lista, resultados desconocidos' });
  },
  accoladeAwardTotals: (award, totals) => `${award}: ${totals}`,
  accoladeByAward: 'Por premio',
  accoladeAllResults: 'Todos los resultados',
  accoladeAllAwards: 'Todos los premios',
  accoladeOption: (label, n) => `${label} (${num(n)})`,
  accoladeSeveral: (labels) => labels.join(', '),
  accoladeAscending: 'ascendente',
  accoladeDescending: 'descendente',
  accoladeStatus: (shown, total, filtered, sort) =>
    [
      filtered ? `Se muestran ${num(shown)} de ${count(total, { one: '# reconocimiento', other: '# reconocimientos' })}` : '',
      sort ? `${filtered ? 'ordenados' : 'Ordenados'} por ${sort.column.toLowerCase()}, en orden ${sort.direction}; sin agrupar por premio` : '',
    ].filter(Boolean).join(', ') + (filtered || sort ? '.' : ''),
  accoladeNoMatch: 'Ningún reconocimiento coincide con estos filtros.',
  accoladeShowAll: 'Mostrar todo',
  accoladeNone: 'No hay premios ni nominaciones para esta película.',

  // <cast-list>
  castTitle: 'Reparto',
  castLabel: (title) => (title ? `Reparto de ${title}` : 'Reparto'),
  castLine: (actor, character, note) => [
    actor,
    ...(character ? [' como ', character] : []),
    ...(note ? [', ', note] : []),
  ],
  castKnownFor: (works) => `Conocido por ${works}`,
  castShowAll: (n) => `Mostrar los ${num(n)}`,
  castShowFewer: 'Mostrar menos',
  castNone: 'No hay reparto para esta película.',
  castGuide: (character) => `Sobre ${character} (contiene spoilers)`,

  // <content-advisory>
  advisoryTitle: 'Clasificación por edades',
  advisoryLabel: (rating) => `Clasificación por edades: ${rating}`,
  advisoryContains: 'Contiene',
  advisoryCategories: {
    dialog: 'Lenguaje',
    violence: 'Violencia',
    sexual: 'Contenido sexual',
    misc: 'Otros',
  },
  advisoryNone: 'No se indica la clasificación por edades de esta película.',

  // <film-plot>
  plotTitle: 'Argumento',
  plotLabel: (title) => (title ? `Argumento de ${title}` : 'Argumento'),
  plotReveal: 'Mostrar el argumento completo (contiene spoilers)',
  plotHide: 'Ocultar el argumento completo',
  plotFull: 'Argumento completo',
  plotNone: 'No hay resumen del argumento de esta película.',

  // <film-trailer>
  trailerPlay: (name) => `Reproducir tráiler: ${name}`,
  trailerWatch: (name) => `Ver el tráiler: ${name}`,
  trailerFrame: (name) => `Tráiler: ${name}`,
  trailerNone: 'No se indica la dirección del tráiler de esta película.',
  // <film-list>
  listUntitled: 'Películas',
  listFacts: 'Ficha de la película',
  listEmpty: 'Esta lista no tiene películas.',
  listNotList: (detail) => `Los datos no son una lista de películas: ${detail}`,
  listDirectedBy: (names) => `Dirigida por ${names}`,
};
