// Lit SSR for the commands: an element as HTML with declarative shadow DOM, which displays
// without JavaScript and which the loader upgrades in place. `render` and `publish` both use it.
import { readdirSync } from 'node:fs';
import { Refusal, dist, importBuilt } from './film-file.mjs';

export const escapeHtml = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
/** JSON that cannot end its `<script>` or open a comment there. */
export const scriptJson = (value) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

/** The tags the built package defines, one per `dist/define/*.js`. */
export function builtTags() {
  try {
    return readdirSync(new URL('define/', dist)).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)).sort();
  } catch {
    throw new Refusal('the package is not built: run `npm run build` first.');
  }
}

let ssr;
async function loadSsr() {
  try {
    ssr ??= {
      ...(await import('@lit-labs/ssr')),
      ...(await import('@lit-labs/ssr/lib/render-result.js')),
      ...(await import('lit/static-html.js')),
      nothing: (await import('lit')).nothing,
    };
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Refusal('rendering needs @lit-labs/ssr next to film-elements: `npm install @lit-labs/ssr`.');
  }
  return ssr;
}

/**
 * The element `tag` (one of `builtTags()`) showing `film`, as HTML. `lang` and `theme` become
 * its attributes, `review` picks a review-card's review. The film follows as an inline JSON
 * child, which the element reads when the script upgrades it; with `filmFrom: '#id'` the
 * element reads it from that script on the page instead (one copy for many elements).
 */
export async function renderElement(tag, film, { locale = 'en', lang, theme, review, filmFrom } = {}) {
  const { html, nothing, unsafeStatic, render, collectResult } = await loadSsr();
  // The element is given the film as read, written back as our film JSON (with its text per
  // language as the author's maps), which reads back the same. Given JSON-LD it would fetch its
  // JSON-LD reader first, and a server renders in one pass (so does the upgrade in the browser,
  // which must find the film at once to match this HTML).
  film = (await importBuilt('import/film-writer.js')).filmJson(film);
  await importBuilt(`define/${tag}.js`);
  // A server renders in one pass: the words of a language fetched on demand must be here first.
  await (await importBuilt('core/strings/index.js')).loadStrings(locale);
  const name = unsafeStatic(tag); // one of the built tags
  const rendered = await collectResult(render(
    html`<${name} lang=${lang ?? nothing} theme=${theme ?? nothing} review=${review ?? nothing} .film=${film} .locale=${locale}></${name}>`,
  ));
  const element = (await importBuilt('core/rendered.js')).staticMarkup(rendered, tag);
  if (filmFrom) return element.replace(new RegExp(`^<${tag}`), `<${tag} src="${escapeHtml(filmFrom)}"`);
  // The element reads its film again from this child when the script upgrades it.
  return element.replace(new RegExp(`</${tag}>$`), `<script type="application/json">\n${scriptJson(film)}\n</script></${tag}>`);
}

/**
 * `<film-list>` showing `list` (from `readListFile`: every film inline), as HTML: each film's
 * infobox is drawn inside its closed disclosure, which opens without JavaScript. The list
 * follows as an inline JSON child, which the element reads when the script upgrades it.
 */
export async function renderList(list, { locale = 'en', lang, theme, unranked } = {}) {
  const { html, nothing, render, collectResult } = await loadSsr();
  await importBuilt('define/film-list.js');
  await importBuilt('define/film-infobox.js');
  await (await importBuilt('core/strings/index.js')).loadStrings(locale);
  const rendered = await collectResult(render(
    html`<film-list lang=${lang ?? nothing} theme=${theme ?? nothing} ?unranked=${unranked} .list=${list} .locale=${locale}></film-list>`,
  ));
  const element = (await importBuilt('core/rendered.js')).staticMarkup(rendered, 'film-list');
  return element.replace(/<\/film-list>$/, `<script type="application/json">\n${scriptJson(list)}\n</script></film-list>`);
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
