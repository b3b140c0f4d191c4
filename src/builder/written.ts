// The film JSON as the author wrote it, and how the form reads and writes a value at a JSON path
// in it, in the shape an author would write (a person with only a name is a string, "Gray").
import type { JsonObject } from '../model/reader.js';
import { isObject } from '../model/reader.js';
import { isLangMap } from './languages.js';

export { isObject };
/** Film JSON as written: loose, read by the model (`parseFilm`), never trusted to be a `Film`. */
export type WrittenFilm = JsonObject;
/** A key or an index on the way down a document: `['credits', 'directors', 0, 'name']`. */
export type Path = (string | number)[];

/** `credits.directors[0].name`, as the model writes problem paths. */
export const pathText = (path: Path): string =>
  path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
/** The id of a field's control: `f-credits-directors-0-name`. */
export const fieldId = (path: Path, part = ''): string => `f-${pathText(path).replace(/[^\w]+/g, '-').replace(/-$/, '')}${part}`;
/** A person's own keys: an object with none of them and a language tag for a key is the name per language. */
export const PERSON_KEYS = ['name', 'altNames', 'url', 'knownFor', 'sources'];

export const empty = (v: unknown): boolean =>
  v === undefined || v === '' || (Array.isArray(v) && !v.length) || (isObject(v) && !Object.keys(v).length);

export function get(doc: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node === undefined || node === null ? undefined : (node as Record<string | number, unknown>)[key]), doc);
}

type Holder = Record<string | number, unknown>;

/** Puts `value` at `path` (removes it when empty), making the objects and lists on the way. */
export function put(doc: WrittenFilm, path: Path, value: unknown): void {
  let node: Holder = doc;
  for (let i = 0; i < path.length - 1; i++) {
    const [key, next] = [path[i]!, path[i + 1]];
    let child = node[key];
    if (typeof next === 'number' && !Array.isArray(child)) child = child === undefined ? [] : [child];
    else if (typeof next === 'string' && !isObject(child)) child = {};
    node = node[key] = child as Holder;
  }
  const last = path.at(-1)!;
  if (!empty(value)) node[last] = value;
  else if (Array.isArray(node)) node[last] = {};
  else delete node[last];
  // A section left with nothing in it goes too, so the JSON stays as short as what was said.
  for (let i = path.length - 1; i > 0; i--) {
    const parent = get(doc, path.slice(0, i));
    if (!empty(parent) || typeof path[i - 1] === 'number') break;
    const holder = get(doc, path.slice(0, i - 1)) as Holder;
    if (Array.isArray(holder)) break;
    delete holder[path[i - 1]!];
  }
}

/** Sets `key` of the object at `path`; a row written as one value (`main`) becomes an object first, and back. */
export function assign(doc: WrittenFilm, path: Path, key: string, value: unknown, main?: string): void {
  if (!path.length) return void (empty(value) ? delete doc[key] : (doc[key] = value));
  const current = get(doc, path);
  const object: JsonObject = isObject(current) && !(main && isLangMap(current, PERSON_KEYS)) ? { ...current }
    : current === undefined || current === '' ? {} : main ? { [main]: current } : {};
  if (empty(value)) delete object[key];
  else object[key] = value;
  const keys = Object.keys(object);
  put(doc, path, main && keys.length === 1 && keys[0] === main ? object[main] : object);
}
