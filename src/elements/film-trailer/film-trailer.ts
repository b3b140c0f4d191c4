import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { FilmElement } from '../../core/film-element.js';
import { brokenImages } from '../../core/broken-image.js';
import type { Film } from '../../model/types.js';
import { trailerStyles } from './film-trailer.styles.js';
import { addEnglish } from '../../core/strings/index.js';
import { english } from './film-trailer.en.js';
import { sections, tag } from './descriptor.js';
import { playerFor } from './video-address.js';

/**
 * The film's trailer, which asks nothing of the video site until the reader chooses to watch:
 * a 16:9 frame with the trailer's thumbnail (or the film's poster), both from where the film
 * data says, and one play button. Pressing it puts the video host's player (YouTube's
 * `youtube-nocookie.com`, Vimeo with `dnt=1`) in the same frame, so nothing on the page moves,
 * and moves focus into it. A trailer on another site is a link to it; so is every trailer in
 * static HTML and before the script runs. A page with a strict Content Security Policy names
 * the players in `frame-src` (see the README).
 *
 * It has no title, so `heading-level`, which every element takes from the base, changes
 * nothing in it.
 *
 * @tagname film-trailer
 * @summary A trailer that fetches nothing from YouTube or Vimeo until the reader presses play.
 * @csspart base - The box around the frame.
 * @csspart frame - The 16:9 frame.
 * @csspart play - The play button.
 * @csspart link - The link to the video, where it cannot play in place.
 * @csspart thumbnail - The picture in the frame before play.
 * @csspart label - The words on the frame ("Play trailer: …").
 * @csspart player - The video host's player, after play.
 * @cssprop --film-trailer-frame - The frame's colour around and behind the picture (default black).
 */
export class FilmTrailer extends FilmElement {
  /** The sections of a film it shows, whose readers it brings. */
  static override readonly sections = sections;
  static { addEnglish(english); }

  static override styles = [...FilmElement.styles, trailerStyles];

  static override readonly tag = tag;

  /** The player's address once the reader pressed play: a new trailer shows its frame again. */
  #playing?: string;
  #focusPlayer = false;
  /** The pictures that did not load: the frame falls back to the next. */
  #images = brokenImages(this);
  /** This render drew a link that the script, now running, turns into a play button. */
  #drewLink = false;

  protected override renderFilm(film: Film): TemplateResult {
    const s = this.strings;
    const trailer = film.trailer;
    this.#drewLink = false;
    if (!trailer?.url) {
      return html`<div part="base" class="base none-given" lang=${this.locale}><p class="none">${s.trailerNone}</p></div>`;
    }
    const name = trailer.name ?? film.title;
    const player = playerFor(trailer.url);
    let inFrame: TemplateResult;
    if (player && this.#playing === player.embed) {
      inFrame = html`<iframe part="player" class="player" src=${player.embed} title=${s.trailerFrame(name)}
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen" allowfullscreen
        referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
    } else if (player && this.#live()) {
      inFrame = html`<button part="play" class="cover" type="button" @click=${() => this.#play(player.embed)}>${
        this.#picture(film)}<span class="icon" aria-hidden="true"></span><span part="label" class="label">${s.trailerPlay(name)}</span></button>`;
    } else {
      this.#drewLink = Boolean(player);
      inFrame = html`<a part="link" class="cover" href=${trailer.url}>${
        this.#picture(film)}<span class="icon" aria-hidden="true"></span><span part="label" class="label">${s.trailerWatch(name)}</span></a>`;
    }
    return html`<div part="base" class="base trailer" lang=${this.locale}><div part="frame" class="frame">${inFrame}</div></div>`;
  }

  /**
   * Whether the script is running here: not on a server, and not in the first render of static
   * HTML, which must draw what the server drew (a link) to keep its nodes; the next render
   * draws the button.
   */
  #live(): boolean {
    return !isServer && (this.hasUpdated || !this.hasAttribute('rendered'));
  }

  /** The trailer's thumbnail, else the film's poster; the frame stays dark when neither loads. */
  #picture(film: Film) {
    const picture = this.#images.usable(film.trailer?.thumbnail, film.poster);
    // The control's words name it: the picture adds nothing for a screen reader.
    return picture
      ? html`<img part="thumbnail" class="still" src=${picture.src} alt="" loading="lazy" decoding="async" @error=${this.#images.failed}>`
      : nothing;
  }

  #play(embed: string): void {
    this.#playing = embed;
    this.#focusPlayer = true;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#drewLink) this.requestUpdate();
    if (!this.#focusPlayer) return;
    this.#focusPlayer = false;
    this.renderRoot.querySelector<HTMLIFrameElement>('iframe.player')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'film-trailer': FilmTrailer;
  }
}
