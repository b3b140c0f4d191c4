/**
 * Keeps film.schema.json in step with types.ts. The key lists below are checked by the type
 * checker (`satisfies Record<keyof X, true>` rejects a missing or an extra key), and the tests
 * check the schema against them: a field added to one side and not the other fails here. And the
 * schema says what the reader does: it accepts what is read without a problem, and rejects what
 * is left out.
 */
import { expect } from '@open-wc/testing';
import type {
  Accolade, Advisory, AggregateScore, CastMember, Companies, ContentRating, Credits, CriterionScore,
  Disputed, Entity, Film, Image, Milestone, Money, OtherFilm, Passage, Plot, Rating, Recommendation,
  Release, Review, Source, Title, Trailer, Viewership,
} from '../../src/model/types.js';
import type { AggregateScoreJson, FilmInput } from '../../src/model/film-input.js';
import { ballerinaText } from './ballerina.js';
import { knownKeys } from '../../src/model/known-keys.js';
import { parseFilm } from '../../src/model/parse-film.js';
import { readFilm } from '../../src/model/read-film.js';
import { everySection } from '../../src/model/sections/index.js';

// `localised` holds what the reader found per language: authors give the languages in the field itself.
type Keys<T> = Record<Exclude<keyof T, 'localised'>, true>;
type Score = Extract<Rating, { kind: 'score' }>;
type Grade = Extract<Rating, { kind: 'grade' }>;
type Verdict = Extract<Rating, { kind: 'verdict' }>;

const film = {
  title: true, id: true, url: true, originalTitle: true, altTitles: true, year: true, description: true,
  genres: true, credits: true, companies: true, releases: true, runtime: true, countries: true,
  languages: true, budget: true, boxOffice: true, poster: true, cast: true, plot: true,
  contentRating: true, reviews: true, scores: true, viewership: true, accolades: true, milestones: true,
  otherFilms: true, trailer: true, sources: true,
} satisfies Keys<Film>;

/** Each `$defs` entry and the interface it stands for. */
const defs = {
  entity: { name: true, altNames: true, url: true, knownFor: true, sources: true } satisfies Keys<Entity>,
  title: { text: true, lang: true } satisfies Keys<Title>,
  image: { src: true, alt: true, caption: true, width: true, height: true } satisfies Keys<Image>,
  disputed: { value: true, sources: true } satisfies Keys<Disputed<number>>,
  credits: {
    directors: true, starring: true, producers: true, writers: true, screenplay: true, story: true, basedOn: true,
    narrators: true, music: true, cinematography: true, editors: true,
  } satisfies Keys<Credits>,
  companies: { production: true, distributors: true } satisfies Keys<Companies>,
  release: { date: true, place: true, note: true, sources: true } satisfies Keys<Release>,
  passage: { text: true, sources: true } satisfies Keys<Passage>,
  castMember: { actor: true, character: true, note: true, knownFor: true, about: true, photo: true, sources: true } satisfies Keys<CastMember>,
  plot: { logline: true, text: true, spoilers: true, sources: true } satisfies Keys<Plot>,
  advisory: { category: true, items: true } satisfies Keys<Advisory>,
  contentRating: { rating: true, system: true, advisories: true, sources: true } satisfies Keys<ContentRating>,
  criterion: { name: true, rating: true } satisfies Keys<CriterionScore>,
  recommendation: { title: true, note: true, url: true } satisfies Keys<Recommendation>,
  userRating: { value: true, best: true, count: true } satisfies Keys<NonNullable<Review['userRating']>>,
  review: {
    id: true, own: true, outlet: true, critic: true, date: true, url: true, lang: true, quote: true, body: true,
    headline: true, rating: true, verdict: true, criteria: true, pros: true, cons: true, audience: true,
    recommendations: true, spoilers: true, userRating: true, sources: true,
  } satisfies Keys<Review>,
  aggregateScore: {
    source: true, own: true, name: true, value: true, best: true, unit: true, count: true, average: true, url: true, sources: true,
  } satisfies Keys<AggregateScore>,
  viewership: { source: true, period: true, views: true, hours: true, chart: true, sources: true } satisfies Keys<Viewership>,
  accolade: { award: true, date: true, category: true, recipients: true, result: true, sources: true } satisfies Keys<Accolade>,
  milestone: { date: true, end: true, kind: true, text: true, sources: true } satisfies Keys<Milestone>,
  otherFilm: { title: true, year: true, description: true, url: true, sources: true } satisfies Keys<OtherFilm>,
  trailer: { url: true, name: true, thumbnail: true, date: true, sources: true } satisfies Keys<Trailer>,
  money: { amount: true, currency: true, note: true, sources: true } satisfies Keys<Money>,
  source: { id: true, title: true, kind: true, publisher: true, date: true, url: true } satisfies Keys<Source>,
};

/** Objects nested inside an interface rather than named in types.ts. */
const nested = {
  'aggregateScore.average': { value: true, best: true } satisfies Keys<NonNullable<AggregateScore['average']>>,
  'viewership.period': { start: true, end: true } satisfies Keys<NonNullable<Viewership['period']>>,
  'viewership.chart': { name: true, rank: true } satisfies Keys<NonNullable<Viewership['chart']>>,
};

const ratingKinds = {
  score: { kind: true, value: true, best: true, worst: true, unit: true } satisfies Keys<Score>,
  grade: { kind: true, grade: true } satisfies Keys<Grade>,
  verdict: { kind: true, label: true } satisfies Keys<Verdict>,
};

type JsonSchema = { [key: string]: any };
const loadSchema = async (): Promise<JsonSchema> => (await fetch(new URL('../../film.schema.json', import.meta.url))).json();

/** The object branch of a definition that may also be written as text. */
function objectBranch(def: JsonSchema): JsonSchema {
  if (def['properties']) return def;
  const branch = (def['anyOf'] ?? []).find((d: JsonSchema) => d['properties']);
  expect(branch, 'an object branch').to.exist;
  return branch;
}

const keys = (o: object) => Object.keys(o).sort();

describe('film.schema.json', () => {
  it('is a JSON Schema 2020-12 document for an object with a title', async () => {
    const schema = await loadSchema();
    expect(schema['$schema']).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema['required']).to.deep.equal(['title']);
  });

  it('has exactly the properties of Film (and $schema, for editors)', async () => {
    const schema = await loadSchema();
    expect(keys(schema['properties'])).to.deep.equal(keys({ ...film, $schema: true }));
  });

  for (const [name, expected] of Object.entries(defs)) {
    it(`$defs.${name} has exactly the fields of its type`, async () => {
      const schema = await loadSchema();
      expect(schema['$defs'][name], name).to.exist;
      expect(keys(objectBranch(schema['$defs'][name])['properties'])).to.deep.equal(keys(expected));
    });
  }

  for (const [path, expected] of Object.entries(nested)) {
    it(`${path} has exactly the fields of its type`, async () => {
      const schema = await loadSchema();
      const [owner, field] = path.split('.') as [string, string];
      expect(keys(objectBranch(schema['$defs'][owner])['properties'][field]['properties'])).to.deep.equal(keys(expected));
    });
  }

  it('$defs.rating has one object form per kind of Rating', async () => {
    const schema = await loadSchema();
    const forms = (schema['$defs']['rating']['anyOf'] as JsonSchema[]).filter((d) => d['properties']);
    const byKind = Object.fromEntries(forms.map((d) => [d['properties']['kind']['const'], keys(d['properties'])]));
    expect(byKind).to.deep.equal(Object.fromEntries(Object.entries(ratingKinds).map(([kind, k]) => [kind, keys(k)])));
  });

  it('refers only to definitions it has, and uses every one', async () => {
    const schema = await loadSchema();
    const refs = new Set([...JSON.stringify(schema).matchAll(/"#\/\$defs\/(\w+)"/g)].map((m) => m[1]));
    expect([...refs].sort()).to.deep.equal(keys(schema['$defs']));
  });

  it('lists the same keys as the parser\'s table of known keys, section by section', async () => {
    const schema = await loadSchema();
    const table: Record<string, readonly string[]> = { ...knownKeys };
    expect([...table['film']!].sort()).to.deep.equal(keys(schema['properties']));
    // The cast's short form `{ name, character }` is read, and named in the table, beside `actor`.
    const shortForm = ['name', 'altNames', 'url'];
    for (const [name, def] of Object.entries(schema['$defs'] as JsonSchema)) {
      if (name === 'rating') continue;
      const branch = def['properties'] ? def : (def['anyOf'] ?? []).find((d: JsonSchema) => d['properties']);
      if (!branch) continue;
      const listed = (table[name] ?? []).filter((k) => name !== 'castMember' || !shortForm.includes(k));
      expect([...listed].sort(), name).to.deep.equal(keys(branch['properties']));
    }
    const ratingKeys = new Set((schema['$defs']['rating']['anyOf'] as JsonSchema[]).flatMap((d) => Object.keys(d['properties'] ?? {})));
    expect([...table['rating']!].sort()).to.deep.equal([...ratingKeys].sort());
    for (const [owner, field] of [['aggregateScore', 'average'], ['viewership', 'period'], ['viewership', 'chart']] as const) {
      expect([...table[field]!].sort(), field).to.deep.equal(keys(objectBranch(schema['$defs'][owner])['properties'][field]['properties']));
    }
  });

  it('accepts the Ballerina data', async () => {
    const schema = await loadSchema();
    expect(validate(schema, JSON.parse(await ballerinaText()), schema)).to.deep.equal([]);
  });

  it('rejects what the parser would drop', async () => {
    const schema = await loadSchema();
    const bad = { title: 'B', runtime: -3, reviews: [{ rating: { value: 'three', best: 5 } }], releases: [{ place: 'Busan' }] };
    expect(validate(schema, bad, schema).sort()).to.deep.equal([
      'releases[0]: matches no allowed form',
      'reviews[0].rating: matches no allowed form',
      'runtime: matches no allowed form',
    ]);
  });
});

/**
 * What the schema accepts, the reader reads without a problem (on the elements' fast path too);
 * what the reader leaves out, telling the author where, the schema rejects.
 */
describe('film.schema.json and the reader agree', () => {
  /** What the schema says of `doc`, the full reader's reading, and the fast path's (or that it declined). */
  async function judged(doc: object) {
    const schema = await loadSchema();
    const quick = readFilm(doc, { sections: everySection });
    if (quick instanceof Promise) await quick;
    return { schema: validate(schema, doc, schema), full: parseFilm(doc), fast: quick instanceof Promise ? 'declined' : quick };
  }

  it('a release given as a year, as a number, is a release in that year', async () => {
    const doc = { title: 'Ballerina', releases: [2023, { date: 2025, place: 'Netflix' }] } satisfies FilmInput;
    const { schema, full, fast } = await judged(doc);
    expect(schema).to.deep.equal([]);
    expect(full).to.deep.equal({
      film: { title: 'Ballerina', releases: [{ date: '2023' }, { date: '2025', place: 'Netflix' }], year: 2023 }, problems: [],
    });
    expect(fast).to.deep.equal(full);
  });

  it('a number that is no year is no release: the schema rejects it, the reader says where', async () => {
    const { schema, full, fast } = await judged({ title: 'Ballerina', releases: [93] });
    expect(schema).to.deep.equal(['releases[0]: matches no allowed form']);
    expect(full).to.deep.equal({
      film: { title: 'Ballerina' }, problems: [{ path: 'releases[0]', message: 'expected a date like "2023-10-05", got 93', severity: 'error' }],
    });
    expect(fast).to.equal('declined');
  });

  it('a score without the top of its scale is not taken to be out of 100: the schema rejects it, the reader says where', async () => {
    // @ts-expect-error: FilmInput asks what the schema asks, `best` or `"unit": "percent"`
    const score: AggregateScoreJson = { source: 'Metacritic', value: 72 };
    const { schema, full, fast } = await judged({ title: 'Ballerina', scores: [score] });
    expect(schema).to.deep.equal(['scores[0]: matches no allowed form']);
    expect(full).to.deep.equal({
      film: { title: 'Ballerina' },
      problems: [{ path: 'scores[0].best', message: 'missing: give the top of the scale, for example "best": 100', severity: 'error' }],
    });
    expect(fast).to.equal('declined');
  });

  it('a percentage needs no top of its scale: it is out of 100', async () => {
    const doc = {
      title: 'Ballerina', scores: [{ source: 'Rotten Tomatoes', value: 91, unit: 'percent' }, { source: 'Metacritic', value: 72, best: 100 }],
    } satisfies FilmInput;
    const { schema, full, fast } = await judged(doc);
    expect(schema).to.deep.equal([]);
    expect(full).to.deep.equal({
      film: { title: 'Ballerina', scores: [{ source: 'Rotten Tomatoes', value: 91, best: 100, unit: 'percent' }, { source: 'Metacritic', value: 72, best: 100 }] },
      problems: [],
    });
    expect(fast).to.deep.equal(full);
  });

  it('a review’s rating without the top of its scale: the same rule', async () => {
    const { schema, full, fast } = await judged({ title: 'Ballerina', reviews: [{ outlet: 'Variety', rating: { value: 3 } }] });
    expect(schema).to.deep.equal(['reviews[0].rating: matches no allowed form']);
    expect(full.film.reviews).to.deep.equal([{ id: 'variety', outlet: 'Variety' }]);
    expect(full.problems).to.deep.equal([
      { path: 'reviews[0].rating.best', message: 'missing: give the top of the scale, for example "best": 5', severity: 'error' },
    ]);
    expect(fast).to.equal('declined');
  });
});

/**
 * The part of JSON Schema this schema uses: type, properties, required, items, anyOf, const,
 * enum, pattern, minimum, exclusiveMinimum, maximum, $ref. Enough to check documents against it.
 */
function validate(def: JsonSchema, value: unknown, root: JsonSchema, path = ''): string[] {
  if (def['$ref']) return validate(root['$defs'][(def['$ref'] as string).split('/').pop()!], value, root, path);
  // `anyOf` beside other keywords is one more condition on the same value (a score's `best`, unless it is a percentage).
  const forms = def['anyOf'] as JsonSchema[] | undefined;
  const formless = forms && !forms.some((d) => !validate(d, value, root, path).length) ? [`${path || '(root)'}: matches no allowed form`] : [];
  return [...formless, ...validateHere(def, value, root, path)];
}

/** What `def` asks of `value` beside its `anyOf`. */
function validateHere(def: JsonSchema, value: unknown, root: JsonSchema, path: string): string[] {
  const here = path || '(root)';
  if ('const' in def && value !== def['const']) return [`${here}: expected ${JSON.stringify(def['const'])}`];
  if (def['enum'] && !def['enum'].includes(value)) return [`${here}: not one of ${def['enum'].join(', ')}`];
  const type = def['type'];
  const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value;
  if (type && !(type === actual || (type === 'number' && actual === 'integer'))) return [`${here}: expected ${type}, got ${actual}`];
  const errors: string[] = [];
  if (typeof value === 'number') {
    if (def['minimum'] !== undefined && value < def['minimum']) errors.push(`${here}: below ${def['minimum']}`);
    if (def['maximum'] !== undefined && value > def['maximum']) errors.push(`${here}: above ${def['maximum']}`);
    if (def['exclusiveMinimum'] !== undefined && value <= def['exclusiveMinimum']) errors.push(`${here}: not above ${def['exclusiveMinimum']}`);
  }
  if (typeof value === 'string' && def['pattern'] && !new RegExp(def['pattern'], 'u').test(value)) errors.push(`${here}: does not match ${def['pattern']}`);
  if (Array.isArray(value) && def['items']) value.forEach((item, i) => errors.push(...validate(def['items'], item, root, `${path}[${i}]`)));
  if (actual === 'object') {
    const o = value as Record<string, unknown>;
    for (const key of def['required'] ?? []) if (!(key in o)) errors.push(`${path ? `${path}.` : ''}${key}: required`);
    for (const [key, sub] of Object.entries(def['properties'] ?? {})) {
      if (key in o) errors.push(...validate(sub as JsonSchema, o[key], root, path ? `${path}.${key}` : key));
    }
  }
  return errors;
}
