import type { Strings } from './en.js';
import { loadingWords } from './loading.js';
import { formatNumber } from '../../model/format.js';
import { counter } from './plural.js';

/** German, in the words of German Wikipedia's film infobox. */
const num = (n: number) => formatNumber(n, 'de');
const count = counter('de');

export const de: Strings = {
  loading: loadingWords.de,
  errorTitle: 'Diese Filminformationen konnten nicht angezeigt werden',
  retry: 'Erneut versuchen',
  errorDetails: 'Details für die Autorin oder den Autor der Seite',
  atLine: (line, column) => `Zeile ${num(line)}, Spalte ${num(column)}`,
  empty: 'Diesem Element wurden keine Filmdaten übergeben.',
  notFound: (url) => `Die Filmdaten unter ${url} wurden nicht gefunden (404).`,
  httpStatus: (url, status) => `Der Server antwortete mit ${status} auf die Anfrage nach den Filmdaten unter ${url}.`,
  network: (url) => `Die Filmdaten unter ${url} sind nicht erreichbar. Bitte Adresse und Verbindung prüfen.`,
  timeout: (url, seconds) => `Die Filmdaten unter ${url} sind nicht innerhalb von ${count(seconds, { one: '# Sekunde', other: '# Sekunden' })} angekommen.`,
  htmlNotJson: (where) => `${where} lieferte eine Webseite statt JSON-Filmdaten.`,
  notJson: (where, detail) => `${where} ist kein gültiges JSON: ${detail}`,
  missingId: (id) => `Auf der Seite gibt es kein <script> mit id="${id}".`,
  notFilm: (detail) => `Die Daten beschreiben keinen Film: ${detail}`,
  readerMissing: 'Der Teil des Widgets, der diesen Film liest, konnte nicht geladen werden. Bitte Verbindung prüfen und die Seite neu laden.',
  inlineScript: 'Das eingebettete Skript',
  problemsLogged: (n) => count(n, { one: '# Problem', other: '# Probleme' }),

  directors: 'Regie',
  producers: 'Produktion',
  writers: 'Drehbuch',
  screenplay: 'Drehbuchbearbeitung',
  story: 'Idee',
  basedOn: 'Vorlage',
  starring: 'Besetzung',
  narrators: 'Erzähler',
  music: 'Musik',
  cinematography: 'Kamera',
  editors: 'Schnitt',
  production: (n) => (n === 1 ? 'Produktionsfirma' : 'Produktionsfirmen'),
  distributors: 'Verleih',
  // German Wikipedia's "Erscheinungsjahr" is a year; the rows here give whole dates and places.
  released: (n) => (n === 1 ? 'Veröffentlichung' : 'Veröffentlichungen'),
  runtime: 'Länge',
  countries: (n) => (n === 1 ? 'Produktionsland' : 'Produktionsländer'),
  languages: (n) => (n === 1 ? 'Originalsprache' : 'Originalsprachen'),
  budget: 'Budget',
  boxOffice: 'Einspielergebnis',
  originalTitle: 'Originaltitel',
  inAnotherSource: (value) => `${value} laut einer anderen Quelle`,
  sources: 'Einzelnachweise',
  sourceOfAll: 'Quelle: ',
  mainSource: 'Hauptquelle: ',
  source: (n) => `Einzelnachweis ${num(n)}`,
  infobox: (title) => `${title}: Filmdaten`,
  footnoteKeys: 'Fußnoten: Mit den Pfeiltasten geht es von einer zur nächsten.',
  footnoteBack: 'Zurück zur Angabe',

  // <review-card>
  reviewBy: (by) => (by ? `Kritik von ${by}` : 'Kritik'),
  reviewRated: (rating) => `Bewertung: ${rating}`,
  reviewVerdict: 'Fazit',
  reviewCriteria: 'Einzelwertungen',
  reviewPros: 'Pro',
  reviewCons: 'Kontra',
  reviewAudience: 'Für wen ist der Film?',
  reviewRecommendations: 'Wer diesen Film mag, dem gefällt vielleicht auch',
  reviewReaders: 'Leserwertung',
  reviewNoReaderRatings: 'Noch keine Leserwertungen',
  reviewReaderRatings: (n) => count(n, { one: '# Wertung', other: '# Wertungen' }),
  reviewReadFull: 'Die ganze Kritik lesen',
  reviewIn: (outlet) => ` in ${outlet}`,
  reviewSpoilers: 'Diese Kritik verrät die Handlung.',
  reviewShowSpoilers: 'Kritik anzeigen',
  reviewHideSpoilers: 'Kritik ausblenden',
  reviewMore: 'Mehr aus dieser Kritik',
  reviewLess: 'Weniger anzeigen',
  reviewNone: 'Die Daten dieses Films enthalten keine Kritiken.',
  reviewEmpty: 'Diese Kritik hat nichts anzuzeigen.',
  reviewMissing: (which, known) => `Die Daten dieses Films enthalten keine Kritik „${which}“. Vorhanden sind ${known}.`,

  // <film-scores>
  scoresLabel: (title) => (title ? `${title}: Wertungen und Abrufzahlen` : 'Wertungen und Abrufzahlen'),
  scoresCritics: 'Kritik',
  scoresReviews: (n) => count(n, { one: '# Kritik', other: '# Kritiken' }),
  scoresAverage: (rating) => `Durchschnitt ${rating}`,
  scoresQuoted: 'Hier zitierte Kritiken',
  scoresRated: (rated) => (rated === 0 ? 'keine vergibt eine Wertung' : count(rated, { one: '# vergibt eine Wertung', other: '# vergeben eine Wertung' })),
  scoresMean: (mean) => `Mittel ${mean}`,
  scoresDerived: 'Aus den auf dieser Seite zitierten Kritiken errechnet, von keinem Medium veröffentlicht.',
  scoresViewing: 'Abrufzahlen',
  scoresPeriod: 'Zeitraum',
  scoresViews: 'Aufrufe',
  scoresHours: 'Angesehene Stunden',
  scoresHoursValue: (hours) => hours,
  scoresChart: 'Charts',
  scoresRank: (rank, chart) => `Platz ${num(rank)} in ${chart}`,
  scoresNone: 'Die Daten dieses Films enthalten weder Wertungen noch Abrufzahlen.',

  // <film-card>
  cardGenres: 'Genres',
  cardDirectedBy: (names) => `Regie: ${names}`,
  cardScoreShort: (value, best) => `${value}/${best}`,
  // <film-hatnote>
  hatnoteAbout: (year, countries) =>
    // Countries in brackets: "aus" takes an article before some ("aus den Vereinigten Staaten").
    `Dieser Artikel behandelt den Film${year ? ` von ${year}` : ''}${countries ? ` (${countries})` : ''}.`,
  hatnoteOne: (film, year) => [`Zum gleichnamigen ${year ? `Film von ${year}` : 'anderen Film'} siehe `, film, '.'],
  hatnoteMany: (films) => ['Zu weiteren gleichnamigen Filmen siehe ', ...films, '.'],
  hatnoteFilmName: (title, year) => (year ? `${title} (${year})` : title),
  // <film-timeline>
  timelineHeading: 'Produktion und Veröffentlichung',
  timelineEmpty: 'Es sind keine Produktions- oder Veröffentlichungsdaten bekannt.',
  timelineRelease: (place, note) =>
    place ? `Veröffentlicht: ${place}${note ? ` (${note})` : ''}` : note ? `Veröffentlicht (${note})` : 'Veröffentlicht',
  // <accolade-table>
  accoladeTitle: (title) => (title ? `Auszeichnungen für ${title}` : 'Auszeichnungen'),
  accoladeAward: 'Preis',
  accoladeDate: 'Datum der Verleihung',
  accoladeCategory: 'Kategorie',
  accoladeRecipients: 'Empfänger',
  accoladeResult: 'Ergebnis',
  accoladeRefs: 'Beleg',
  accoladeWon: 'Gewonnen',
  accoladeNominated: 'Nominiert',
  accoladePending: 'Ausstehend',
  accoladeUnknown: 'Unbekannt',
  accoladeTotals: (wins, nominations, pending, unknown) => {
    const noms = count(nominations, { one: '# Nominierung', other: '# Nominierungen' });
    const known = !nominations ? '' :
      (wins ? `${count(wins, { one: '# Auszeichnung', other: '# Auszeichnungen' })} bei ${noms}` : noms) +
      (pending ? `, ${num(pending)} ausstehend` : '');
    if (!unknown) return known || noms;
    return known
      ? `${known}; ${count(unknown, { one: '# weitere ohne bekanntes Ergebnis', other: '# weitere ohne bekanntes Ergebnis' })}`
      : count(unknown, { one: '# aufgeführt, Ergebnis unbekannt', other: '# aufgeführt, Ergebnisse unbekannt' });
  },
  accoladeAwardTotals: (award, totals) => `${award}: ${totals}`,
  accoladeByAward: 'Nach Preis',
  accoladeAllResults: 'Alle Ergebnisse',
  accoladeAllAwards: 'Alle Preise',
  accoladeOption: (label, n) => `${label} (${num(n)})`,
  accoladeSeveral: (labels) => labels.join(', '),
  accoladeAscending: 'aufsteigend',
  accoladeDescending: 'absteigend',
  accoladeStatus: (shown, total, filtered, sort) =>
    [
      filtered ? `${num(shown)} von ${count(total, { one: '# Auszeichnung', other: '# Auszeichnungen' })} angezeigt` : '',
      sort ? `${filtered ? 'sortiert' : 'Sortiert'} nach ${sort.column}, ${sort.direction}; nicht nach Preis gruppiert` : '',
    ].filter(Boolean).join(', ') + (filtered || sort ? '.' : ''),
  accoladeNoMatch: 'Keine Auszeichnung passt zu diesen Filtern.',
  accoladeShowAll: 'Alle anzeigen',
  accoladeNone: 'Für diesen Film sind keine Auszeichnungen aufgeführt.',

  // <cast-list>
  castTitle: 'Besetzung',
  castLabel: (title) => (title ? `Besetzung von ${title}` : 'Besetzung'),
  castLine: (actor, character, note) => [
    actor,
    ...(character ? [' als ', character] : []),
    ...(note ? [', ', note] : []),
  ],
  castKnownFor: (works) => `Bekannt aus ${works}`,
  castShowAll: (n) => `Alle ${num(n)} anzeigen`,
  castShowFewer: 'Weniger anzeigen',
  castNone: 'Für diesen Film ist keine Besetzung aufgeführt.',
  castGuide: (character) => `Über ${character} (Spoiler)`,

  // <content-advisory>
  advisoryTitle: 'Altersfreigabe',
  advisoryLabel: (rating) => `Altersfreigabe: ${rating}`,
  advisoryContains: 'Enthält',
  advisoryCategories: {
    dialog: 'Sprache',
    violence: 'Gewalt',
    sexual: 'Sexuelle Inhalte',
    misc: 'Sonstiges',
  },
  advisoryNone: 'Für diesen Film ist keine Altersfreigabe angegeben.',

  // <film-plot>
  plotTitle: 'Handlung',
  plotLabel: (title) => (title ? `Handlung von ${title}` : 'Handlung'),
  plotReveal: 'Ganze Handlung anzeigen (enthält Spoiler)',
  plotHide: 'Ganze Handlung ausblenden',
  plotFull: 'Ganze Handlung',
  plotNone: 'Für diesen Film ist keine Handlung angegeben.',

  // <film-trailer>
  trailerPlay: (name) => `Trailer abspielen: ${name}`,
  trailerWatch: (name) => `Trailer ansehen: ${name}`,
  trailerFrame: (name) => `Trailer: ${name}`,
  trailerNone: 'Für diesen Film ist keine Trailer-Adresse angegeben.',
  // <film-list>
  listUntitled: 'Filme',
  listFacts: 'Filminfo',
  listEmpty: 'Diese Liste enthält keine Filme.',
  listNotList: (detail) => `Die Daten sind keine Liste von Filmen: ${detail}`,
  listDirectedBy: (names) => `Regie: ${names}`,
};
