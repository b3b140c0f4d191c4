import { html, nothing, type TemplateResult } from 'lit';
import { FilmElement } from '../../core/film-element.js';
import { formatDate, formatList, regionName } from '../../model/format.js';
import type { Film, OtherFilm } from '../../model/types.js';
import { hatnoteStyles } from './film-hatnote.styles.js';
import { addEnglish } from '../../core/strings/index.js';
import { english } from './film-hatnote.en.js';
import { sections, tag } from './descriptor.js';

// Private-use characters mark where each film goes in a formatted list, so the list is
// joined by `formatList` in the reader's language and the films can still be links.
const slot = (i: number) => `\u{E000}${i}\u{E001}`;
const slots = /\u{E000}(\d+)\u{E001}/u;

/**
 * The disambiguation line an encyclopedia puts on top of an article: which film this is
 * (its year and countries) and where the other films of the same title are, linked when the
 * data gives their URLs. With no other films it shows nothing at all.
 *
 * It has no title, so `heading-level`, which every element takes from the base, changes
 * nothing in it.
 *
 * @tagname film-hatnote
 * @summary "This article is about the 2023 film. For the 2025 film, see …"
 * @csspart base - The note (an italic, indented line).
 * @csspart link - Each link to another film.
 * @cssprop --film-hatnote-indent - How far the line is indented (default 1.6em).
 */
export class FilmHatnote extends FilmElement {
  /** The sections of a film it shows, whose readers it brings. */
  static override readonly sections = sections;
  static { addEnglish(english); }

  static override styles = [...FilmElement.styles, hatnoteStyles];

  static override readonly tag = tag;

  protected override renderFilm(film: Film): TemplateResult {
    const others = film.otherFilms ?? [];
    if (!others.length) {
      return html`<div part="base" class="base hatnote" lang=${this.locale} hidden></div>`;
    }
    const s = this.strings;
    const about = this.#about(film);
    const first = others[0]!;
    const see = others.length === 1
      ? s.hatnoteOne(this.#name(first), first.year !== undefined ? this.#year(first.year) : undefined)
      : s.hatnoteMany(this.#names(others));
    return html`<div part="base" class="base hatnote" role="note" lang=${this.locale}>${
      about ? html`${about} ` : nothing}${see}</div>`;
  }

  /** "This article is about the 2023 film from South Korea", or undefined with nothing to say. */
  #about(film: Film): string | undefined {
    const year = film.year !== undefined ? this.#year(film.year) : undefined;
    const countries = this.#countries(film.countries ?? []);
    return year || countries ? this.strings.hatnoteAbout(year, countries) : undefined;
  }

  /**
   * Country codes are named in the reader's language; names written out in the data are
   * English, so they are used in English only. When any country cannot be named in the
   * reader's language the sentence leaves the countries out rather than name some of them.
   */
  #countries(countries: string[]): string | undefined {
    if (!countries.length) return undefined;
    const english = this.locale.toLowerCase().split('-')[0] === 'en';
    if (!english && !countries.every((c) => /^[A-Z]{2}$/.test(c))) return undefined;
    return formatList(countries.map((c) => regionName(c, this.locale)), this.locale);
  }

  #year(year: number): string {
    return formatDate(String(year).padStart(4, '0'), this.locale);
  }

  /** The other film's name as its article would be titled, linked when it has a URL. */
  #name(other: OtherFilm) {
    const name = this.strings.hatnoteFilmName(other.title, other.year !== undefined ? this.#year(other.year) : undefined);
    return other.url ? html`<a part="link" href=${other.url}>${name}</a>` : html`<span class="name">${name}</span>`;
  }

  /** Several films, joined as the reader's language joins a list. */
  #names(others: OtherFilm[]) {
    const joined = formatList(others.map((_, i) => slot(i)), this.locale);
    return joined.split(slots).map((piece, i) => (i % 2 ? this.#name(others[Number(piece)]!) : piece));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'film-hatnote': FilmHatnote;
  }
}
