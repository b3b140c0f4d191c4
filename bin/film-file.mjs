// What every command shares: the built package (dist/), a failure the user can act on, files
// read and written with one sentence for what went wrong, and a film file read exactly as an
// element reads its film.
import { readFileSync, writeFileSync } from 'node:fs';

export const dist = new URL('../dist/', import.meta.url);

/** A failure the user can act on: printed as one line, never as a stack trace. */
export class Refusal extends Error {
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
}

/** Why a file could not be read or written, in words (the one table every command uses). */
const FILE_ERRORS = {
  ENOENT: { read: 'no such file', write: 'no such directory' },
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left',
};

/** The refusal for a file that could not be read (`doing` 'read') or written ('write'). */
export function fileRefusal(path, error, doing) {
  const why = FILE_ERRORS[error?.code];
  return new Refusal(`cannot ${doing} ${path}: ${(typeof why === 'object' ? why[doing] : why) ?? error?.code ?? error?.message}.`);
}

/** A file's text, or `-` for standard input; refused in one sentence. */
export function readText(file) {
  const name = file === '-' ? 'standard input' : file;
  try {
    return { text: readFileSync(file === '-' ? 0 : file, 'utf8'), name };
  } catch (error) {
    throw fileRefusal(name, error, 'read');
  }
}

/** Writes `text` to `path`, or to standard output when no path is given. */
export function writeOutput(path, text) {
  if (path === undefined) return void process.stdout.write(text);
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw fileRefusal(path, error, 'write');
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
  const { text } = readText(file);
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
