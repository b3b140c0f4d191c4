/** The plot: a section of its own. */
import type { Plot } from '../types.js';
import { type Reader, at, bool, isObject, put, sourced } from '../reader.js';
import { isLangMap, putText } from '../names.js';
import { unknownKeys } from '../known-keys.js';

export function plot(r: Reader, value: unknown, path: string): Plot | undefined {
  const found: Plot = {};
  if (!isObject(value) || isLangMap(r, value, 'plot')) return putText(r, found, 'text', value, path) === undefined ? undefined : found;
  unknownKeys(r, value, 'plot', path);
  putText(r, found, 'logline', value['logline'], at(path, 'logline'));
  putText(r, found, 'text', value['text'], at(path, 'text'));
  put(found, 'spoilers', bool(r, value['spoilers'], at(path, 'spoilers')));
  sourced(r, value, path, found);
  return Object.keys(found).length ? found : undefined;
}
