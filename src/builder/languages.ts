// Text per language in the form: a title, a name, a character, a place, a note, a quote can be
// given as one text ("Ballerina") or as the text in each language ({ "en": "Ballerina",
// "ko": "발레리나" }), as film JSON allows. local-text.ts draws such a field.
//
// The language is a text field with suggestions, not a select: a select cannot hold every BCP 47
// tag an author or an importer needs (`ko-Latn`, `zh-Hant`, `pt-BR`), and a text field lets an
// author type "ko" as well as pick Korean from the list. The tag is checked by the model, as
// `film-elements validate` checks it, and a bad one is named next to its row.

/** Suggested tags: the elements' eight interface languages, each named in its own words. */
export const suggestedLanguages: [tag: string, name: string][] = [
  ['en', 'English'], ['ko', '한국어 (Korean)'], ['ja', '日本語 (Japanese)'], ['zh', '中文 (Chinese, simplified)'],
  ['es', 'Español (Spanish)'], ['fr', 'Français (French)'], ['de', 'Deutsch (German)'], ['ar', 'العربية (Arabic)'],
];

// The shape of a language tag, as src/model/localised.ts reads it: what tells a map from a person.
const TAG = /^(?:[a-z]{2,3}|x)(?:[-_][a-z\d]{1,8})*$/i;

/**
 * Whether a value is text per language rather than a row object: an object none of whose keys is
 * one of the row's own (`name`, `altNames`…) and one of which looks like a language tag.
 */
export function isLangMap(value: unknown, rowKeys: readonly string[] = []): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && !keys.some((k) => rowKeys.includes(k)) && keys.some((k) => TAG.test(k));
}

/** The tag in canonical form (`ko_kr` → `ko-KR`), or undefined: only a real tag becomes a `lang` attribute. */
export function tagOrNothing(written: string): string | undefined {
  const dashed = written.trim().replace(/_/g, '-');
  if (!TAG.test(dashed)) return undefined;
  try {
    return Intl.getCanonicalLocales(dashed)[0];
  } catch {
    return undefined;
  }
}

/** One row of text per language, as typed: its language and its text. */
export type LangRow = [tag: string, text: string];

/** The rows of a value: `[[tag, text], …]` for a map, `null` for one text. */
export const rowsOf = (value: unknown): LangRow[] | null =>
  (isLangMap(value) ? Object.entries(value).map(([tag, text]): LangRow => [tag, typeof text === 'string' ? text : '']) : null);

/** What the rows write: the map of the rows that have text, each tag once. A row without text writes nothing yet. */
export function mapOf(rows: LangRow[]): { map: Record<string, string> | undefined; twice: Set<number> } {
  const map: Record<string, string> = {};
  const twice = new Set<number>();
  rows.forEach(([tag, text], i) => {
    const key = tag.trim();
    if (!text.trim()) return;
    if (key in map) twice.add(i);
    else map[key] = text;
  });
  return { map: Object.keys(map).length ? map : undefined, twice };
}
