/** Other films of the same title: a section of its own, for the note that tells them apart. */
import type { OtherFilm } from '../types.js';
import { type Reader, at, isObject, list, num, put, sourced, url } from '../reader.js';
import { isLangMap, localText, putText } from '../names.js';
import { unknownKeys } from '../known-keys.js';
import { keep, required } from '../film-json.js';

function otherFilm(r: Reader, value: unknown, path: string): OtherFilm | undefined {
  const found: OtherFilm = { title: '' };
  if (!isObject(value) || isLangMap(r, value, 'otherFilm')) return putText(r, found, 'title', value, path, 'a title') === undefined ? undefined : found;
  unknownKeys(r, value, 'otherFilm', path);
  const t = required(r, value, 'title', path, (v, p) => localText(r, v, p, 'a title'), 'a title');
  if (t === undefined) return undefined;
  keep(found, 'title', t);
  put(found, 'year', num(r, value['year'], at(path, 'year'), { integer: true, min: 1800 }));
  putText(r, found, 'description', value['description'], at(path, 'description'));
  put(found, 'url', url(r, value['url'], at(path, 'url')));
  return sourced(r, value, path, found);
}

export const otherFilms = (r: Reader, value: unknown, path: string): OtherFilm[] | undefined =>
  list(r, value, path, (v, p) => otherFilm(r, v, p));
