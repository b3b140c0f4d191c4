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
 * `render <list.json> --element film-list`: the list, each film read from its file or URL. With
 * --jsonld, its ItemList for search engines, which names each film's place on the page: so it
 * needs the page's own address (--base-url), which a file does not know.
 */
async function renderListFile(file, locale, options) {
  const page = options.jsonld ? pageAddress(options['base-url']) : undefined;
  const { list, problems } = await readListFile(file);
  for (const problem of problems) console.error(`${file}: ${problemLine(problem)}`);
  const lang = options.lang === undefined ? undefined : locale;
  const html = await renderList(list, { locale, lang, theme: options.theme, unranked: options.unranked });
  const title = typeof list.title === 'string' ? list.title : Object.values(list.title ?? {})[0] ?? 'Films';
  const parts = [];
  if (page) {
    const [{ readFilm }, { itemList }] = await Promise.all([importBuilt('model/index.js'), importBuilt('elements/film-list/list-jsonld.js')]);
    const entries = [];
    // The anchors the element gives its entries (film-list-1…), as `publish` writes them.
    for (const [i, item] of list.items.entries()) {
      const { film } = await readFilm(item.film);
      if (film.title) entries.push({ rank: i + 1, film, anchor: `film-list-${i + 1}`, ...(item.page && { page: item.page }) });
    }
    const jsonld = itemList(entries, page, title);
    if (jsonld) parts.push(`<script type="application/ld+json">\n${scriptJson(jsonld)}\n</script>`);
  }
  parts.push(html);
  return written(`${parts.join('\n')}\n`, title, lang, options);
}

/** The address of the page a list goes on, without its fragment, or a refusal. */
function pageAddress(given) {
  if (given === undefined) {
    throw new Refusal('--jsonld for a list needs --base-url, the address of the page it goes on: search engines are told where on that page each film is.', 2);
  }
  try {
    const url = new URL(given);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error();
    url.hash = '';
    return url.href;
  } catch {
    throw new Refusal(`--base-url "${given}" is not an http or https address (try https://example.com/my-films/).`, 2);
  }
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
