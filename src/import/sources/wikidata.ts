/**
 * A film's Wikidata entity, as `Special:EntityData/Q….json` gives it (`{ "entities": { "Q…": … } }`,
 * or the entity alone). Its statements name people, places and languages by id only: their
 * names come from the other entities in the same document (`wbgetentities` with `props=labels`,
 * merged in by `film-elements import --wikidata`) or from `options.labels`. Labels in every
 * language become language maps. The shape is Wikibase's JSON (wikidata.org/wiki/Wikidata:Data_access).
 */
import { ImportRefusal, type Json, importer, isObject, jsonOf } from '../importer.js';
import type { Notes } from '../notes.js';
import { citeAll, countryName, inSchemaOrder } from '../sourcing.js';
import { withoutTags } from '../jsonld.js';
import { canonicalTag } from '../../model/localised.js';
import type { FilmInput, LangMap } from '../../model/types.js';
import { countryCode, languageCode } from '../wikitext/values.js';

/**
 * Codes of the countries and languages films most often name, so that a film read without its
 * labels still has them; any other is coded from its English label, or named by its id.
 */
const COUNTRIES: Record<string, string> = {
  Q30: 'US', Q17: 'JP', Q884: 'KR', Q142: 'FR', Q183: 'DE', Q145: 'GB', Q38: 'IT', Q29: 'ES', Q148: 'CN', Q8646: 'HK', Q865: 'TW',
  Q668: 'IN', Q16: 'CA', Q408: 'AU', Q155: 'BR', Q96: 'MX', Q159: 'RU', Q34: 'SE', Q35: 'DK', Q20: 'NO', Q55: 'NL', Q27: 'IE',
};
const LANGUAGES: Record<string, string> = {
  Q1860: 'en', Q5287: 'ja', Q9176: 'ko', Q150: 'fr', Q188: 'de', Q652: 'it', Q1321: 'es', Q7850: 'zh', Q7737: 'ru', Q5146: 'pt',
  Q9027: 'sv', Q809: 'pl', Q1568: 'hi', Q256: 'tr', Q9168: 'fa', Q13955: 'ar',
};
/** Units of a duration, in minutes. */
const MINUTES: Record<string, number> = { Q7727: 1, Q25235: 60, Q11574: 1 / 60 };

/** Statements that name people, and the credit each becomes. */
const CREDITS: Record<string, string> = { P57: 'directors', P58: 'writers', P162: 'producers', P86: 'music', P344: 'cinematography', P1040: 'editors' };

type Snak = { snaktype?: string; datavalue?: { type?: string; value?: unknown } };
type Statement = { mainsnak?: Snak; rank?: string; qualifiers?: Record<string, Snak[]> };

const idOf = (snak: Snak | undefined): string | undefined => {
  const v = snak?.snaktype === 'value' && snak.datavalue?.type === 'wikibase-entityid' ? snak.datavalue.value : undefined;
  if (!isObject(v)) return undefined;
  const id = typeof v['id'] === 'string' ? v['id'] : typeof v['numeric-id'] === 'number' ? `Q${v['numeric-id']}` : undefined;
  return id && /^[QP]\d+$/.test(id) ? id : undefined;
};
const valueOf = (snak: Snak | undefined, type: string): unknown =>
  (snak?.snaktype === 'value' && snak.datavalue?.type === type ? snak.datavalue.value : undefined);

/** The statements of a property, deprecated ones left out, preferred ones first. */
function statements(entity: Json, property: string): Statement[] {
  const claims = isObject(entity['claims']) ? entity['claims'] : isObject(entity['statements']) ? entity['statements'] : {};
  const all = (Array.isArray(claims[property]) ? claims[property] : []) as Statement[];
  return all.filter((s) => isObject(s) && s.rank !== 'deprecated').sort((a, b) => Number(b.rank === 'preferred') - Number(a.rank === 'preferred'));
}

/** A Wikibase time value as an ISO date, to its precision (day, month or year). */
function dateOf(value: unknown): string | undefined {
  if (!isObject(value) || typeof value['time'] !== 'string') return undefined;
  const m = /^\+(\d{4})-(\d{2})-(\d{2})T/.exec(value['time']);
  const precision = Number(value['precision']);
  if (!m || precision < 9) return undefined;
  return precision >= 11 && m[3] !== '00' ? `${m[1]}-${m[2]}-${m[3]}` : precision >= 10 && m[2] !== '00' ? `${m[1]}-${m[2]}` : m[1];
}

const amountOf = (value: unknown) => (isObject(value) ? Number(value['amount']) : NaN);
const unitOf = (value: unknown) => (isObject(value) && typeof value['unit'] === 'string' ? /Q\d+$/.exec(value['unit'])?.[0] : undefined);

export class Labels {
  constructor(private readonly byId: Map<string, LangMap>) {}

  /** Every entity's labels in a document (`entities`), and those given besides. */
  static from(doc: Json, given: Record<string, LangMap> = {}): Labels {
    const byId = new Map<string, LangMap>(Object.entries(given));
    const entities = isObject(doc['entities']) ? Object.values(doc['entities']) : [doc];
    for (const entity of entities) {
      if (!isObject(entity) || typeof entity['id'] !== 'string' || !isObject(entity['labels'])) continue;
      const map: LangMap = {};
      for (const [lang, label] of Object.entries(entity['labels'])) {
        if (isObject(label) && typeof label['value'] === 'string' && label['value'].trim()) map[lang] = label['value'].trim();
      }
      byId.set(entity['id'], map);
    }
    return new Labels(byId);
  }

  /** The English name (or the one name every language shares, `mul`), for text that is one string. */
  english(id: string): string | undefined {
    const map = this.byId.get(id);
    return map?.['en'] ?? map?.['mul'] ?? (map && Object.values(map)[0]);
  }

  /**
   * The name as a language map: the English one, then each language that writes it otherwise
   * (`{ "en": "Akira Kurosawa", "ja": "黒澤明" }`); one string when every language agrees.
   */
  name(id: string): string | LangMap | undefined {
    const map = this.byId.get(id);
    const base = this.english(id);
    if (!map || base === undefined) return undefined;
    const out: LangMap = { en: base };
    for (const [lang, value] of Object.entries(map)) {
      const tag = lang === 'mul' ? undefined : canonicalTag(lang);
      if (tag && !(tag in out) && value !== base) out[tag] = value;
    }
    return Object.keys(out).length > 1 ? out : base;
  }
}

/** The film entity of a document: the one asked for, else the first with statements. */
function filmEntity(doc: Json): Json | undefined {
  if (isObject(doc['claims']) || isObject(doc['statements'])) return doc;
  const entities = isObject(doc['entities']) ? Object.values(doc['entities']).filter(isObject) : [];
  return entities.find((e) => isObject(e['claims']) && Object.keys(e['claims']).length > 0);
}

export function readWikidata(doc: Json, notes: Notes, given?: Record<string, LangMap>): FilmInput {
  const entity = filmEntity(doc);
  if (!entity) throw new ImportRefusal('this Wikidata document holds no entity with statements: fetch the film\'s Special:EntityData/Q….json', 'wikidataNoEntity');
  const id = String(entity['id'] ?? '');
  const labels = Labels.from(doc, given);
  const title = labels.name(id);
  if (title === undefined) throw new ImportRefusal(`the Wikidata entity ${id} has no label, so the film has no title: add one on Wikidata, or import another source`, 'wikidataNoLabel', { id });
  const film: Json = { title };
  const unnamed = new Set<string>();
  const named = (item: string | undefined) => {
    if (!item) return undefined;
    const name = labels.name(item);
    if (name === undefined) unnamed.add(item);
    return name;
  };
  const entityOf = (item: string | undefined): Json | undefined => {
    const name = named(item);
    return name === undefined ? undefined : { name, url: `https://www.wikidata.org/wiki/${item}` };
  };
  const original = valueOf(statements(entity, 'P1476')[0]?.mainsnak, 'monolingualtext');
  if (isObject(original) && typeof original['text'] === 'string' && canonicalTag(String(original['language']))) {
    film['originalTitle'] = { text: original['text'], lang: canonicalTag(String(original['language'])) };
  }
  const genres = statements(entity, 'P136').map((s) => idOf(s.mainsnak)).map((g) => g && labels.english(g)).filter(Boolean);
  if (genres.length) film['genres'] = genres;
  const credits: Json = {};
  for (const [property, role] of Object.entries(CREDITS)) {
    const people = statements(entity, property).map((s) => entityOf(idOf(s.mainsnak))).filter(Boolean);
    if (people.length) credits[role] = people;
  }
  if (Object.keys(credits).length) film['credits'] = credits;
  const production = statements(entity, 'P272').map((s) => entityOf(idOf(s.mainsnak))).filter(Boolean);
  if (production.length) film['companies'] = { production };
  const releases: Json[] = [];
  for (const s of statements(entity, 'P577')) {
    const date = dateOf(valueOf(s.mainsnak, 'time'));
    const place = idOf(s.qualifiers?.['P291']?.[0]);
    const placeName = place && (labels.english(place) ?? (COUNTRIES[place] ? countryName(COUNTRIES[place]) : (unnamed.add(place), undefined)));
    if (date) releases.push({ date, ...(placeName && { place: placeName }) });
  }
  if (releases.length) {
    film['releases'] = releases.sort((a, b) => String(a['date']).localeCompare(String(b['date'])));
    film['year'] = Number(String(releases[0]!['date']).slice(0, 4));
  }
  const duration = valueOf(statements(entity, 'P2047')[0]?.mainsnak, 'quantity');
  const minutes = amountOf(duration) * (MINUTES[unitOf(duration) ?? ''] ?? NaN);
  if (minutes > 0) film['runtime'] = [{ value: Math.round(minutes) }];
  const codes = (property: string, table: Record<string, string>, byName: (name: string) => string) =>
    statements(entity, property).map((s) => idOf(s.mainsnak)).filter((q): q is string => !!q)
      .map((q) => table[q] ?? (labels.english(q) ? byName(labels.english(q)!) : (unnamed.add(q), undefined))).filter(Boolean);
  const countries = codes('P495', COUNTRIES, countryCode);
  if (countries.length) film['countries'] = countries;
  const languages = codes('P364', LANGUAGES, languageCode);
  if (languages.length) film['languages'] = languages;
  const cast = castOf(entity, entityOf, named);
  if (cast.length) film['cast'] = cast;
  const scores = scoresOf(entity, labels, notes, unnamed);
  if (scores.length) film['scores'] = scores;
  citeAll(film as unknown as FilmInput, 'wikidata');
  const english = labels.english(id)!;
  film['sources'] = [{ id: 'wikidata', title: `${english} – Wikidata`, kind: 'database', publisher: 'Wikidata', url: `https://www.wikidata.org/wiki/${id}` }];
  if (unnamed.size) {
    const ids = [...unnamed];
    notes.add(1, ids.slice(0, 8).join(', ') + (ids.length > 8 ? ', …' : ''),
      `${ids.length} ${ids.length === 1 ? 'entity is' : 'entities are'} named only by Wikidata id, without a label, and ${ids.length === 1 ? 'was' : 'were'} left out: import the film by its id (Q…) so that their names are fetched too`,
      { todo: `use --wikidata ${id}`, reason: 'unlabelled' });
  }
  return inSchemaOrder(film as unknown as FilmInput);
}

/** Cast members in the order Wikidata lists them (or by their series ordinal), with the roles its qualifiers name. */
function castOf(entity: Json, entityOf: (id: string | undefined) => Json | undefined, named: (id: string | undefined) => unknown): Json[] {
  const ordinal = (s: Statement) => Number(valueOf(s.qualifiers?.['P1545']?.[0], 'string') ?? Infinity);
  return statements(entity, 'P161').map((s, i) => ({ s, i })).sort((a, b) => ordinal(a.s) - ordinal(b.s) || a.i - b.i).flatMap(({ s }) => {
    const actor = entityOf(idOf(s.mainsnak));
    if (!actor) return [];
    const role = named(idOf(s.qualifiers?.['P453']?.[0])) ?? valueOf(s.qualifiers?.['P4633']?.[0], 'string');
    return [{ actor, ...(role !== undefined && role !== '' && { character: role }) }];
  });
}

/** Review scores (P444) by who gave them (P447), the latest of each kind (P459) by its date (P585). */
function scoresOf(entity: Json, labels: Labels, notes: Notes, unnamed: Set<string>): Json[] {
  const latest = new Map<string, { date: string; score: Json }>();
  for (const s of statements(entity, 'P444')) {
    const written = valueOf(s.mainsnak, 'string');
    const by = idOf(s.qualifiers?.['P447']?.[0]);
    if (typeof written !== 'string') continue;
    const source = by && labels.english(by);
    if (!source) {
      if (by) unnamed.add(by);
      else notes.add(1, written, 'a review score that does not say who gave it', { section: 'scores', reason: 'scoreWhose' });
      continue;
    }
    const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(written.trim());
    const out = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(written.trim());
    if (!percent && !out) {
      notes.add(1, `${source}: ${written}`, 'a review score that is not a number (a letter grade): a film\'s scores are numbers', { section: 'scores', reason: 'letterGrade' });
      continue;
    }
    const method = idOf(s.qualifiers?.['P459']?.[0]);
    const name = method ? labels.english(method) : undefined;
    const count = amountOf(valueOf(s.qualifiers?.['P7887']?.[0], 'quantity'));
    const score: Json = { source, ...(name && { name }), value: Number((percent ?? out)![1]), best: percent ? 100 : Number(out![2]),
      ...(percent && { unit: 'percent' }), ...(count > 0 && { count }), sources: ['wikidata'] };
    const date = dateOf(valueOf(s.qualifiers?.['P585']?.[0], 'time')) ?? '';
    const key = `${source}\n${name ?? ''}`;
    if (!latest.has(key) || date > latest.get(key)!.date) latest.set(key, { date, score });
  }
  return [...latest.values()].map((l) => l.score);
}

export const wikidata = importer({
  kind: 'wikidata',
  label: 'a Wikidata entity',
  reads: 'a film\'s entity (Special:EntityData/Q….json), with the labels of the people, places and languages it names',
  detect: ({ json }) => isObject(json) && filmEntity(json) !== undefined && (isObject(json['entities']) || json['type'] === 'item'),
  read(text, notes, options) {
    const json = jsonOf(text);
    if (!isObject(json)) throw new ImportRefusal('this is not a Wikidata entity: fetch the film\'s Special:EntityData/Q….json', 'notWikidata');
    if (withoutTags(json)) notes.add(1, 'HTML in Wikidata\'s text', 'HTML tags inside its text were removed: a film\'s text is plain text', { reason: 'htmlRemoved' });
    return readWikidata(json, notes, options.labels);
  },
});
