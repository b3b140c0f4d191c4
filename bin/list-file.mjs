// A list document for the command line (`render --element film-list`): its films, given by path
// (relative to the list file), by URL or inline, are read here, so that the list is rendered in
// one pass and read back by the element with every film inline. A film that cannot be read is a
// refusal that names it: static HTML is written once, and must not ship a broken entry.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Refusal, importBuilt, readFilmFile } from './film-file.mjs';

/** Reads `file` as a list document: the list with each film as film JSON, and its problems. */
export async function readListFile(file) {
  let value;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Refusal(error.code ? `cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.code}.` : `${file} is not JSON: ${error.message}.`);
  }
  // A film's own file is a list of that film alone, as the element reads it.
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && value.items === undefined) value = { items: [{ film: value }] };
  if (!Array.isArray(value?.items)) throw new Refusal(`${file} is not a list of films: "items" is not a list.`);
  const { readFilm, whyNotAFilm } = await importBuilt('model/index.js');
  const { filmJson } = await importBuilt('import/film-writer.js');
  const problems = [];
  const items = [];
  for (const [i, item] of value.items.entries()) {
    const given = item?.film;
    let result;
    if (typeof given === 'object' && given !== null) result = await readFilm(given);
    else if (typeof given === 'string' && /^https?:\/\//.test(given)) result = await readFilm(await fetched(given), { baseUrl: given });
    else if (typeof given === 'string' && !given.startsWith('#')) result = await readFilmFile(resolve(dirname(file), given));
    else throw new Refusal(`${file}: items[${i}].film must be film JSON, a file or a URL (an "#id" names a script of a page, which a file has not).`);
    const notAFilm = whyNotAFilm(result);
    if (notAFilm !== undefined) throw new Refusal(`${file}: items[${i}].film is not a film: ${notAFilm}.`);
    problems.push(...result.problems.map((p) => ({ ...p, path: `items[${i}].film${p.path ? `.${p.path}` : ''}` })));
    items.push({ ...item, film: filmJson(result.film) });
  }
  return { list: { ...value, items }, problems };
}

async function fetched(url) {
  let answer;
  try {
    answer = await fetch(url, { headers: { accept: 'application/json, application/ld+json;q=0.9' } });
  } catch {
    throw new Refusal(`${url} could not be reached.`);
  }
  if (!answer.ok) throw new Refusal(`${url} answered ${answer.status}.`);
  return answer.text();
}
