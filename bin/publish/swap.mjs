// A site is replaced whole: written beside the output folder and moved into place at the end, so
// that a failure leaves the old site (or nothing) rather than half a site; and only a folder that
// is empty or a site this command wrote is ever replaced.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Refusal, fileRefusal } from '../film-file.mjs';
import { generator } from './pages.mjs';

const cannotWrite = (out, error) => fileRefusal(out, error, 'write');

/** An existing output folder is replaced only when it is empty or a site this command wrote. */
export function checkReplaceable(out) {
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new Refusal(`cannot write ${out}: it is a file.`);
  if (!readdirSync(out).length) return;
  const index = join(out, 'index.html');
  if (!existsSync(index) || !readFileSync(index, 'utf8').includes(`<meta name="generator" content="${generator}">`)) {
    throw new Refusal(`${out} holds files that film-elements publish did not write: choose a new or empty folder.`);
  }
}

/** Runs `write` into a folder beside `out` (named `shown` to the user), then puts it in `out`'s place. */
export async function replaceWhole(out, shown, write) {
  const temporary = join(dirname(out), `.${basename(out)}.publishing-${process.pid}`);
  try {
    mkdirSync(temporary, { recursive: true });
  } catch (error) {
    throw cannotWrite(shown, error);
  }
  try {
    const result = await write(temporary);
    const old = `${temporary}-old`;
    if (existsSync(out)) renameSync(out, old);
    try {
      renameSync(temporary, out);
    } catch (error) {
      if (existsSync(old)) renameSync(old, out);
      throw error;
    }
    rmSync(old, { recursive: true, force: true });
    return result;
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    if (error instanceof Refusal) throw error;
    if (error?.code && error.syscall) throw cannotWrite(shown, error);
    throw error;
  }
}
