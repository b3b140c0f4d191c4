/**
 * What every reader of a wikitext value is given: the article, where to report, and where to
 * take its references. Apart from inline.ts and citations.ts, which both need it, so that
 * neither imports the other back (citations render their text with inline.ts's `plain`).
 */
import type { Notes } from '../notes.js';
import type { ShortCitation, WikiText } from './markup.js';

/** A source in film JSON's shape. */
export interface SourceJson {
  id: string;
  title: string;
  kind?: string;
  publisher?: string;
  date?: string;
  url?: string;
}

/** One use of a reference in a value: `<ref name=a />`, or one with its text. */
export interface RefUse {
  name?: string | undefined;
  /** The reference's text when it is defined here; a reuse has only a name. */
  content?: string;
  line: number;
}

/** What every reader of a value needs: the text, where to report, the article's citations. */
export interface Context {
  wiki: WikiText;
  notes: Notes;
  /** The article's references (citations.ts): the article itself, and the source a use stands for. */
  citations: { readonly article: SourceJson; use(ref: RefUse): string | undefined; short(ref: ShortCitation): string | undefined };
}
