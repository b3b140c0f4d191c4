/**
 * An article's references as the film's `sources`: `<ref>` with a cite template (cite web,
 * cite news, cite book, citation …), a bare link, or plain text; named once and reused with
 * `<ref name=… />` anywhere in the article. Only the references that back an imported fact
 * become sources, each once, in the order the facts first cite them.
 */
import type { Notes } from '../notes.js';
import { type ShortCitation, type Span, type WikiText, SHORT, shortOf, topTemplates } from './markup.js';
import type { Context, RefUse, SourceJson } from './context.js';
import { plain } from './inline.js';
import { isoDate } from './values.js';
import { slug } from '../../model/slug.js';

export type { RefUse, SourceJson };

const NAMED_DEFINITION = /<ref\b([^>]*?\bname\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'/>]+))[^>]{0,500}?)(?<!\/)>((?:(?!<ref\b)[\s\S])*?)<\/ref\s*>/gi;
// Korean Wikipedia's cite templates ({{웹 인용}}, {{뉴스 인용}}…) take these or their Korean names.
const PUBLISHER_KEYS = ['work', 'website', 'newspaper', 'magazine', 'journal', 'periodical', 'agency', 'publisher', 'via', '웹사이트', '뉴스', '신문', '작품', '잡지', '저널', '출판사'];
const CITE = /^(?:cite\b|citation$|cite$|(?:웹|뉴스|서적|책|저널|논문)\s?인용$|인용$)/;

/**
 * The cite templates of one site, which name the page by its id on that site and write neither the
 * site's name nor the address (`{{Cite Box Office Mojo |id=tt6710474 |title=…}}`): the publisher
 * and the address they stand for, as each template writes them.
 */
const SITES = new Map<string, { publisher: string; url: (id: string, type?: string) => string }>([
  ['cite box office mojo', {
    publisher: 'Box Office Mojo',
    url: (id) => `https://www.boxofficemojo.com/${/^(tt|rl)\d/.test(id) ? `${id.startsWith('tt') ? 'title' : 'release'}/${id}/` : `movies/?id=${id}`}`,
  }],
  ['cite rotten tomatoes', {
    publisher: 'Rotten Tomatoes',
    url: (id, type) => `https://www.rottentomatoes.com/${/^(m|tv)\//.test(id) ? id : `${type === 'tv' ? 'tv' : 'm'}/${id}`}`,
  }],
  ['cite metacritic', {
    publisher: 'Metacritic',
    url: (id, type) => `https://www.metacritic.com/${/^(movie|tv)\//.test(id) ? id : `${type === 'tv' ? 'tv' : 'movie'}/${id}`}`,
  }],
  ['cite the numbers', { publisher: 'The Numbers', url: (id) => `https://www.the-numbers.com/movie/${id}` }],
  ['cite afi', { publisher: 'American Film Institute', url: (id) => `https://catalog.afi.com/Catalog/moviedetails/${id}` }],
]);


export class Citations {
  /** The article itself: every fact of its infobox comes from it. */
  readonly article: SourceJson;
  private readonly definitions = new Map<string, { content: string; offset: number }>();
  private readonly byKey = new Map<string, string | undefined>();
  private readonly listed: SourceJson[] = [];
  /** The article's bibliography, read the first time a short citation needs it. */
  private works?: Map<string, Span>;
  private context?: Context;

  constructor(private readonly wiki: WikiText, private readonly notes: Notes, article: SourceJson) {
    this.article = article;
    for (const m of wiki.text.matchAll(NAMED_DEFINITION)) {
      const name = (m[2] ?? m[3] ?? m[4])!.trim();
      if (!this.definitions.has(name) && m[5]!.trim()) this.definitions.set(name, { content: m[5]!, offset: m.index! + m[0].indexOf('>') + 1 });
    }
  }

  /** The context that renders a citation's text; set once it exists, as it holds this too. */
  attach(context: Context): void {
    this.context = context;
  }

  /** The id of the source a reference stands for, creating the source the first time. */
  use(ref: RefUse): string | undefined {
    const defined = ref.name === undefined ? undefined : this.definitions.get(ref.name);
    const content = ref.content?.trim() ? ref.content : defined?.content;
    const key = ref.name !== undefined ? `name:${ref.name}` : `text:${content ?? ''}`;
    if (this.byKey.has(key)) return this.byKey.get(key);
    let id: string | undefined;
    if (content === undefined) {
      this.notes.add(ref.line, `<ref name="${ref.name}" />`, 'a reference whose text is not in this wikitext: paste the article\'s whole source to keep it', { reason: 'referenceMissing' });
    } else if (startsShort(content, this.wiki)) {
      // `<ref>{{harvnb|Lebo|2005|p=3}}</ref>`: a short citation inside a reference.
      id = this.short(shortOf(topTemplates({ text: content, offset: 0 }, this.wiki)[0]!, ref.line));
    } else {
      const source = this.read(content, defined && !ref.content?.trim() ? defined.offset : undefined, ref);
      if (source) {
        source.id = this.uniqueId(ref.name ?? source.publisher ?? source.title);
        this.listed.push(source);
        id = source.id;
      }
    }
    this.byKey.set(key, id);
    return id;
  }

  /**
   * A short citation, `{{sfn|Lebo|2005|p=180}}`: the work of the article's bibliography by those
   * authors in that year (its `{{cite book |last=Lebo |year=2005 …}}`) at that page, or, when the
   * article lists no such work, the short citation as written ("Lebo 2005, p. 180").
   */
  short({ parts, at: where, line }: ShortCitation): string | undefined {
    const work = this.bibliography().get(harvKey(parts));
    const at = where ? `, ${where}` : '';
    if (!work) return this.use({ content: `${parts.slice(0, -1).join(' and ')} ${parts.at(-1) ?? ''}${at}`.trim(), line });
    const key = `short:${harvKey(parts)}${at}`;
    if (this.byKey.has(key)) return this.byKey.get(key);
    const source = this.read(work.text, work.offset, { line });
    if (source) {
      source.title += at;
      source.id = this.uniqueId(`${parts.join(' ')}${at}`);
      this.listed.push(source);
    }
    this.byKey.set(key, source?.id);
    return source?.id;
  }

  /** The article's cite templates by their authors' surnames and year (`lebo 2005`), as `{{sfn}}` finds them. */
  private bibliography(): Map<string, Span> {
    if (this.works) return this.works;
    this.works = new Map();
    for (const cite of topTemplates({ text: this.wiki.text, offset: 0 }, this.wiki)) {
      if (!CITE.test(cite.name)) continue;
      const param = (key: string) => cite.named.get(key)?.text.trim();
      const surnames = [];
      for (let n = 1; n <= 4; n++) {
        const surname = param(`last${n}`) ?? param(`surname${n}`) ?? (n === 1 ? param('last') ?? param('surname') : undefined);
        if (surname) surnames.push(surname);
      }
      const year = param('year') ?? /\b\d{4}\b/.exec(param('date') ?? '')?.[0];
      if (surnames.length && year && !this.works.has(harvKey([...surnames, year]))) {
        this.works.set(harvKey([...surnames, year]), { text: this.wiki.text.slice(cite.start, cite.end), offset: cite.start });
      }
    }
    return this.works;
  }

  /** The sources facts point to, the article first. */
  sources(): SourceJson[] {
    return [this.article, ...this.listed];
  }

  private uniqueId(base: string): string {
    const stem = slug(base, 40) || 'source';
    const taken = new Set([this.article.id, ...this.listed.map((s) => s.id)]);
    let id = stem;
    for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
    return id;
  }

  /** A source from a reference's text; undefined (and a note) when it says nothing usable. */
  private read(content: string, offset: number | undefined, ref: RefUse): SourceJson | undefined {
    const context = this.context!;
    // A reuse's text sits where it was defined; a new reference's on its own line.
    const at = offset ?? this.wiki.text.indexOf(content);
    const span = { text: content, offset: at === -1 ? 0 : at };
    const cite = topTemplates(span, this.wiki).find((t) => CITE.test(t.name));
    if (cite) {
      const param = (key: string) => {
        const value = cite.named.get(key);
        return value && value.text ? plain(value, context) || undefined : undefined;
      };
      const site = SITES.get(cite.name);
      const id = site && cite.named.get('id')?.text.trim();
      // An id is a path on the site: one with spaces or markup in it is no address.
      const onSite = id && /^[^\s"'<>\\|{}[\]]+$/.test(id) ? site.url(id, cite.named.get('type')?.text.trim().toLowerCase()) : undefined;
      const url = cite.named.get('url')?.text.trim() || onSite;
      const publisher = PUBLISHER_KEYS.map(param).find(Boolean) ?? site?.publisher;
      const title = param('title') ?? param('제목') ?? param('trans-title') ?? publisher ?? (url && host(url));
      if (!title) {
        this.notes.add(ref.line, content, 'a citation with neither a title, a publisher nor a URL', { reason: 'citationEmpty' });
        return undefined;
      }
      const source: SourceJson = { id: '', title };
      if (publisher && publisher !== title) source.publisher = publisher;
      const dateKey = ['date', '날짜', 'year'].find((key) => cite.named.has(key)) ?? 'date';
      const written = param(dateKey);
      const date = written && isoDate(written);
      if (date) source.date = date;
      else if (written) this.notes.add(cite.named.get(dateKey)!.line, written, 'a citation date that is not a calendar date', { reason: 'citationDate' });
      if (url && /^https?:\/\//i.test(url)) source.url = url;
      return source;
    }
    const link = /\[(https?:\/\/[^\s\]]+)(?:\s+([^\]]*))?\]/i.exec(content) ?? /(https?:\/\/[^\s<|\]]+)/i.exec(content);
    const words = plain({ text: content.replace(/\[https?:\/\/[^\s\]]+\s*([^\]]*)\]/gi, '$1').replace(/https?:\/\/[^\s<|\]]+/gi, ''), offset: span.offset }, context);
    const title = (link?.[2] && plain({ text: link[2], offset: span.offset }, context)) || words || (link && host(link[1]!));
    if (!title) {
      this.notes.add(ref.line, content, 'a reference with no text the importer can read', { reason: 'referenceEmpty' });
      return undefined;
    }
    const source: SourceJson = { id: '', title };
    if (link) source.url = link[1]!;
    return source;
  }
}

/** Whether a reference's text starts with a short citation (`{{harvnb|…}}`). */
function startsShort(content: string, wiki: WikiText): boolean {
  const [first] = topTemplates({ text: content, offset: 0 }, wiki);
  return !!first && SHORT.test(first.name) && !content.slice(0, first.start).trim();
}

/** How `{{sfn}}` and a cite template name one work: its authors' surnames and its year. */
const harvKey = (parts: string[]) => parts.map((part) => part.toLowerCase()).join(' ');

function host(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
