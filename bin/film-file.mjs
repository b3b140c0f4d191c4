// What every command shares: the built package (dist/), a failure the user can act on, and a
// film file read exactly as an element reads its film.
import { readFileSync } from 'node:fs';

export const dist = new URL('../dist/', import.meta.url);

/** A failure the user can act on: printed as one line, never as a stack trace. */
export class Refusal extends Error {
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
}

export async function importBuilt(path) {
  try {
    return await import(new URL(path, dist).href);
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') throw new Refusal('the package is not built: run `npm run build` first.');
    throw error;
  }
}

/**
 * One problem as the commands print it: `error   runtime: expected minutes…`. A note (a value
 * read in another form, `read "4/5" as 4 out of 5`) is printed as a note, not as a problem.
 */
export const problemLine = (p) => `${{ error: 'error  ', warning: 'warning', note: 'note   ' }[p.severity]} ${p.path || '(document)'}: ${p.message}`;

/**
 * Reads the film file as an element reads its film: the same repairs of CMS-mangled text, the
 * same limits, the same problems. Refuses with one sentence that names the file.
 */
export async function readFilmFile(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const why = { ENOENT: 'no such file', EISDIR: 'it is a directory', EACCES: 'permission denied' }[error.code] ?? error.code;
    throw new Refusal(`cannot read ${file}: ${why}.`);
  }
  const { readFilm, whyNotAFilm } = await importBuilt('model/index.js');
  const result = await readFilm(text);
  if (result.unreadable) {
    const [problem] = result.problems;
    const at = problem.line === undefined ? '' : ` (line ${problem.line}, column ${problem.column})`;
    const { reason, detail } = result.unreadable;
    throw new Refusal(reason === 'not JSON' ? `${file} is not JSON: ${detail}${at}.` : `${file}: ${problem.message}.`);
  }
  return { ...result, notAFilm: whyNotAFilm(result) };
}
