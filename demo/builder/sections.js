// What the form shows: one entry per section of the film JSON (film.schema.json), each field
// with its key, its kind of input, and the words for it in demo/builder/strings.js.
//   text, long (several lines), number, date, url, bool, choice (with `options`),
//   lines (a list of text, one a line), person (a name and its names in other languages),
//   people (a list of persons), object (a group of fields), list (rows of a group of fields),
//   rating (a rating on its own scale, with how it reads), sources (ids from the film's sources).
// `local` marks text a reader sees, which may be given per language (languages.js); a person's
// name always may.
// `main` names the key a row may be written as on its own ("Gray" for { "name": "Gray" }),
// which the form keeps when nothing else is said.

const person = { kind: 'person' };
const sources = { key: 'sources', kind: 'sources' };
const roles = ['directors', 'writers', 'screenplay', 'story', 'basedOn', 'producers', 'starring', 'narrators',
  'music', 'cinematography', 'editors'];

export const sections = [
  { id: 'basics', open: true, fields: [
    { key: 'title', kind: 'text', required: true, local: true },
    { key: 'originalTitle', kind: 'object', main: 'text', fields: [{ key: 'text', kind: 'text' }, { key: 'lang', kind: 'text', short: true }] },
    { key: 'altTitles', kind: 'list', main: 'text', fields: [{ key: 'text', kind: 'text' }, { key: 'lang', kind: 'text', short: true }] },
    { key: 'year', kind: 'number' },
    { key: 'description', kind: 'long' },
    { key: 'genres', kind: 'lines' },
    { key: 'countries', kind: 'lines' },
    { key: 'languages', kind: 'lines' },
    { key: 'url', kind: 'url' },
    { key: 'id', kind: 'text' },
  ] },
  { id: 'credits', fields: roles.map((role) => ({ key: role, at: ['credits', role], kind: 'people' })) },
  { id: 'companies', fields: [
    { key: 'production', at: ['companies', 'production'], kind: 'people' },
    { key: 'distributors', at: ['companies', 'distributors'], kind: 'people' },
  ] },
  { id: 'releases', fields: [{ key: 'releases', kind: 'list', fields: [
    { key: 'date', kind: 'date' }, { key: 'place', kind: 'text', local: true }, { key: 'note', kind: 'text', local: true }, sources] }] },
  { id: 'runtime', fields: [{ key: 'runtime', kind: 'list', main: 'value', firstLabel: 'runtimeFirst', fields: [
    { key: 'value', kind: 'number', label: 'minutes' }, sources] }] },
  { id: 'money', fields: ['budget', 'boxOffice'].map((key) => ({ key, kind: 'object', fields: [
    { key: 'amount', kind: 'number' }, { key: 'currency', kind: 'text', short: true }, sources] })) },
  { id: 'cast', fields: [{ key: 'cast', kind: 'list', fields: [
    { key: 'actor', ...person }, { key: 'character', kind: 'text', local: true }, { key: 'note', kind: 'text', local: true },
    { key: 'knownFor', kind: 'lines' }, sources] }] },
  { id: 'plot', fields: [{ key: 'plot', kind: 'object', fields: [
    { key: 'logline', kind: 'long' }, { key: 'text', kind: 'long', rows: 6 }, { key: 'spoilers', kind: 'bool' }, sources] }] },
  { id: 'contentRating', fields: [{ key: 'contentRating', kind: 'object', fields: [
    { key: 'rating', kind: 'text', short: true }, { key: 'system', kind: 'text' },
    { key: 'advisories', kind: 'list', fields: [{ key: 'category', kind: 'text' }, { key: 'items', kind: 'lines' }] }] }] },
  { id: 'reviews', fields: [{ key: 'reviews', kind: 'list', fields: [
    { key: 'own', kind: 'bool' }, { key: 'outlet', kind: 'text' }, { key: 'critic', ...person }, { key: 'date', kind: 'date' }, { key: 'url', kind: 'url' },
    { key: 'rating', kind: 'rating' }, { key: 'verdict', kind: 'text' }, { key: 'quote', kind: 'long', local: true },
    { key: 'headline', kind: 'text', local: true }, { key: 'body', kind: 'long', rows: 5, local: true }, { key: 'pros', kind: 'lines' },
    { key: 'cons', kind: 'lines' }, { key: 'audience', kind: 'text' }, { key: 'spoilers', kind: 'bool' },
    { key: 'lang', kind: 'text', short: true }, { key: 'id', kind: 'text' }, sources] }] },
  { id: 'scores', fields: [{ key: 'scores', kind: 'list', fields: [
    { key: 'source', kind: 'text' }, { key: 'name', kind: 'text' }, { key: 'value', kind: 'number' },
    { key: 'best', kind: 'number' }, { key: 'unit', kind: 'choice', options: ['', 'percent', 'points', 'stars'] },
    { key: 'count', kind: 'number' }, { key: 'url', kind: 'url' }, sources] }] },
  { id: 'viewership', fields: [{ key: 'viewership', kind: 'list', fields: [
    { key: 'source', kind: 'text' }, { key: 'views', kind: 'number' }, { key: 'hours', kind: 'number' },
    { key: 'period', kind: 'object', fields: [{ key: 'start', kind: 'date' }, { key: 'end', kind: 'date' }] },
    { key: 'chart', kind: 'object', fields: [{ key: 'name', kind: 'text' }, { key: 'rank', kind: 'number' }] }, sources] }] },
  { id: 'accolades', fields: [{ key: 'accolades', kind: 'list', fields: [
    { key: 'award', kind: 'text' }, { key: 'date', kind: 'date' }, { key: 'category', kind: 'text' },
    { key: 'recipients', kind: 'people' },
    { key: 'result', kind: 'choice', options: ['', 'won', 'nominated', 'pending'] }, sources] }] },
  { id: 'milestones', fields: [{ key: 'milestones', kind: 'list', fields: [
    { key: 'date', kind: 'date' }, { key: 'end', kind: 'date' }, { key: 'kind', kind: 'text' }, { key: 'text', kind: 'long' }, sources] }] },
  { id: 'otherFilms', fields: [{ key: 'otherFilms', kind: 'list', fields: [
    { key: 'title', kind: 'text' }, { key: 'year', kind: 'number' }, { key: 'description', kind: 'text' }, { key: 'url', kind: 'url' }, sources] }] },
  { id: 'media', fields: [
    { key: 'poster', kind: 'object', fields: [{ key: 'src', kind: 'url' }, { key: 'alt', kind: 'text' }, { key: 'caption', kind: 'text' }] },
    { key: 'trailer', kind: 'object', fields: [{ key: 'url', kind: 'url' }, { key: 'name', kind: 'text' }, sources] },
  ] },
  { id: 'sources', fields: [{ key: 'sources', kind: 'list', fields: [
    { key: 'id', kind: 'text' }, { key: 'title', kind: 'text' }, { key: 'kind', kind: 'text' },
    { key: 'publisher', kind: 'text' }, { key: 'date', kind: 'date' }, { key: 'url', kind: 'url' }] }] },
];
