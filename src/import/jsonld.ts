/**
 * schema.org JSON-LD, bare or from a saved page, as film JSON. The model's JSON-LD reader does
 * the reading (`parseFilm`); this reports what it left out (its problems, and the properties
 * of the Movie it has no use for) and writes the film back in our format.
 */
import { firstMovie } from '../model/jsonld-shape.js';
import { parseFilm } from '../model/parse-film.js';
import { whyNotAFilm } from '../model/read-film.js';
import type { FilmInput } from '../model/types.js';
import { filmJson } from './film-writer.js';
import { ImportRefusal } from './importer.js';
import type { Notes } from './notes.js';
import { countryCode, languageCode } from './wikitext/values.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The line of the first `"key":` in the text, from `from` on; 1 when it is not there. */
function lineOf(text: string, key: string | undefined, from: number): number {
  const at = key ? text.indexOf(`"${key}"`, from) : -1;
  const offset = at === -1 ? from : at;
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Whether the reader makes anything of `key` on a Movie: a film with more than its title, or a problem. */
function readerUses(key: string, value: unknown): boolean {
  const { film, problems } = parseFilm({ '@context': 'https://schema.org', '@type': 'Movie', name: 'x', [key]: value });
  return problems.length > 0 || Object.keys(film).some((k) => k !== 'title');
}

// A tag as written or as the reader will decode it (`&lt;p&gt;`, `&#x3C;p&#x3E;`).
const LT = '(?:<|&lt;|&#0*60;|&#x0*3c;)';
const GT = '(?:>|&gt;|&#0*62;|&#x0*3e;)';
const TAG = new RegExp(`${LT}!--[\\s\\S]*?(?:--${GT}|$)|${LT}\\/?[a-z][^<>]{0,500}?${GT}`, 'gi');

/**
 * Takes HTML tags out of every string of a document, in place (plugins put `<p>` and `<b>` in a
 * review's body; an element shows film JSON's text as text, tags and all). Whether any were.
 */
export function withoutTags(value: unknown): boolean {
  let found = false;
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (!v.includes('<') && !v.includes('&')) return v;
      const plain = v.replace(TAG, ' ').replace(/[ \t]{2,}/g, ' ').trim();
      if (plain !== v.trim()) found = true;
      return plain;
    }
    if (Array.isArray(v)) v.forEach((item, i) => (v[i] = visit(item)));
    else if (isObject(v)) for (const key of Object.keys(v)) v[key] = visit(v[key]);
    return v;
  };
  visit(value);
  return found;
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const KANA = /[\u3040-\u30ff]/;
const HAN = /^[\u3400-\u4dbf\u4e00-\u9fff\u3005\s・·]+$/;
const LATIN = /^[\p{Script=Latin}\s.'’-]+$/u;

/**
 * "Bong Joon-ho (봉준호)", "是枝裕和 (Hirokazu Kore-eda)": a name written in Latin letters and in
 * its own script, as one language map (`{ "en": "Bong Joon-ho", "ko": "봉준호" }`). Hangul is
 * Korean and kana Japanese; Chinese characters alone are the film's language when that is
 * Japanese or Chinese, and otherwise left as written.
 */
function nameByScript(name: string, languages: string[]): Record<string, string> | undefined {
  const m = /^(.+?)\s*[(（]([^()（）]+)[)）]$/.exec(name.trim());
  if (!m) return undefined;
  const [first, second] = [m[1]!.trim(), m[2]!.trim()];
  const [latin, own] = LATIN.test(first) ? [first, second] : LATIN.test(second) ? [second, first] : [];
  if (!latin || !own || LATIN.test(own)) return undefined;
  const tag = HANGUL.test(own) ? 'ko' : KANA.test(own) ? 'ja'
    : HAN.test(own) ? languages.find((l) => /^(?:ja|zh|cmn|yue)$/.test(l)) : undefined;
  return tag ? { en: latin, [tag]: own } : undefined;
}

/** Every person's and company's name that is written in two scripts, split into a language map. */
function namesByScript(film: Json): void {
  const languages = ((film['languages'] as unknown[] | undefined) ?? []).filter((l): l is string => typeof l === 'string');
  const split = (entity: unknown) => {
    if (!isObject(entity) || typeof entity['name'] !== 'string') return;
    const map = nameByScript(entity['name'], languages);
    if (map) entity['name'] = map;
  };
  for (const group of ['credits', 'companies']) {
    const roles = film[group];
    if (isObject(roles)) for (const people of Object.values(roles)) if (Array.isArray(people)) people.forEach(split);
  }
  for (const member of (film['cast'] as unknown[] | undefined) ?? []) if (isObject(member)) split(member['actor']);
}

export interface JsonLdImport {
  film: FilmInput;
}

/**
 * The film of a JSON-LD document, or why there is none. `text` and `from` place the notes:
 * the whole text the document came from, and where the document starts in it.
 */
export function importJsonLd(given: unknown, notes: Notes, where: { text: string; from: number; baseUrl?: string; site?: string }): JsonLdImport | ImportRefusal {
  const data = structuredClone(given);
  if (withoutTags(data)) notes.add(lineOf(where.text, undefined, where.from), 'HTML in the JSON-LD', 'HTML tags inside its text were removed: a film\'s text is plain text', { reason: 'htmlRemoved' });
  const result = parseFilm(data, where.baseUrl === undefined ? {} : { baseUrl: where.baseUrl });
  const notAFilm = whyNotAFilm(result);
  if (notAFilm !== undefined) {
    const detail = result.problems.find((p) => p.severity === 'error')?.message ?? notAFilm;
    return new ImportRefusal(detail, 'jsonLdNotAFilm', { detail });
  }
  for (const problem of result.problems) {
    const key = /([A-Za-z@]+)(?:\[\d+\])*$/.exec(problem.path)?.[1];
    notes.add(lineOf(where.text, key, where.from), problem.path || '(document)', problem.message);
  }
  // The properties of the Movie the reader has no use for, named once, in one line at the first of them.
  const unread = Object.entries(firstMovie(data) ?? {})
    .filter(([key, value]) => key !== '@context' && key !== '@type' && key !== 'name' && value !== null && value !== '' && !readerUses(key, value))
    .map(([key]) => key);
  if (unread.length) {
    notes.add(lineOf(where.text, unread[0], where.from), unread.map((key) => `"${key}"`).join(', '),
      unread.length === 1 ? 'a schema.org property the JSON-LD reader does not read' : 'schema.org properties the JSON-LD reader does not read', { reason: 'schemaUnread' });
  }
  const film = filmJson(result.film) as Json & FilmInput;
  const title = film['title'];
  if (typeof title === 'string' ? !title.trim() : !title || !Object.values(title as Json).some((t) => typeof t === 'string' && t.trim())) {
    return new ImportRefusal('the Movie in this JSON-LD has an empty "name", so the film has no title: give it a name, or import another page', 'jsonLdNoName');
  }
  // Names as pages write them ("South Korea", "English"), as the codes film JSON prefers.
  if (Array.isArray(film['countries'])) film['countries'] = (film['countries'] as string[]).map(countryCode);
  if (Array.isArray(film['languages'])) film['languages'] = (film['languages'] as string[]).map(languageCode);
  namesByScript(film);
  for (const review of (film['reviews'] as Json[] | undefined) ?? []) {
    if (typeof review['lang'] === 'string') review['lang'] = languageCode(review['lang']);
  }
  // An aggregate rating that does not name its aggregator is the page's own: Letterboxd's.
  const scores = (film['scores'] as Json[] | undefined)?.filter((score) => {
    if (score['source']) return true;
    if (where.site) return (score['source'] = where.site), true;
    notes.add(lineOf(where.text, 'aggregateRating', where.from), `aggregateRating ${score['value']}/${score['best']}`, 'an aggregate rating that does not say whose it is', { section: 'scores', todo: 'add it by hand with its "source"', reason: 'scoreWhose' });
    return false;
  });
  if (scores) {
    if (scores.length) film['scores'] = scores as unknown as FilmInput['scores'];
    else delete film['scores'];
  }
  return { film };
}
