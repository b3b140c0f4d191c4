import { html, nothing, type TemplateResult } from 'lit';
import { FilmElement } from '../../core/film-element.js';
import type { Helpers, Load } from '../../core/film-load.js';
import { below, heading, titleLevel } from '../../core/heading.js';
import { scriptText } from '../../core/script-text.js';
import { directionOf } from '../../core/lang-watch.js';
import { forReader } from '../../core/read-once.js';
import { addEnglish } from '../../core/strings/index.js';
import { formatDate, formatList, formatNumber } from '../../model/format.js';
import { langOfText } from '../../model/localised.js';
import { itemList } from './list-jsonld.js';
import { textFor } from './list-document.js';
import { ListLoad, type ListEntry, type ReadList } from './list-load.js';
import { listStyles } from './film-list.styles.js';
import { english } from './film-list.en.js';
import { sections, tag } from './descriptor.js';

export type { ReadList, ListEntry };
export type { FilmListing, ListedFilm } from './list-document.js';

/**
 * A list of films with the author's note on each: ranked (an ordered list) unless `unranked`.
 * Each entry has its rank, the title (a link to the film's page when there is one), the year and
 * the director, the poster when given, the note, and the film's infobox behind a native
 * disclosure, whose code is fetched when a reader first opens one (static HTML has it inside).
 * One column on a phone, a grid when wide. The list is given as a film is: the `list` property,
 * `src` (a URL, or `#id` of a JSON script on the page) or an inline JSON script:
 *
 *   { "title": "…", "items": [ { "film": <film JSON, its URL or "#id">, "note": "…", "page": "…" } ] }
 *
 * `page` is the film's own page on the site: when every film has one, `jsonld` writes the list
 * as a summary of those pages, otherwise each film's name, poster, date and director.
 *
 * @tagname film-list
 * @summary A ranked list of films, with notes and the film carousel's JSON-LD.
 * @fires film-load - The list was read; `detail` has the list (`list`) and the problems found.
 * @csspart base - The list's box (a `<section>` named by its title).
 * @csspart title - The list's title (a heading).
 * @csspart films - The list itself (`<ol>`, or `<ul>` when unranked).
 * @csspart entry - Each film's entry (`<li>`).
 * @csspart rank - An entry's rank.
 * @csspart film-title - An entry's title (a heading).
 * @csspart link - An entry's title link.
 * @csspart poster - An entry's poster.
 * @csspart note - The author's note.
 * @csspart facts - The disclosure that holds the film's infobox.
 * @csspart infobox - The film's `<film-infobox>` inside it.
 * @cssprop --film-list-poster-width - Width of each poster (default 72px).
 * @cssprop --film-list-column - The least width of a column in the wide grid (default 17em).
 */
export class FilmList extends FilmElement {
  /** The sections of each film it shows, whose readers it brings: none beside what every film has. */
  static override readonly sections = sections;
  static { addEnglish(english); }

  static override styles = [...FilmElement.styles, listStyles];
  static override readonly tag = tag;
  static override properties = {
    ...FilmElement.properties,
    unranked: { type: Boolean, reflect: true },
  };

  /** A plain list (`<ul>`, no ranks) instead of a ranked one. */
  declare unranked: boolean;
  /** Set while the base is built (`loadOf`), before this class's own fields. */
  declare private lists: ListLoad;

  constructor() {
    super();
    this.unranked = false;
    // A list set on the tag before its code arrived is an own property that hides ours.
    if (Object.hasOwn(this, 'list')) {
      const value = (this as { list?: unknown }).list;
      delete (this as { list?: unknown }).list;
      this.list = value;
    }
  }

  protected override loadOf(helpers: Helpers): Load {
    return (this.lists = new ListLoad(this, helpers, (list) => this.#publish(list)));
  }

  /** The list: an object or JSON text (see above). Reading it gives the list as read, once loaded. */
  get list(): ReadList | undefined {
    return this.lists.list;
  }
  set list(value: unknown) {
    this.lists.give(value);
  }

  protected override renderState(): unknown {
    if (this.status !== 'ready' || !this.lists.list) return super.renderState();
    return this.#renderList(this.lists.list);
  }

  /** Unused: a list is drawn by `renderState`, one film at a time by `#entry`. */
  protected override renderFilm(): unknown {
    return nothing;
  }

  #renderList(list: ReadList): TemplateResult {
    const s = this.strings;
    const locale = this.locale;
    const level = titleLevel(this);
    const title = textFor(list.title, locale);
    const entries = list.entries.map((entry, i) => this.#entry(entry, i + 1, below(level)));
    const films = !list.entries.length
      ? html`<p class="empty">${s.listEmpty}</p>`
      : this.unranked
        ? html`<ul part="films" class="films" role="list">${entries}</ul>`
        : html`<ol part="films" class="films" role="list">${entries}</ol>`;
    return html`<section part="base" class="base list" lang=${locale} aria-labelledby=${title ? 'title' : nothing}
      aria-label=${title ? nothing : s.listUntitled}>${title ? heading(level, title, 'title', 'title') : nothing}${films}</section>`;
  }

  #entry(entry: ListEntry, rank: number, level: number): TemplateResult {
    const s = this.strings;
    const shownRank = this.unranked ? nothing : html`<span part="rank" class="rank">${formatNumber(rank, this.locale)}</span> `;
    // The note's language is the author's, which the list does not say: its direction is its own.
    const note = textFor(entry.note, this.locale);
    const noted = note ? html`<p part="note" class="note" dir="auto">${note}</p>` : nothing;
    if (!entry.film) {
      return html`<li part="entry" class="entry failed" id=${this.#anchor(rank)}><div class="body">
        <p class="film-title">${shownRank}${s.errorTitle}</p>
        <details class="for-author"><summary>${s.errorDetails}</summary><p class="reason">${entry.failure?.(s)}</p></details>
        ${noted}</div></li>`;
    }
    const film = forReader(entry.film, this.locale);
    const link = entry.page ?? film.url;
    const titleLang = langOfText(film, 'title', this.locale);
    const name = html`<span lang=${titleLang ?? nothing}>${film.title}</span>`;
    const directors = film.credits?.directors?.map((d) => d.name) ?? [];
    const year = film.year !== undefined ? String(film.year).padStart(4, '0') : undefined;
    const poster = film.poster;
    return html`<li part="entry" class="entry ${poster ? 'has-poster' : ''}" id=${this.#anchor(rank)}>
      ${poster
        ? html`<img part="poster" class="poster" src=${poster.src} alt=${poster.alt} loading="lazy" decoding="async"
            width=${poster.width ?? nothing} height=${poster.height ?? nothing}>`
        : nothing}
      <div class="body">
        ${heading(level, html`${shownRank}${link ? html`<a part="link" class="link" href=${link}>${name}</a>` : name}`, 'film-title')}
        ${year || directors.length ? html`<p class="about">${year ? html`<time datetime=${year}>${formatDate(year, this.locale)}</time>` : nothing}${
          year && directors.length ? html`<span aria-hidden="true"> · </span>` : nothing}${
          directors.length ? s.listDirectedBy(formatList(directors, this.locale)) : nothing}</p>` : nothing}
        ${noted}
        <details part="facts" class="facts" @toggle=${this.#opened}>
          <summary>${s.listFacts}<span class="visually-hidden">: ${film.title}</span></summary>
          ${this.#infobox(entry, below(level))}
        </details>
      </div>
    </li>`;
  }

  /**
   * The film's infobox from the film as it was given (inline, its URL, `#id`), read with the
   * infobox's own sections. It is drawn closed: its code is fetched on first opening (`#opened`).
   */
  #infobox({ given }: ListEntry, level: number): TemplateResult {
    // Its language and direction are the list's, given at once: a server knows no page to find
    // them in, and an infobox upgraded before the list would find none on it.
    const dir = this.getAttribute('dir') ?? directionOf(this.locale);
    return typeof given === 'object'
      ? html`<film-infobox part="infobox" heading-level=${level} dir=${dir} .locale=${this.locale} .film=${given}></film-infobox>`
      : html`<film-infobox part="infobox" heading-level=${level} dir=${dir} .locale=${this.locale} src=${given}></film-infobox>`;
  }

  #anchor(rank: number): string {
    return `${this.id || 'film-list'}-${rank}`;
  }

  /** The first opening of an entry fetches the infobox's code (static HTML has it drawn already). */
  #opened = (event: Event): void => {
    if (!(event.target as HTMLDetailsElement).open || customElements.get('film-infobox')) return;
    // The CDN build takes this from the infobox's entry, one file (see rollup.config.mjs).
    import('../film-infobox/film-infobox.js').then(({ FilmInfobox }) => FilmInfobox.define(), () => {});
  };

  /** The list's `ItemList`, once per list, into the page's head (see list-jsonld.ts). */
  #publish(list: ReadList): void {
    if (typeof document === 'undefined') return;
    const page = location.href.split('#')[0]!;
    const listed = list.entries.flatMap((entry, i) => entry.film
      ? [{ rank: i + 1, film: forReader(entry.film, 'en'), anchor: this.#anchor(i + 1), ...(entry.page && { page: entry.page }) }] : []);
    const found = itemList(listed, page, textFor(list.title, this.locale));
    if (!found) return;
    const json = JSON.stringify(found).replace(/</g, '\\u003c');
    const key = `list:${this.lists.digest}`;
    if ([...document.head.querySelectorAll('script[data-film-jsonld]')].some((s) => s.getAttribute('data-film-jsonld') === key)) return;
    const text = scriptText(json);
    if (text === undefined) return;
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute('data-film-jsonld', key);
    script.text = text as string;
    document.head.append(script);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'film-list': FilmList;
  }
}
