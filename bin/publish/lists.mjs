// `publish --list <list.json>`: a page for each list of films (`<out>/lists/<list>/`), its films
// linked to their own pages where the site publishes them, and each of those pages linked back to
// the lists that name it. The list's ItemList is then a summary of those pages, as Google's
// carousel reads it; a list naming films the site does not publish holds them whole.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Refusal, importBuilt, problemLine } from '../film-file.mjs';
import { readListFile } from '../list-file.mjs';
import { escapeHtml, renderList, scriptJson } from '../ssr.mjs';

/** The same film: the same id, else the same title in the same year. */
const same = (a, b) => (a.id !== undefined && a.id === b.id) || (a.title === b.title && a.year === b.year);

/** The slug of a list's page: its title in URL letters. */
function slugOfList(title, file) {
  const slug = (title ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  if (!slug) throw new Refusal(`${file}: the list has no title to name its page after: give it a "title".`);
  return slug;
}

/**
 * Reads each list file and matches its films with the published ones: the lists, each with its
 * slug, title, page address, the list as the element reads it, and the slugs of the films it names.
 */
export async function readLists(files, films, base) {
  const { readFilm } = await importBuilt('model/index.js');
  const lists = [];
  for (const file of files) {
    const { list, problems } = await readListFile(file);
    for (const problem of problems) console.error(`${file}: ${problemLine(problem)}`);
    const title = typeof list.title === 'string' ? list.title : Object.values(list.title ?? {})[0];
    const slug = slugOfList(title, file);
    if (lists.some((other) => other.slug === slug)) throw new Refusal(`two lists would both be published at lists/${slug}/: give one of them another title.`);
    const named = [];
    for (const item of list.items) {
      const { film } = await readFilm(item.film);
      const published = films.find((entry) => same(entry.film, film));
      if (published) {
        item.page = new URL(`${encodeURIComponent(published.slug)}/`, base).href;
        named.push(published.slug);
      }
    }
    lists.push({ slug, title, url: new URL(`lists/${slug}/`, base).href, list, named });
  }
  return lists;
}

/** The links from a film's page to the lists that name it. */
export const listLinks = (lists, slug) => lists.filter((list) => list.named.includes(slug))
  .map((list) => `<a href="../lists/${encodeURIComponent(list.slug)}/">${escapeHtml(list.title)}</a>`);

/** Writes each list's page. */
export async function writeLists(out, lists, { head, library, locale, lang }) {
  const { readFilm } = await importBuilt('model/index.js');
  const { itemList } = await importBuilt('elements/film-list/list-jsonld.js');
  for (const { slug, title, url, list } of lists) {
    const entries = [];
    for (const [i, item] of list.items.entries()) {
      entries.push({ rank: i + 1, film: (await readFilm(item.film)).film, anchor: `film-list-${i + 1}`, ...(item.page && { page: item.page }) });
    }
    const jsonld = itemList(entries, url, title);
    const dir = join(out, 'lists', slug);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), `${head({
      title, root: '../../', library,
      extra: [`<link rel="canonical" href="${escapeHtml(url)}">`, ...(jsonld ? [`<script type="application/ld+json">\n${scriptJson(jsonld)}\n</script>`] : [])],
    })}
<body>
<nav><a href="../../">All films</a></nav>
<main>
${await renderList(list, { locale, lang })}
</main>
</body>
</html>
`);
  }
}
