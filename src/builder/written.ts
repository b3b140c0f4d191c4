// The film JSON as the author wrote it, and how the form reads and writes a value at a JSON path
// in it, in the shape an author would write (a person with only a name is a string, "Gray"; a
// poster with only its address is that address; a cast member, the actor's name).
import type { JsonObject } from '../model/reader.js';
import { isObject } from '../model/reader.js';
import { knownKeys } from '../model/known-keys.js';
import { isLangMap } from './languages.js';
import { type Field, type Path, sections } from './sections.js';

export { isObject };
/** Film JSON as written: loose, read by the model (`parseFilm`), never trusted to be a `Film`. */
export type WrittenFilm = JsonObject;
export type { Path };

/** `credits.directors[0].name`, as the model writes problem paths. */
export const pathText = (path: Path): string =>
  path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
/** The id of a field's control: `f-credits-directors-0-name`. */
export const fieldId = (path: Path, part = ''): string => `f-${pathText(path).replace(/[^\w]+/g, '-').replace(/-$/, '')}${part}`;
export const empty = (v: unknown): boolean =>
  v === undefined || v === '' || (Array.isArray(v) && !v.length) || (isObject(v) && !Object.keys(v).length);

/**
 * A value written on its own for one key of its object ("Gray" for `{ "name": "Gray" }`): that
 * key; the object's own keys, as the model knows them, where the value may also be text per
 * language (`{ "en": …, "ko": … }` has none of them); whether the object is written short again
 * once nothing else is said in it; and the value's own keys that may sit beside the object's
 * instead of under `key` (`{ "name", "character" }` for `{ "actor": { "name" }, "character" }`),
 * the first of which says that it is written so, as the model reads it.
 */
interface ShortForm { key: string; keys?: readonly string[]; again: boolean; beside?: readonly string[] }

/** Where the film JSON may be written short, by path with every row as the first (`cast[0].actor`), as sections.ts says. */
const shortForms = new Map<string, ShortForm>();
const pattern = (path: Path) => pathText(path.map((k) => (typeof k === 'number' ? 0 : k)));
const person: ShortForm = { key: 'name', keys: knownKeys.entity, again: true };
function learn(field: Field, path: Path): void {
  const at = field.kind === 'list' || field.kind === 'people' ? [...path, 0] : path;
  const short: ShortForm | undefined = field.kind === 'person' || field.kind === 'people' ? person
    : field.main ? { key: field.main, keys: field.model && knownKeys[field.model], again: true, beside: field.beside }
    : field.address ? { key: field.address, again: false } : undefined;
  if (short) shortForms.set(pattern(at), short);
  for (const child of field.fields ?? []) learn(child, [...at, child.key]);
}
for (const section of sections) for (const field of section.fields) learn(field, field.at ?? [field.key]);

/** The short form `node`, the value at `path`, is written in, if it is: not an object of its own keys. */
function shortOf(node: unknown, path: Path): ShortForm | undefined {
  const short = shortForms.get(pattern(path));
  if (!short || empty(node) || node === null || Array.isArray(node)) return undefined;
  return !isObject(node) || (short.keys && isLangMap(node, short.keys)) ? short : undefined;
}

/** The short form whose value `node`, the object at `path`, holds beside its own keys, if it does. */
function besideOf(node: unknown, path: Path): ShortForm | undefined {
  const short = shortForms.get(pattern(path));
  if (!short?.beside || !isObject(node) || node[short.key] !== undefined || node[short.beside[0]!] === undefined) return undefined;
  return short;
}

/** The value written beside the keys of `node` (`{ "name", "character" }`), as the object it stands for (`{ "name" }`). */
const gathered = (node: JsonObject, short: ShortForm): JsonObject =>
  Object.fromEntries(short.beside!.filter((k) => node[k] !== undefined).map((k) => [k, node[k]]));

/**
 * The value at `path`, read through what is written short (a poster's `src` is the poster when
 * that is its address alone), and the path it is written at, as the model names it in its
 * problems (`cast[0].ko` for the Korean name of an actor written as the cast member).
 */
function walk(doc: unknown, path: Path): { value: unknown; at: Path } {
  let node = doc;
  const at: Path = [];
  let i = 0;
  for (; i < path.length && node !== undefined && node !== null; i++) {
    const key = path[i]!;
    const short = shortOf(node, path.slice(0, i));
    const beside = short ? undefined : besideOf(node, path.slice(0, i));
    if (short) node = key === short.key ? node : undefined;
    else if (beside && key === beside.key) node = gathered(node as JsonObject, beside);
    // A list of one may be written as that one, as the model reads it.
    else if (typeof key === 'number' && !Array.isArray(node)) node = key === 0 ? node : undefined;
    else {
      node = (node as Holder)[key];
      at.push(key);
    }
  }
  return { value: node, at: [...at, ...path.slice(i)] };
}

/** The value at `path`, read through what is written short: a poster's `src` is the poster when that is its address alone. */
export const get = (doc: unknown, path: Path): unknown => walk(doc, path).value;

/** Where the value at `path` is written, through what is written short: `cast[0]` for an actor's name written as the cast member. */
export const writtenAt = (doc: unknown, path: Path): Path => walk(doc, path).at;

type Holder = Record<string | number, unknown>;

/**
 * Puts `value` at `path` (removes it when empty), making the objects and lists on the way: a
 * value written short on the way becomes its object, with the value kept under its key.
 */
export function put(doc: WrittenFilm, path: Path, value: unknown): void {
  // The objects and lists on the way: `chain[i]` holds `path[i]`.
  const chain: Holder[] = [doc];
  for (let i = 0; i < path.length - 1; i++) {
    const [key, next] = [path[i]!, path[i + 1]];
    const node = chain[i]!;
    let child = node[key];
    const short = shortOf(child, path.slice(0, i + 1));
    const beside = short ? undefined : besideOf(child, path.slice(0, i + 1));
    if (short) child = { [short.key]: child };
    // The value's keys written beside the object's go under its key, where the form writes them.
    else if (beside) {
      const rest = Object.entries(child as JsonObject).filter(([k]) => !beside.beside!.includes(k));
      child = { [beside.key]: gathered(child as JsonObject, beside), ...Object.fromEntries(rest) };
    }
    else if (typeof next === 'number' && !Array.isArray(child)) child = child === undefined ? [] : [child];
    else if (typeof next === 'string' && !isObject(child)) child = {};
    chain.push((node[key] = child) as Holder);
  }
  const node = chain.at(-1)!;
  const last = path.at(-1)!;
  if (!empty(value)) node[last] = value;
  else if (Array.isArray(node)) node[last] = {};
  else delete node[last];
  // Going back up, the JSON stays as short as what was said: a section left with nothing in it
  // goes, and an object left with only the key of its short form is written short again, where
  // that form says so (a name: yes; a poster's address: no, so that the model asks what it shows).
  for (let i = path.length - 1; i > 0; i--) {
    const [holder, key] = [chain[i - 1]!, path[i - 1]!];
    const object = holder[key];
    const short = shortForms.get(pattern(path.slice(0, i)));
    if (empty(object) && !Array.isArray(holder)) delete holder[key];
    else if (short?.again && isObject(object) && Object.keys(object).length === 1 && shortOf(object[short.key], path.slice(0, i)) === short) {
      holder[key] = object[short.key];
    } else break;
  }
}

/** Sets `key` of the object at `path`, which `put` makes when the value there is written short. */
export function assign(doc: WrittenFilm, path: Path, key: string, value: unknown): void {
  put(doc, [...path, key], value);
}
