// `film-elements publish`: a static site for platforms where no script may be pasted
// (WordPress below `unfiltered_html`, Medium, Ghost's embed card, Substack). An author pastes
// the URL of an embed page on a line of its own; the platform reads the page's oEmbed link and
// shows the element in a sandboxed iframe. Everything is files: any static host serves it.
//
//   <out>/index.html                      the films
//   <out>/<film>/index.html               a film page: every element the data can fill
//   <out>/<film>/<element>/index.html     an embed page: that element alone
//   <out>/<film>/<element>/oembed.json    its oEmbed response
//   <out>/lib/                            the library (as dist/library.json lists it), from dist/
//   <out>/builder/                        the builder, reading that library (dist/builder/)
//
// The command reads the films and names their folders; bin/publish/ writes the pages, the files
// beside them, and swaps the new site in whole.
import { join, resolve } from 'node:path';
import { Refusal, importBuilt, problemLine, readFilmFile } from '../film-file.mjs';
import { localeOption } from '../ssr.mjs';
import { head, writeFilm, writeIndex } from '../publish/pages.mjs';
import { copyLibrary, writeHeaders } from '../publish/site-files.mjs';
import { checkReplaceable, replaceWhole } from '../publish/swap.mjs';
import { listLinks, readLists, writeLists } from '../publish/lists.mjs';

/** The base URL as a folder URL (ending in `/`), or a refusal. */
function baseUrlOption(value) {
  if (value === undefined) throw new Refusal('--base-url is required: the address the site will be served from, such as https://films.example.com/.', 2);
  let url;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username) {
    throw new Refusal(`--base-url must be an http or https address without query or fragment, such as https://films.example.com/, not "${value}".`, 2);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** A film's folder: its `id` when that is a plain slug, else its title and year. */
async function slugOf(film, file) {
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/i.test(film.id ?? '')) return film.id.toLowerCase();
  const title = (await importBuilt('model/index.js')).slug(film.title);
  if (!title) throw new Refusal(`${file}: the film has no title to name its pages after: give it a title or an id such as "my-film-2024".`);
  return film.year === undefined ? title : `${title}-${film.year}`;
}

/** Reads every film, refusing any with errors: a published page should not lose data silently. */
async function readFilms(files) {
  const films = [];
  for (const file of files) {
    const { film, problems, notAFilm } = await readFilmFile(file);
    if (notAFilm !== undefined) throw new Refusal(`${file} is not a film: ${notAFilm}.`);
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length) {
      const paths = errors.map((p) => p.path || '(document)').join(', ');
      throw new Refusal(`${file} has ${errors.length === 1 ? 'an error' : `${errors.length} errors`} at ${paths}: fix ${errors.length === 1 ? 'it' : 'them'} first (\`film-elements validate ${file}\` says what is wrong).`);
    }
    for (const problem of problems) console.error(`${file}: ${problemLine(problem)}`);
    const slug = await slugOf(film, file);
    if (['lib', 'builder'].includes(slug)) throw new Refusal(`${file} would be published at ${slug}/, where the site keeps its ${slug === 'lib' ? 'library' : 'builder'}: give the film an "id" such as "${slug}-film".`);
    const twin = films.find((f) => f.slug === slug);
    if (twin) throw new Refusal(`${twin.file} and ${file} would both be published at ${slug}/: give one of them another "id".`);
    films.push({ file, film, slug });
  }
  return films.sort((a, b) => (a.slug < b.slug ? -1 : 1));
}

/** `film-elements publish <film.json…> --out <dir> --base-url <url>`. */
export async function publish(files, options, usage) {
  if (!files.length) throw new Refusal(`no film file given.\n${usage}`, 2);
  if (!options.out) throw new Refusal('--out is required: the folder to write the site to.', 2);
  const base = baseUrlOption(options['base-url']);
  const locale = localeOption(options.lang);
  const lang = options.lang === undefined ? undefined : locale;
  const provider = options.provider?.trim() || base.host;
  const out = resolve(options.out);
  checkReplaceable(out);
  const { descriptors: elements } = await importBuilt('descriptors.js');
  const { toJsonLd } = await importBuilt('model/index.js');
  const films = await readFilms(files);
  const lists = await readLists([options.list ?? []].flat(), films, base);

  const published = await replaceWhole(out, options.out, async (site) => {
    const library = copyLibrary(join(site, 'lib'));
    writeHeaders(site);
    const pages = [];
    for (const entry of films) pages.push(await writeFilm(entry, { out: site, base, elements, locale, lang, provider, library, toJsonLd, links: listLinks(lists, entry.slug) }));
    await writeLists(site, lists, { head, library, locale, lang });
    await writeIndex(site, films, { locale, lang, library, provider });
    return pages;
  });
  for (const { pageUrl, embeds: urls } of published) {
    console.log(`${pageUrl}\n${urls.map((url) => `  embed: ${url}`).join('\n')}`);
  }
  for (const { url } of lists) console.log(`list: ${url}`);
  console.log(`published ${published.length} film${published.length === 1 ? '' : 's'} to ${options.out}`);
  return 0;
}
