// What `render` and `publish` take from film-elements/server (dist/server.js), in the command's
// terms: the film as the command read it, and a `RenderRefusal` as a one-line `Refusal`.
import { Refusal, importBuilt } from './film-file.mjs';

export const escapeHtml = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
/** JSON that cannot end its `<script>` or open a comment there. */
export const scriptJson = (value) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

/** The tags the built package defines. */
export async function builtTags() {
  return [...(await importBuilt('server.js')).tags];
}

/**
 * `renderElement` of film-elements/server for a film the command has read (a `Film`): written
 * back as film JSON, which reads back the same. `lang` is the language tag or undefined.
 */
export async function renderElement(tag, film, { lang, ...options } = {}) {
  const server = await importBuilt('server.js');
  const { filmJson } = await importBuilt('import/film-writer.js');
  try {
    return await server.renderElement(tag, filmJson(film), { lang, ...options });
  } catch (error) {
    if (error instanceof server.RenderRefusal) throw new Refusal(error.message);
    throw error;
  }
}

/** `renderList` of film-elements/server: a `<film-list>` with every film inline (`readListFile`). */
export async function renderList(list, { lang, theme, unranked } = {}) {
  const server = await importBuilt('server.js');
  try {
    return await server.renderList(list, { lang, theme, unranked });
  } catch (error) {
    if (error instanceof server.RenderRefusal) throw new Refusal(error.message);
    throw error;
  }
}

/** The `--lang` option as a canonical language tag (`en` when not given), or a refusal. */
export function localeOption(lang) {
  if (lang === undefined) return 'en';
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    throw new Refusal(`--lang "${lang}" is not a language tag (try en or ko).`, 2);
  }
}
