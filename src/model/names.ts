/**
 * Text a reader sees, which an author may give per language (`{ "en": "Lee Chung-hyun",
 * "ko": "이충현" }`, or JSON-LD's language-tagged values), and the names of people and
 * companies, the text most often given so. What is chosen, and how, is in localised.ts.
 */
import type { Entity } from './types.js';
import { type JsonObject, type Reader, at, describe, isObject, list, put, sourced, text, url } from './reader.js';
import { type LangMap, type Localisable, canonicalTag, chooseTag } from './localised.js';
import { type Section, knownKeys } from './known-keys.js';

/** A language tag as an author wrote it (`ko`, `ko_KR`), in canonical form, or a problem. */
export function tagOf(r: Reader, value: unknown, path: string): string | undefined {
  const written = text(r, value, path, 'a language tag');
  if (written === undefined) return undefined;
  const tag = canonicalTag(written);
  if (tag === undefined) r.error(path, `expected a language tag like "en", "ko" or "pt-BR", got ${describe(written)}`);
  else if (tag !== written) r.note(path, `read the language tag ${describe(written)} as "${tag}"`);
  return tag;
}

/**
 * Whether an object where a `section` object (a person, a title) may stand is text given per
 * language instead: none of its keys is one of the section's, and one looks like a language tag.
 */
export function isLangMap(r: Reader, o: JsonObject, section: Section): boolean {
  if (r.jsonLd) return '@value' in o || '@language' in o;
  const known = knownKeys[section];
  let tags = 0;
  for (const key in o) {
    if (known.includes(key)) return false;
    if (canonicalTag(key) !== undefined) tags++;
  }
  return tags > 0;
}

/** `{ "en": …, "ko": … }`: each key a language tag, each value text; a key that is no tag is left out. */
function langMap(r: Reader, o: JsonObject, path: string, what: string): LangMap | undefined {
  const map: LangMap = {};
  for (const key in o) {
    const p = at(path, key);
    const tag = canonicalTag(key);
    if (tag === undefined) {
      r.error(p, `${describe(key)} is not a language tag like "en", "ko" or "pt-BR", so this value was left out`);
      continue;
    }
    const t = text(r, o[key], p, what);
    if (t === undefined) continue;
    if (tag in map) r.warn(p, `a second value for the language "${tag}"; kept the first`);
    else map[tag] = t;
    if (tag !== key) r.note(p, `read the language tag ${describe(key)} as "${tag}"`);
  }
  return Object.keys(map).length ? map : undefined;
}

/**
 * Text a reader sees, which may be given per language: a string, or a map of language tags to
 * text (JSON-LD: language-tagged values, or a plain string in the `@context`'s language, which
 * jsonld-text.ts reads). The
 * text chosen without a reader's language (see localised.ts) and, given per language, the map.
 */
export function localText(r: Reader, value: unknown, path: string, what = 'text'): { text: string; map?: LangMap } | undefined {
  let map: LangMap | undefined;
  if (r.jsonLd) return r.jsonLdText!.localText(r, value, path, what);
  if (isObject(value)) {
    map = langMap(r, value, path, what);
    if (!map && !Object.keys(value).length) r.error(path, `expected ${what}, or ${what} per language like { "en": …, "ko": … }, got an empty object`);
  }
  if (!map) {
    if (isObject(value)) return undefined;
    const t = text(r, value, path, what);
    return t === undefined ? undefined : { text: t };
  }
  return { text: map[chooseTag(map)!]!, map };
}

/** Puts text that may be given per language on `target[key]`, keeping every language in `localised`. */
export function putText<T extends Localisable>(r: Reader, target: T, key: keyof T & string, value: unknown, path: string, what?: string): string | undefined {
  const read = localText(r, value, path, what);
  if (!read) return undefined;
  (target as Record<string, unknown>)[key] = read.text;
  if (read.map) (target.localised ??= {})[key] = read.map;
  return read.text;
}

/** A list of texts, each of which may be given per language (`pros`, `knownFor`). */
export function putTexts<T extends Localisable>(r: Reader, target: T, key: keyof T & string, value: unknown, path: string): void {
  const read = list(r, value, path, (v, p) => localText(r, v, p));
  if (!read) return;
  (target as Record<string, unknown>)[key] = read.map((t) => t.text);
  read.forEach((t, i) => t.map && ((target.localised ??= {})[`${key}[${i}]`] = t.map));
}

// ---- people and companies ------------------------------------------------------------------

/** A person or organisation: a name as text or per language, or an object with `name`. */
export function entity(r: Reader, value: unknown, path: string): Entity | undefined {
  const given = isObject(value) && !isLangMap(r, value, 'entity') ? value : undefined;
  const found: Entity = { name: '' };
  const name = putText(r, found, 'name', given ? given['name'] : value, given ? at(path, 'name') : path, 'a name');
  if (name === undefined) {
    if (given && given['name'] === undefined) r.error(at(path, 'name'), 'expected a name, got nothing');
    return undefined;
  }
  const o = given ?? {};
  const alt = r.jsonLd ? 'alternateName' : 'altNames';
  altNames(r, found, o[alt], at(path, alt));
  if (r.jsonLd) {
    put(found, 'url', url(r, o['url'], at(path, 'url')) ?? list(r, o['sameAs'], at(path, 'sameAs'), (v, p) => url(r, v, p))?.[0]);
    return found;
  }
  put(found, 'url', url(r, o['url'], at(path, 'url')));
  putTexts(r, found, 'knownFor', o['knownFor'], at(path, 'knownFor'));
  return given ? sourced(r, o, path, found) : found;
}

/**
 * A person's other spellings: the name's other languages first, then those given, each once.
 * One given per language (`{ "ko": "이충현" }`, or `{ "text", "lang" }`) keeps its language.
 */
function altNames(r: Reader, found: Entity, value: unknown, path: string): void {
  const names: Array<[string, string | undefined]> = [];
  const name = found.localised?.['name'];
  for (const tag in name) if (name[tag] !== found.name) names.push([name[tag]!, tag]);
  list(r, value, path, (item, p) => {
    if (isObject(item) && 'text' in item && !r.jsonLd) {
      const lang = item['lang'] === undefined ? undefined : tagOf(r, item['lang'], at(p, 'lang'));
      const t = text(r, item['text'], at(p, 'text'), 'a name');
      if (t !== undefined) names.push([t, lang]);
      return t;
    }
    const read = localText(r, item, p, 'a name');
    if (read?.map) for (const tag in read.map) names.push([read.map[tag]!, tag]);
    else if (read) names.push([read.text, undefined]);
    return read;
  });
  if (r.jsonLd) r.jsonLdText!.fromAlternates(found, 'name', found.name, names);
  const seen = new Set([found.name]);
  const kept = names.filter(([t]) => !seen.has(t) && seen.add(t));
  if (!kept.length) return;
  found.altNames = kept.map(([t]) => t);
  kept.forEach(([t, tag], i) => tag && ((found.localised ??= {})[`altNames[${i}]`] = { [tag]: t }));
}

export const entities = (r: Reader, value: unknown, path: string) => list(r, value, path, (v, p) => entity(r, v, p));
