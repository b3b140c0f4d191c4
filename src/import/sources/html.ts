/**
 * A saved film page (IMDb, Letterboxd, a review blog): its JSON-LD blocks (../html.ts finds
 * them), read as JSON-LD. The page is the source of every fact.
 */
import { ImportRefusal, importer, wikipediaArticle } from '../importer.js';
import { pageJsonLd } from '../html.js';
import { fromJsonLd } from './jsonld.js';
import { citeAll } from '../sourcing.js';

/** A page, by its first characters and the tags only a page has. */
export const looksLikeHtml = (text: string) => /^</.test(text) && /<(?:!doctype html|html|head|body|script|meta|title)\b/i.test(text.slice(0, 100_000));

export const html = importer({
  kind: 'html',
  label: 'a saved web page',
  reads: 'a film page saved from the browser (IMDb, Letterboxd, a review blog), by its schema.org JSON-LD',
  detect: ({ text }) => looksLikeHtml(text),
  read(text, notes, options) {
    const { documents, from, page } = pageJsonLd(text, notes);
    // A Wikipedia article saved from the browser: its facts are in its source, which its title fetches.
    const article = wikipediaArticle(page.url ?? options.baseUrl ?? '');
    if (article) {
      throw new ImportRefusal(`this is the Wikipedia article "${article.title}" saved as a web page, whose infobox is not read from the page: fetch the article by its title, or paste its source from its edit page`,
        'pageWikipedia', article);
    }
    if (!documents.length) {
      throw new ImportRefusal('this page carries no schema.org JSON-LD, so no film could be read: save the film\'s own page (on IMDb or Letterboxd, the film\'s main page)', 'pageNoJsonLd');
    }
    // A site's own aggregate rating is the site's: by its name, else by its address's host.
    const host = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(page.url ?? page.base ?? options.baseUrl ?? '')?.[1];
    const film = fromJsonLd(documents, notes, text, from, options.baseUrl ?? page.base, page.site ?? host);
    const source: { id: string; title: string; publisher?: string; url?: string } = { id: 'page', title: page.title ?? (typeof film.title === 'string' ? film.title : '') };
    if (page.site && page.site !== source.title) source.publisher = page.site;
    if (page.url) source.url = page.url;
    const others = (film.sources ?? []).filter((s) => s.id !== 'page');
    citeAll(film, 'page');
    return { ...film, sources: [source, ...others] };
  },
});
