/**
 * How JSON-LD gives text per language: language-tagged values (`{ "@value", "@language" }`), a
 * plain string in the `@context`'s language, and a name whose language-tagged `alternateName`s
 * give it in other languages. The JSON-LD reader hands these to its readings (`r.jsonLdText`),
 * so that names.ts, which every element loads, does not carry them.
 */
import type { JsonLdText, JsonObject, Reader } from './reader.js';
import { at, isObject, text } from './reader.js';
import { type LangMap, type Localisable, chooseTag } from './localised.js';
import { tagOf } from './names.js';

/** JSON-LD's language-tagged values: one `{ "@value", "@language" }`, or a list in several languages. */
function taggedValues(r: Reader, value: unknown, path: string, what: string): LangMap | undefined {
  const items = Array.isArray(value) ? value : [value];
  if (!items.every((v) => isObject(v) && '@value' in v)) return undefined;
  const map: LangMap = {};
  items.forEach((item, i) => {
    const o = item as JsonObject;
    const p = Array.isArray(value) ? `${path}[${i}]` : path;
    const t = text(r, o['@value'], at(p, '@value'), what);
    const tag = o['@language'] === undefined ? r.options.lang : tagOf(r, o['@language'], at(p, '@language'));
    if (t !== undefined && tag !== undefined && !(tag in map)) map[tag] = t;
  });
  return Object.keys(map).length ? map : undefined;
}

/** Text that may be given per language: the text chosen and, given per language, every language. */
function localText(r: Reader, value: unknown, path: string, what: string): { text: string; map?: LangMap } | undefined {
  const map = taggedValues(r, value, path, what);
  if (map) return { text: map[chooseTag(map)!]!, map };
  const t = text(r, value, path, what);
  if (t === undefined) return undefined;
  return typeof value === 'string' && r.options.lang ? { text: t, map: { [r.options.lang]: t } } : { text: t };
}

/**
 * A plain `name` whose language-tagged `alternateName`s give it in other languages (and one of
 * them, or the `@context`, its own language) is a name per language, as written by
 * jsonld-writer.ts.
 */
export function nameFromAlternates(owner: Localisable, field: string, shown: string, alternates: Array<[string, string | undefined]>): void {
  const given = owner.localised?.[field];
  if (given && Object.keys(given).length > 1) return;
  const own = alternates.find(([t, tag]) => t === shown && tag)?.[1] ?? (given && Object.keys(given)[0]);
  if (!own) return;
  const map: LangMap = { [own]: shown };
  for (const [t, tag] of alternates) if (tag && !(tag in map)) map[tag] = t;
  if (Object.keys(map).length > 1) (owner.localised ??= {})[field] = map;
}

export const jsonLdText: JsonLdText = { localText, fromAlternates: nameFromAlternates };
