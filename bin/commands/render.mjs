// `film-elements render <film.json> --element <tag>`: the element as HTML with declarative shadow
// DOM, which displays without JavaScript and which the loader upgrades in place; --jsonld adds
// the film as schema.org JSON-LD, --page writes a whole HTML document.
import { Refusal, importBuilt, problemLine, readFilmFile, writeOutput } from '../film-file.mjs';
import { builtTags, escapeHtml, localeOption, renderElement, renderList, scriptJson } from '../ssr.mjs';
import { readListFile } from '../list-file.mjs';

export async function render(file, options) {
  const tags = await builtTags();
  const tag = options.element;
  if (!tag) throw new Refusal(`--element is required: one of ${tags.join(', ')}.`, 2);
  if (!tags.includes(tag)) throw new Refusal(`unknown element <${tag}>: use one of ${tags.join(', ')}.`, 2);
  if (options.theme && !['light', 'dark', 'auto'].includes(options.theme)) {
    throw new Refusal(`--theme must be light, dark or auto, not "${options.theme}".`, 2);
  }
  const locale = localeOption(options.lang);
  if (tag === 'film-list') return renderListFile(file, locale, options);
  const { film, problems, notAFilm } = await readFilmFile(file);
  if (notAFilm !== undefined) throw new Refusal(`${file} is not a film: ${notAFilm}.`);
  for (const problem of problems) console.error(`${file}: ${problemLine(problem)}`);

  const { toJsonLd } = await importBuilt('model/index.js');
  const lang = options.lang === undefined ? undefined : locale;
  const element = await renderElement(tag, film, { locale, lang, theme: options.theme });

  const parts = [];
  if (options.jsonld) parts.push(`<script type="application/ld+json">\n${scriptJson(toJsonLd(film))}\n</script>`);
  parts.push(element);
  return written(`${parts.join('\n')}\n`, film.title, lang, options);
}

/**
 * `render <list.json> --element film-list`: the list, each film read from its file or URL. The
 * list's ItemList names the page's own address, which a file does not know: the element's
 * `jsonld` attribute writes it in the reader's browser.
 */
async function renderListFile(file, locale, options) {
  const { list, problems } = await readListFile(file);
  for (const problem of problems) console.error(`${file}: ${problemLine(problem)}`);
  const lang = options.lang === undefined ? undefined : locale;
  const html = await renderList(list, { locale, lang, theme: options.theme, unranked: options.unranked });
  const title = typeof list.title === 'string' ? list.title : Object.values(list.title ?? {})[0] ?? 'Films';
  return written(`${html}\n`, title, lang, options);
}

/** The HTML out: a snippet, or with --page a whole document; to --output, else to standard output. */
function written(snippet, title, lang, options) {
  writeOutput(options.output, options.page ? `<!doctype html>
<html lang="${escapeHtml(lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
</head>
<body>
${snippet}</body>
</html>
` : snippet);
  return 0;
}
