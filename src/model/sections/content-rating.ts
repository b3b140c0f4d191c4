/** The content rating and its advisories: a section of its own. */
import type { Advisory, ContentRating } from '../types.js';
import { type Reader, at, isObject, list, object, put, sourced, text } from '../reader.js';
import { putTexts } from '../names.js';
import { unknownKeys } from '../known-keys.js';
import { checked, required } from '../film-json.js';

/** Advisories as a list of `{ category, items }`, or as an object keyed by category. */
function advisories(r: Reader, value: unknown, path: string): Advisory[] | undefined {
  if (isObject(value)) {
    const found: Advisory[] = [];
    for (const [category, items] of Object.entries(value)) {
      const advisory: Advisory = { category, items: [] };
      putTexts(r, advisory, 'items', items, at(path, category));
      if (advisory.items.length) found.push(advisory);
    }
    return found.length ? found : undefined;
  }
  return list(r, value, path, (item, p) => {
    const o = object(r, checked(r, item, 'advisory', p), p);
    const category = o && required(r, o, 'category', p, (v, q) => text(r, v, q), 'a category');
    if (!o || category === undefined) return undefined;
    const advisory: Advisory = { category, items: [] };
    if (o['items'] === undefined) r.error(at(p, 'items'), 'expected a list of items, got nothing');
    putTexts(r, advisory, 'items', o['items'], at(p, 'items'));
    return advisory.items.length ? advisory : undefined;
  });
}

export function contentRating(r: Reader, value: unknown, path: string): ContentRating | undefined {
  if (!isObject(value)) {
    const t = text(r, value, path, 'a rating like "TV-MA"');
    return t === undefined ? undefined : { rating: t };
  }
  unknownKeys(r, value, 'contentRating', path);
  const t = required(r, value, 'rating', path, (v, p) => text(r, v, p, 'a rating like "TV-MA"'), 'a rating like "TV-MA"');
  if (t === undefined) return undefined;
  const found: ContentRating = { rating: t };
  put(found, 'system', text(r, value['system'], at(path, 'system')));
  put(found, 'advisories', advisories(r, value['advisories'], at(path, 'advisories')));
  return sourced(r, value, path, found);
}
