/**
 * Text given per language: `{ "en": "Lee Chung-hyun", "ko": "이충현" }` wherever a reader sees
 * text. The normalised film keeps one string in each such field, as for plain text, so that
 * templates read it as before, and keeps every language's value beside it in `localised`, so
 * nothing is lost and `localise(film, lang)` can choose again for the reader's language.
 *
 * The fallback rule, for a reader's language `lang`:
 *   1. the value whose tag is `lang` (`ko-KR`), then one of its primary language (`ko`);
 *   2. for the original title only, the film's original language (its `originalTitle.lang`,
 *      else its first `languages` entry);
 *   3. English;
 *   4. the first value given.
 * Read without a reader's language (the command line, JSON-LD for search engines), the rule
 * starts at step 2.
 */

/** One text in several languages: BCP 47 tag → text, in the order the author gave them. */
export type LangMap = Record<string, string>;

/** Fields whose text was given per language: `name`, `character`, or `pros[2]` for a list's entry. */
export interface Localisable {
  localised?: Record<string, LangMap>;
}

// A language subtag of two or three letters (or private use, `x-…`), then subtags of up to
// eight letters or digits: what BCP 47 allows, without the registry behind it.
const TAG = /^(?:[a-z]{2,3}|x)(?:-[a-z\d]{1,8})*$/i;

/** The canonical form of a language tag (`ko_kr` → `ko-KR`), or `undefined` when it is none. */
export function canonicalTag(key: string): string | undefined {
  const dashed = key.trim().replace(/_/g, '-');
  if (!TAG.test(dashed)) return undefined;
  try {
    return Intl.getCanonicalLocales(dashed)[0];
  } catch {
    return undefined;
  }
}

const primary = (tag: string) => tag.slice(0, (tag.indexOf('-') + 1 || tag.length + 1) - 1).toLowerCase();

/** The tag of the value the fallback rule (above) chooses from `map`. */
export function chooseTag(map: LangMap, lang?: string, original?: string): string | undefined {
  const tags = Object.keys(map);
  const find = (want: string | undefined) => {
    if (!want) return undefined;
    const lower = want.toLowerCase();
    return tags.find((t) => t.toLowerCase() === lower) ?? tags.find((t) => primary(t) === primary(lower));
  };
  return find(lang) ?? find(original) ?? find('en') ?? tags[0];
}

/** The film's original language, for step 2 of the rule. */
export function originalLanguage(film: { originalTitle?: { lang?: string }; languages?: string[] }): string | undefined {
  return film.originalTitle?.lang ?? film.languages?.map(canonicalTag).find(Boolean);
}

/**
 * The language of the text `owner[field]` shows, when it differs from the reader's `locale`:
 * for a `lang` attribute, so that a Korean name inside an English page is read and drawn as
 * Korean. For plain text, whose language the data does not say, `otherwise` (a review's `lang`).
 */
export function langOfText(owner: Localisable | undefined, field: string, locale: string, otherwise?: string): string | undefined {
  const map = owner?.localised?.[field];
  if (!map) return otherwise;
  const value = listed(owner as Record<string, unknown>, field);
  const tag = Object.keys(map).find((t) => map[t] === value);
  return tag && primary(tag) !== primary(locale) ? tag : undefined;
}

const LIST_ENTRY = /^(\w+)\[(\d+)\]$/;

/** `owner.name`, or `owner.pros[2]` for the key `pros[2]`. */
function listed(owner: Record<string, unknown>, field: string): unknown {
  const entry = LIST_ENTRY.exec(field);
  if (!entry) return owner[field];
  const items = owner[entry[1]!];
  return Array.isArray(items) ? items[Number(entry[2])] : undefined;
}

/** A copy of `owner` with each localised field chosen for `lang`; `owner` itself when none changes. */
function chosen<T extends Localisable>(owner: T, lang: string | undefined, original: string | undefined): T {
  const fields = owner.localised!;
  let copy: Record<string, unknown> | undefined;
  const set = (key: string, value: unknown) => {
    const into = (copy ??= { ...(owner as Record<string, unknown>) });
    into[key] = value;
  };
  for (const field in fields) {
    const map = fields[field]!;
    // One language only says what language the text is in: there is nothing to choose.
    if (Object.keys(map).length < 2) continue;
    const tag = chooseTag(map, lang, field === 'text' && 'lang' in owner ? original : undefined);
    if (tag === undefined) continue;
    const value = map[tag]!;
    const entry = LIST_ENTRY.exec(field);
    const current = copy ?? (owner as Record<string, unknown>);
    if (entry) {
      const items = current[entry[1]!];
      if (!Array.isArray(items) || items[Number(entry[2])] === value) continue;
      const next = [...items];
      next[Number(entry[2])] = value;
      set(entry[1]!, next);
    } else if (current[field] !== value) {
      // A person's other spellings follow the name: the one shown leaves `altNames`, the one
      // it replaces joins them, each keeping its language.
      if (field === 'name' && Array.isArray(current['altNames'])) swapAltName(current, value, String(current[field]), set);
      set(field, value);
      // A title says its own language.
      if (field === 'text' && 'lang' in owner) set('lang', tag);
    }
  }
  return (copy as T | undefined) ?? owner;
}

function swapAltName(owner: Record<string, unknown>, shown: string, replaced: string, set: (key: string, value: unknown) => void): void {
  const names = owner['altNames'] as string[];
  const at = names.indexOf(shown);
  if (at < 0) return;
  const next = [...names];
  next[at] = replaced;
  set('altNames', next);
  const fields = (owner as Localisable).localised!;
  const name = fields['name']!;
  const replacedTag = Object.keys(name).find((t) => name[t] === replaced);
  if (replacedTag) set('localised', { ...fields, [`altNames[${at}]`]: { [replacedTag]: replaced } });
}

/** Walks the film, copying only what changes, so unchanged sections keep their identity. */
function walk(value: unknown, lang: string | undefined, original: string | undefined, depth: number): unknown {
  if (typeof value !== 'object' || value === null || depth > 64) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const next = walk(item, lang, original, depth + 1);
      if (next !== item) (copy ??= [...value])[i] = next;
    }
    return copy ?? value;
  }
  const owner = value as Record<string, unknown> & Localisable;
  let copy: Record<string, unknown> | undefined;
  for (const key in owner) {
    if (key === 'localised') continue;
    const item = owner[key];
    if (typeof item !== 'object' || item === null) continue;
    const next = walk(item, lang, original, depth + 1);
    if (next !== item) (copy ??= { ...owner })[key] = next;
  }
  const walked = (copy ?? owner) as Localisable;
  return walked.localised ? chosen(walked, lang, original) : walked;
}

const localisedFilms = new WeakMap<object, Map<string, unknown>>();

/**
 * The film (or a review) with every field given per language chosen for `lang` by the rule
 * above; the same object when nothing was given per language. Remembered per film and language,
 * so elements that share a film and a language share one copy.
 */
export function localise<T extends object>(film: T, lang: string): T {
  let byLang = localisedFilms.get(film);
  const known = byLang?.get(lang);
  if (known) return known as T;
  const found = walk(film, lang, originalLanguage(film as { languages?: string[] }), 0) as T;
  if (!byLang) localisedFilms.set(film, (byLang = new Map()));
  byLang.set(lang, found);
  return found;
}
