import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { FilmElement } from '../../core/film-element.js';
import { Citations } from '../../core/citations.js';
import { below, heading, titleLevel } from '../../core/heading.js';
import { formatList } from '../../model/format.js';
import { type Localisable, langOfText } from '../../model/localised.js';
import type { CastMember, Film } from '../../model/types.js';
import { castListStyles } from './cast-list.styles.js';
import { addEnglish } from '../../core/strings/index.js';
import { english } from './cast-list.en.js';
import { sections, tag } from './descriptor.js';

/**
 * The cast of a film: each actor with the character they play and what the data says about
 * the role ("Jeon Jong-seo as Jang Ok-ju, a former bodyguard"), their earlier work, and a
 * photo when the data gives one. What the sources write about a character (`about`) is shown
 * beneath the entry in a closed native `<details>` ("About Jang Ok-ju (spoilers)"), since a
 * character guide may give the story away; it opens without a script. With
 * `limit`, the entries after the first few wait behind a "Show all" button.
 *
 * @tagname cast-list
 * @summary A film's cast, actor by actor.
 * @csspart base - The cast list's box.
 * @csspart title - The "Cast" title.
 * @csspart list - The list of cast members.
 * @csspart member - Each cast member's entry.
 * @csspart photo - Each photo's frame (also present, empty, beside entries without a photo).
 * @csspart actor - Each actor's name.
 * @csspart character - Each character's name.
 * @csspart note - What the data says about the role.
 * @csspart known-for - The actor's earlier work.
 * @csspart passage - Each passage a source writes about the character.
 * @csspart about - The `<details>` that holds those passages, closed until the reader opens it.
 * @csspart about-summary - Its `<summary>`, the control that opens and closes it.
 * @csspart show-all - The button that shows the entries beyond `limit`, and hides them again.
 * @csspart sources - The numbered sources.
 * @cssprop --film-cast-photo-size - Side of the square photos (default 56px).
 */
export class CastList extends FilmElement {
  /** The sections of a film it shows, whose readers it brings. */
  static override readonly sections = sections;
  static { addEnglish(english); }

  static override styles = [...FilmElement.styles, castListStyles];

  static override properties = {
    ...FilmElement.properties,
    limit: { type: Number, reflect: true },
    expanded: { type: Boolean, reflect: true },
  };

  /** How many entries to show before the "Show all" button; unset or 0 shows them all. */
  declare limit?: number;
  /** Whether the entries beyond `limit` are shown. */
  declare expanded: boolean;

  // Set when the reader expands the list, so focus can move to the first entry it reveals.
  #focusRevealed = false;

  constructor() {
    super();
    this.expanded = false;
  }

  static override readonly tag = tag;

  protected override renderFilm(film: Film): TemplateResult {
    const s = this.strings;
    const cast = film.cast ?? [];
    if (!cast.length) {
      return html`<section part="base" class="base" lang=${this.locale} aria-label=${s.castLabel(film.title)}>
        ${heading(titleLevel(this), s.castTitle, 'title')}
        <p class="none">${s.castNone}</p>
      </section>`;
    }
    // Every member and passage is a fact: one source behind nearly all is named once (see Citations).
    const facts = cast.flatMap((member) => [member.sources, ...(member.about ?? []).map((p) => p.sources)]);
    const cite = new Citations(film.sources, s, this.locale, { facts });
    const limit = this.#limit(cast.length);
    const withPhotos = cast.some((member) => member.photo);
    const level = titleLevel(this);

    return html`<section part="base" class="base" lang=${this.locale} aria-label=${s.castLabel(film.title)}>
      ${heading(level, s.castTitle, 'title')}
      <ul part="list" id="cast" class=${withPhotos ? 'cast with-photos' : 'cast'}>
        ${cast.map((member, i) => html`<li part="member" class="member"
          ?hidden=${i >= limit && !this.expanded} tabindex=${i === limit ? '-1' : nothing}>
          ${withPhotos ? this.#photo(member) : nothing}
          <div class="about">
            <p class="line">${this.#line(member)}${cite.mark(member.sources)}</p>
            ${member.knownFor?.length
              ? html`<p part="known-for" class="known-for">${s.castKnownFor(formatList(member.knownFor, this.locale))}</p>`
              : nothing}
            ${member.about?.length ? this.#about(member, cite) : nothing}
          </div>
        </li>`)}
      </ul>
      ${limit < cast.length
        ? html`<button part="show-all" class="show-all" aria-controls="cast" aria-expanded=${String(this.expanded)}
            @click=${this.#toggle}>${this.expanded ? s.castShowFewer : s.castShowAll(cast.length)}</button>`
        : nothing}
      ${cite.list(below(level))}
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#focusRevealed) return;
    this.#focusRevealed = false;
    this.renderRoot.querySelector<HTMLElement>('.member[tabindex="-1"]')?.focus();
  }

  /** The number of entries shown while collapsed. */
  #limit(count: number): number {
    const limit = Math.floor(Number(this.limit));
    return limit > 0 ? Math.min(limit, count) : count;
  }

  #toggle(): void {
    this.expanded = !this.expanded;
    this.#focusRevealed = this.expanded;
  }

  #line(member: CastMember) {
    const { actor, character, note } = member;
    const lang = (owner: Localisable, field: string) => langOfText(owner, field, this.locale) ?? nothing;
    const name = html`<span part="actor" class="actor" lang=${lang(actor, 'name')}>${actor.url ? html`<a href=${actor.url}>${actor.name}</a>` : actor.name}</span>`;
    return this.strings.castLine(
      name,
      character ? html`<span part="character" class="character" lang=${lang(member, 'character')}>${character}</span>` : undefined,
      note ? html`<span part="note" class="note">${note}</span>` : undefined,
    );
  }

  /**
   * What the sources write about the character, which may give the story away: in a closed
   * `<details>`, which works in server-rendered HTML and without JavaScript.
   */
  #about(member: CastMember, cite: Citations) {
    return html`<details part="about" class="guide">
      <summary part="about-summary" class="guide-summary">${this.strings.castGuide(member.character ?? member.actor.name)}</summary>
      ${member.about!.map((p) => html`<p part="passage" class="passage">${p.text}${cite.mark(p.sources)}</p>`)}
    </details>`;
  }

  // A fixed-size frame, so rows line up whether or not each member has a photo; an image
  // that fails to load leaves the empty frame rather than a broken-image box.
  #photo(member: CastMember) {
    const photo = member.photo;
    return html`<span part="photo" class="photo">${photo
      ? html`<img src=${photo.src} alt=${photo.alt} loading="lazy" decoding="async" width="56" height="56"
          @error=${(event: Event) => ((event.target as HTMLImageElement).hidden = true)}>`
      : nothing}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cast-list': CastList;
  }
}
