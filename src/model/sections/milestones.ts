/** Milestones of the production: a section of its own. */
import type { Milestone } from '../types.js';
import { type Reader, at, date, list, object, put, sourced, text } from '../reader.js';
import { localText } from '../names.js';
import { checked, keep, required } from '../film-json.js';

function milestone(r: Reader, value: unknown, path: string): Milestone | undefined {
  const o = object(r, checked(r, value, 'milestone', path), path);
  const when = o && required(r, o, 'date', path, (v, p) => date(r, v, p), 'a date like "2022-04"');
  const what = o && required(r, o, 'text', path, (v, p) => localText(r, v, p), 'what happened');
  if (!o || when === undefined || what === undefined) return undefined;
  const found = keep<Milestone>({ date: when, text: '' }, 'text', what);
  put(found, 'end', date(r, o['end'], at(path, 'end')));
  put(found, 'kind', text(r, o['kind'], at(path, 'kind')));
  return sourced(r, o, path, found);
}

export const milestones = (r: Reader, value: unknown, path: string): Milestone[] | undefined =>
  list(r, value, path, (v, p) => milestone(r, v, p));
