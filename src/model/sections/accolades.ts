/** Accolades: a section of its own, read by the elements that show awards. */
import type { Accolade } from '../types.js';
import { type Reader, at, date, list, object, put, sourced, text } from '../reader.js';
import { localText } from '../names.js';
import { checked, keep, people, required } from '../film-json.js';

const RESULTS: Record<string, string> = { won: 'won', win: 'won', winner: 'won', nominated: 'nominated', nominee: 'nominated', nomination: 'nominated', pending: 'pending' };

function accolade(r: Reader, value: unknown, path: string): Accolade | undefined {
  const o = object(r, checked(r, value, 'accolade', path), path);
  const award = o && required(r, o, 'award', path, (v, p) => localText(r, v, p), 'the name of the award');
  const category = o && required(r, o, 'category', path, (v, p) => localText(r, v, p), 'a category');
  if (!o || award === undefined || category === undefined) return undefined;
  const found = keep(keep<Accolade>({ award: '', category: '' }, 'award', award), 'category', category);
  put(found, 'date', date(r, o['date'], at(path, 'date')));
  put(found, 'recipients', people(r, o['recipients'], at(path, 'recipients')));
  const result = text(r, o['result'], at(path, 'result'));
  put(found, 'result', result && (RESULTS[result.toLowerCase()] ?? result));
  return sourced(r, o, path, found);
}

export const accolades = (r: Reader, value: unknown, path: string): Accolade[] | undefined =>
  list(r, value, path, (v, p) => accolade(r, v, p));
