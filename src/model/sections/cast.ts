/** The cast, read for the elements that show it (the cast list, the infobox's "Starring"). */
import type { CastMember, Passage } from '../types.js';
import { type Reader, at, isObject, list, put, sourced } from '../reader.js';
import { entity, isLangMap, localText, putText, putTexts } from '../names.js';
import { actorBesideRole, unknownKeys } from '../known-keys.js';
import { keep, person, picture, required } from '../film-json.js';

function passage(r: Reader, value: unknown, path: string): Passage | undefined {
  const found: Passage = { text: '' };
  if (!isObject(value) || isLangMap(r, value, 'passage')) return putText(r, found, 'text', value, path) === undefined ? undefined : found;
  unknownKeys(r, value, 'passage', path);
  const t = required(r, value, 'text', path, (v, p) => localText(r, v, p), 'text');
  return t === undefined ? undefined : sourced<Passage>(r, value, path, keep(found, 'text', t));
}

/** A cast member: the actor's name, or `{ actor, character, note }` (`name` works for `actor`). */
function castMember(r: Reader, value: unknown, path: string): CastMember | undefined {
  if (!isObject(value) || isLangMap(r, value, 'castMember')) {
    const actor = entity(r, value, path);
    return actor && { actor };
  }
  unknownKeys(r, value, 'castMember', path);
  // The design's short form puts the actor's own fields beside the role: `{ name, character }`.
  const flat = value['actor'] === undefined && value['name'] !== undefined;
  const actor = flat
    ? entity(r, Object.fromEntries(actorBesideRole.map((k) => [k, value[k]])), path)
    : required(r, value, 'actor', path, (v, p) => person(r, v, p), "the actor's name");
  if (!actor) return undefined;
  const found: CastMember = { actor };
  putText(r, found, 'character', value['character'], at(path, 'character'));
  putText(r, found, 'note', value['note'], at(path, 'note'));
  putTexts(r, found, 'knownFor', value['knownFor'], at(path, 'knownFor'));
  put(found, 'about', list(r, value['about'], at(path, 'about'), (v, p) => passage(r, v, p)));
  put(found, 'photo', picture(r, value['photo'], at(path, 'photo')));
  return sourced(r, value, path, found);
}

export const cast = (r: Reader, value: unknown, path: string): CastMember[] | undefined =>
  list(r, value, path, (v, p) => castMember(r, v, p));
