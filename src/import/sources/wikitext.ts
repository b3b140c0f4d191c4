/** Wikipedia wikitext, as copied from an article's edit page (wikitext/ does the reading). */
import { ImportRefusal, importer } from '../importer.js';
import { WikitextRefusal, importWikitext } from '../wikitext/index.js';
import type { FilmInput } from '../../model/types.js';
import { looksLikeHtml } from './html.js';

const MARKUP = /\{\{|\[\[|'''|^=+[^=\n]+=+\s*$/m;

export const wikitext = importer({
  kind: 'wikitext',
  label: 'Wikipedia wikitext',
  reads: 'an article\'s source from its edit page (the infobox, the cast list, the plot, the scores in Reception, the accolades)',
  detect: ({ text, json, jsonLike }) =>
    /^\{\{|^\{\|/.test(text) || (jsonLike ? json === undefined && /\{\{\s*infobox/i.test(text) : !looksLikeHtml(text) && MARKUP.test(text)),
  read(text, notes, options) {
    const read = importWikitext(text, options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl });
    if (read instanceof WikitextRefusal) throw new ImportRefusal(read.message, read.reason, ...(read.values ? [read.values] : []) as []);
    notes.unmapped.push(...read.notes.unmapped);
    return read.film as unknown as FilmInput;
  },
});
