import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { FilmElement } from '../../core/film-element.js';
import { Citations } from '../../core/citations.js';
import type { Film } from '../../model/index.js';
import { filmPlotStyles } from './film-plot.styles.js';

/** Paragraphs are separated by blank lines; single line breaks stay inside a paragraph. */
const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

/**
 * A film's plot behind a spoiler guard: the spoiler-free logline when the data has one, then
 * a button that reveals the full synopsis and moves focus to it. A plot the data marks as
 * free of spoilers is shown at once.
 *
 * @tagname film-plot
 * @summary A film's plot, with a spoiler guard.
 * @csspart base - The plot's box.
 * @csspart title - The "Plot" title.
 * @csspart logline - The short, spoiler-free line.
 * @csspart reveal - The button that shows and hides the full plot.
 * @csspart text - The full plot.
 * @csspart hide - The button after the revealed plot that hides it again.
 * @csspart sources - The numbered sources.
 */
export class FilmPlot extends FilmElement {
  static override styles = [...FilmElement.styles, filmPlotStyles];

  static override properties = {
    ...FilmElement.properties,
    spoilers: { reflect: true },
  };

  /** `hidden` (the default): the full plot waits behind a button; `shown`: it is open. */
  declare spoilers: 'hidden' | 'shown';

  // What to focus after the next render, when the reader used a button.
  #focusNext?: '.text' | '.reveal';

  constructor() {
    super();
    this.spoilers = 'hidden';
  }

  static override readonly tag = 'film-plot';

  protected override renderFilm(film: Film): TemplateResult {
    const s = this.strings;
    const plot = film.plot;
    const text = plot?.text ? paragraphs(plot.text) : [];
    const logline = plot?.logline?.trim();
    if (!logline && !text.length) {
      return html`<section part="base" class="base" lang=${this.locale} aria-label=${s.plotLabel(film.title)}>
        <p part="title" class="title">${s.plotTitle}</p>
        <p class="none">${s.plotNone}</p>
      </section>`;
    }
    const cite = new Citations(film.sources, s, this.locale);
    // Only a plot the data marks as free of spoilers goes without a guard.
    const guarded = text.length > 0 && plot?.spoilers !== false;
    const open = !guarded || this.spoilers === 'shown';
    const last = text.length - 1;

    return html`<section part="base" class="base" lang=${this.locale} aria-label=${s.plotLabel(film.title)}>
      <p part="title" class="title">${s.plotTitle}</p>
      ${logline ? html`<p part="logline" class="logline">${logline}${text.length ? nothing : cite.mark(plot?.sources)}</p>` : nothing}
      ${guarded
        ? html`<button part="reveal" class="reveal" aria-controls="plot" aria-expanded=${String(open)}
            @click=${() => this.#show(!open)}>${open ? s.plotHide : s.plotReveal}</button>`
        : nothing}
      ${text.length
        ? html`<div part="text" id="plot" class="text" role="region" aria-label=${s.plotFull}
            tabindex=${guarded ? '-1' : nothing} ?hidden=${!open}>
            ${text.map((p, i) => html`<p>${p}${i === last ? cite.mark(plot?.sources) : nothing}</p>`)}
          </div>`
        : nothing}
      ${guarded && open
        ? html`<button part="hide" class="hide" aria-controls="plot" aria-expanded="true"
            @click=${() => this.#show(false)}>${s.plotHide}</button>`
        : nothing}
      ${cite.list()}
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#focusNext) return;
    this.renderRoot.querySelector<HTMLElement>(this.#focusNext)?.focus();
    this.#focusNext = undefined;
  }

  /** Opens or closes the full plot from a button, and moves focus to what follows. */
  #show(open: boolean): void {
    this.spoilers = open ? 'shown' : 'hidden';
    // Focus moves into the revealed text, so a screen reader reads it once, from its start;
    // after hiding, it returns to the reveal button rather than falling to the page.
    this.#focusNext = open ? '.text' : '.reveal';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'film-plot': FilmPlot;
  }
}
