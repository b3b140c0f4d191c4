// `film-elements validate <film.json> [--search]`: every problem in the film data with its path,
// what was repaired in text a CMS mangled (as the elements do), and with --search what keeps the
// film from Google's rich results. Exits with 1 on errors or a critical search issue.
import { importBuilt, problemLine, readFilmFile } from '../film-file.mjs';

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Search Console's own headings: critical issues make an item invalid; the rest improve it. */
const SEARCH_LEVEL = { critical: 'invalid ', optional: 'improve ', 'left out': 'left out' };

/** What the JSON-LD for search engines says of the film, as `--search` prints it; the number of critical issues. */
async function searchNotes(file, film) {
  const { writeJsonLd } = await importBuilt('model/index.js');
  const { notes } = writeJsonLd(film);
  for (const note of notes) console.log(`${SEARCH_LEVEL[note.level]} ${note.path || '(film)'}: ${note.issue}: ${note.why}`);
  const count = (level) => notes.filter((n) => n.level === level).length;
  console.log(`${file} for search engines: ${plural(count('critical'), 'critical issue')}, ${count('optional')} to improve, ${count('left out')} left out`);
  return count('critical');
}

export async function validate(file, options) {
  const { film, problems, repairs = [], notAFilm } = await readFilmFile(file);
  for (const repair of repairs) console.log(`repaired ${repair}`);
  for (const problem of problems) console.log(problemLine(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  console.log(`${file}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${notAFilm === undefined ? '' : '; not a film'}`);
  const critical = options.search && notAFilm === undefined ? await searchNotes(file, film) : 0;
  return errors || critical || notAFilm !== undefined ? 1 : 0;
}
