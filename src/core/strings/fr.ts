import type { Strings } from './en.js';
import { loadingWords } from './loading.js';
import { formatNumber } from '../../model/format.js';
import { counter } from './plural.js';

/** French, in the words of French Wikipedia's film infobox. 0 and 1 take the singular in French. */
const num = (n: number) => formatNumber(n, 'fr');
const count = counter('fr');

export const fr: Strings = {
  loading: loadingWords.fr,
  errorTitle: 'Impossible d’afficher les informations sur ce film',
  retry: 'Réessayer',
  errorDetails: 'Détails pour l’auteur de la page',
  atLine: (line, column) => `ligne ${num(line)}, colonne ${num(column)}`,
  empty: 'Aucune donnée de film n’a été fournie à cet élément.',
  notFound: (url) => `Les données du film à l’adresse ${url} sont introuvables (404).`,
  httpStatus: (url, status) => `Le serveur a répondu ${status} pour les données du film à l’adresse ${url}.`,
  network: (url) => `Les données du film à l’adresse ${url} sont inaccessibles. Vérifiez l’adresse et votre connexion.`,
  timeout: (url, seconds) => `Les données du film à l’adresse ${url} ont mis plus de ${count(seconds, { one: '# seconde', other: '# secondes' })} à arriver.`,
  htmlNotJson: (where) => `${where} a envoyé une page web au lieu de données JSON sur le film.`,
  notJson: (where, detail) => `${where} n’est pas du JSON valide : ${detail}`,
  missingId: (id) => `Aucun <script> avec id="${id}" n’a été trouvé dans la page.`,
  notFilm: (detail) => `Les données ne décrivent pas un film : ${detail}`,
  readerMissing: 'La partie du widget qui lit ce film n’a pas pu être chargée. Vérifiez votre connexion et rechargez la page.',
  inlineScript: 'Le script intégré',
  problemsLogged: (n) => count(n, { one: '# problème', other: '# problèmes' }),

  directors: 'Réalisation',
  producers: 'Production',
  writers: 'Scénario',
  screenplay: 'Adaptation',
  story: 'Histoire originale',
  basedOn: 'D’après',
  starring: 'Acteurs principaux',
  narrators: 'Narration',
  music: 'Musique',
  cinematography: 'Photographie',
  editors: 'Montage',
  production: (n) => (n === 1 ? 'Société de production' : 'Sociétés de production'),
  // Not "Distribution", which a French reader takes for the cast.
  distributors: 'Société de distribution',
  released: () => 'Sortie',
  runtime: 'Durée',
  countries: () => 'Pays de production',
  languages: (n) => (n === 1 ? 'Langue' : 'Langues'),
  budget: 'Budget',
  boxOffice: 'Box-office',
  originalTitle: 'Titre original',
  inAnotherSource: (value) => `${value} selon une autre source`,
  sources: 'Références',
  sourceOfAll: 'Source\u00a0: ',
  mainSource: 'Source principale\u00a0: ',
  source: (n) => `Référence ${num(n)}`,
  infobox: (title) => `${title} : fiche du film`,
  footnoteKeys: 'Notes : les touches fléchées passent de l’une à l’autre.',
  footnoteBack: 'Retour au texte',

  // <review-card>
  reviewBy: (by) => (by ? `Critique de ${by}` : 'Critique'),
  reviewRated: (rating) => `Note : ${rating}`,
  reviewVerdict: 'Verdict',
  reviewCriteria: 'Notes détaillées',
  reviewPros: 'On aime',
  reviewCons: 'On aime moins',
  reviewAudience: 'Pour qui ?',
  reviewRecommendations: 'Si vous aimez ce film, essayez',
  reviewReaders: 'Note des lecteurs',
  reviewNoReaderRatings: 'Aucune note de lecteur pour l’instant',
  reviewReaderRatings: (n) => count(n, { one: '# note', other: '# notes' }),
  reviewReadFull: 'Lire la critique complète',
  reviewIn: (outlet) => `, ${outlet}`,
  reviewSpoilers: 'Cette critique dévoile l’intrigue.',
  reviewShowSpoilers: 'Afficher la critique',
  reviewHideSpoilers: 'Masquer la critique',
  reviewMore: 'Suite de la critique',
  reviewLess: 'Afficher moins',
  reviewNone: 'Les données de ce film ne contiennent aucune critique.',
  reviewEmpty: 'Cette critique n’a rien à afficher.',
  reviewMissing: (which, known) => `Les données de ce film ne contiennent pas de critique « ${which} ». Ses critiques sont ${known}.`,

  // <film-scores>
  scoresLabel: (title) => (title ? `${title} : notes et audiences` : 'Notes et audiences'),
  scoresCritics: 'Critique',
  scoresReviews: (n) => count(n, { one: '# critique', other: '# critiques' }),
  scoresAverage: (rating) => `moyenne ${rating}`,
  scoresQuoted: 'Critiques citées ici',
  scoresRated: (rated) => (rated === 0 ? 'aucune ne donne de note' : count(rated, { one: '# donne une note', other: '# donnent une note' })),
  scoresMean: (mean) => `moyenne ${mean}`,
  scoresDerived: 'Calculé à partir des critiques citées sur cette page ; aucun média ne l’a publié.',
  scoresViewing: 'Audiences',
  scoresPeriod: 'Période',
  scoresViews: 'Vues',
  scoresHours: 'Heures visionnées',
  scoresHoursValue: (hours) => hours,
  scoresChart: 'Classement',
  scoresRank: (rank, chart) => `${num(rank)}${rank === 1 ? 'er' : 'e'} dans ${chart}`,
  scoresNone: 'Les données de ce film ne contiennent ni notes ni audiences.',

  // <film-card>
  cardGenres: 'Genres',
  cardDirectedBy: (names) => `Réalisé par ${names}`,
  cardScoreShort: (value, best) => `${value}/${best}`,
  // <film-hatnote>
  hatnoteAbout: (year, countries) =>
    // Countries in brackets: "de" becomes "des" or "du" before some ("des États-Unis").
    `Cet article concerne le film${year ? ` sorti en ${year}` : ''}${countries ? ` (${countries})` : ''}.`,
  hatnoteOne: (film, year) => [`Pour le ${year ? `film de ${year}` : 'film'} du même titre, voir `, film, '.'],
  hatnoteMany: (films) => ['Pour les autres films du même titre, voir ', ...films, '.'],
  hatnoteFilmName: (title, year) => (year ? `${title} (film, ${year})` : title),
  // <film-timeline>
  timelineHeading: 'Production et sortie',
  timelineEmpty: 'Aucune date de production ou de sortie n’est connue.',
  timelineRelease: (place, note) =>
    place ? `Sortie : ${place}${note ? ` (${note})` : ''}` : note ? `Sortie (${note})` : 'Sortie',
  // <accolade-table>
  accoladeTitle: (title) => (title ? `Distinctions de ${title}` : 'Distinctions'),
  accoladeAward: 'Récompense',
  accoladeDate: 'Date de la cérémonie',
  accoladeCategory: 'Catégorie',
  accoladeRecipients: 'Nommé(s)',
  accoladeResult: 'Résultat',
  accoladeRefs: 'Réf.',
  accoladeWon: 'Lauréat',
  accoladeNominated: 'Nomination',
  accoladePending: 'En attente',
  accoladeUnknown: 'Inconnu',
  accoladeTotals: (wins, nominations, pending, unknown) => {
    const noms = count(nominations, { one: '# nomination', other: '# nominations' });
    const known = !nominations ? '' :
      (wins ? `${count(wins, { one: '# récompense', other: '# récompenses' })} pour ${noms}` : noms) +
      (pending ? `, ${count(pending, { one: '# en attente', other: '# en attente' })}` : '');
    if (!unknown) return known || noms;
    return known
      ? `${known} ; ${num(unknown)} autre(s) au résultat inconnu`
      : count(unknown, { one: '# inscrite, résultat inconnu', other: '# inscrites, résultats inconnus' });
  },
  accoladeAwardTotals: (award, totals) => `${award} : ${totals}`,
  accoladeByAward: 'Par récompense',
  accoladeAllResults: 'Tous les résultats',
  accoladeAllAwards: 'Toutes les récompenses',
  accoladeOption: (label, n) => `${label} (${num(n)})`,
  accoladeSeveral: (labels) => labels.join(', '),
  accoladeAscending: 'croissant',
  accoladeDescending: 'décroissant',
  accoladeStatus: (shown, total, filtered, sort) =>
    [
      filtered ? `${num(shown)} sur ${count(total, { one: '# distinction', other: '# distinctions' })}` : '',
      sort ? `${filtered ? 'triées' : 'Triées'} par ${sort.column.toLowerCase()}, ordre ${sort.direction} ; non groupées par récompense` : '',
    ].filter(Boolean).join(', ') + (filtered || sort ? '.' : ''),
  accoladeNoMatch: 'Aucune distinction ne correspond à ces filtres.',
  accoladeShowAll: 'Tout afficher',
  accoladeNone: 'Aucune distinction n’est indiquée pour ce film.',

  // <cast-list>
  castTitle: 'Distribution',
  castLabel: (title) => (title ? `Distribution de ${title}` : 'Distribution'),
  castLine: (actor, character, note) => [
    actor,
    ...(character ? [' : ', character] : []),
    ...(note ? [', ', note] : []),
  ],
  castKnownFor: (works) => `Connu pour ${works}`,
  castShowAll: (n) => `Afficher les ${num(n)}`,
  castShowFewer: 'Afficher moins',
  castNone: 'Aucune distribution n’est indiquée pour ce film.',
  castGuide: (character) => `À propos de ${character} (divulgâcheur)`,

  // <content-advisory>
  advisoryTitle: 'Classification',
  advisoryLabel: (rating) => `Classification : ${rating}`,
  advisoryContains: 'Contient',
  advisoryCategories: {
    dialog: 'Langage',
    violence: 'Violence',
    sexual: 'Contenu sexuel',
    misc: 'Divers',
  },
  advisoryNone: 'Aucune classification n’est indiquée pour ce film.',

  // <film-plot>
  plotTitle: 'Synopsis',
  plotLabel: (title) => (title ? `Synopsis de ${title}` : 'Synopsis'),
  plotReveal: 'Afficher l’intrigue complète (révèle la fin)',
  plotHide: 'Masquer l’intrigue complète',
  plotFull: 'Intrigue complète',
  plotNone: 'Aucun résumé n’est donné pour ce film.',

  // <film-trailer>
  trailerPlay: (name) => `Lire la bande-annonce : ${name}`,
  trailerWatch: (name) => `Voir la bande-annonce : ${name}`,
  trailerFrame: (name) => `Bande-annonce : ${name}`,
  trailerNone: 'Aucune adresse de bande-annonce n’est indiquée pour ce film.',
  // <film-list>
  listUntitled: 'Films',
  listFacts: 'Fiche du film',
  listEmpty: 'Cette liste ne contient aucun film.',
  listNotList: (detail) => `Les données ne sont pas une liste de films : ${detail}`,
  listDirectedBy: (names) => `Réalisé par ${names}`,
};
