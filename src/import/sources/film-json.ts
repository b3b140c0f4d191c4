/** Film JSON itself: read as the elements read it, written back clean, with its problems listed. */
import { ImportRefusal, importer, jsonOf } from '../importer.js';
import { filmJson as written } from '../film-writer.js';
import { parseFilm } from '../../model/parse-film.js';
import { whyNotAFilm } from '../../model/read-film.js';

export const filmJson = importer({
  kind: 'film-json',
  label: 'film JSON',
  reads: 'this package\'s own format, written back as the elements read it',
  // Last in the list: JSON that no other source claims, and JSON that does not parse, whose refusal says where.
  detect: ({ jsonLike }) => jsonLike,
  read(text, notes, options) {
    const result = parseFilm(jsonOf(text), options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl });
    const notAFilm = whyNotAFilm(result);
    if (notAFilm !== undefined) throw new ImportRefusal(`this JSON is not a film: ${notAFilm}`, 'notAFilm', { detail: notAFilm });
    for (const problem of result.problems) {
      const key = /([A-Za-z$]+)(?:\[\d+\])*$/.exec(problem.path)?.[1];
      const at = key ? text.indexOf(`"${key}"`) : -1;
      notes.add(at === -1 ? 1 : text.slice(0, at).split('\n').length, problem.path || '(document)', problem.message);
    }
    return written(result.film);
  },
});
