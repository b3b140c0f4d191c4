/**
 * The named character references pages and review plugins write in their text, for the JSON-LD
 * reader and the importers (see html-entities.ts for why the elements carry fewer).
 */
import { MARKUP_ENTITIES } from './html-entities.js';

/** What markup escapes and, besides, what pages and review plugins write in their text: typographic punctuation, signs, accented letters. */
export const TEXT_ENTITIES: Readonly<Record<string, string>> = {
  ...MARKUP_ENTITIES,
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', middot: '·', bull: '•',
  laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', times: '×', eacute: 'é', egrave: 'è',
  aacute: 'á', agrave: 'à', iacute: 'í', oacute: 'ó', uacute: 'ú', uuml: 'ü', ouml: 'ö', auml: 'ä',
  ccedil: 'ç', ntilde: 'ñ',
};
