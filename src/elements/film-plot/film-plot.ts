import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { FilmElement } from '../../core/film-element.js';
import { Citations } from '../../core/citations.js';
import { disclosureStyles, toggleWords } from '../../core/disclosure.js';
import { below, heading, titleLevel } from '../../core/heading.js';
import type { Film } from '../../model/index.js';
import { filmPlotStyles } from './film-plot.styles.js';
import { addEnglish } from '../../core/strings/index.js';
import { english } from './film-plot.en.js';
import { sections, tag } from './descriptor.js';

/** Paragraphs are separated by blank lines; single line breaks stay inside a paragraph. */
const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

/**
 * A film's plot behind a spoiler guard: the spoiler-free logline when the data has one, then
 * a native `<details>` whose summary reveals the full synopsis. It opens in static HTML and
 * before any script has run; once upgraded, opening it by hand moves focus to the text, and a
 * button after the text closes it again. A plot the data marks as free of spoilers is shown
 * at once.
 *
 * @tagname film-plot
 * @summary A film's plot, with a spoiler guard.
 * @csspart base - The plot's box.
 * @csspart title - The "Plot" title (a heading).
 * @csspart logline - The short, spoiler-free line.
 * @csspart guard - The `<details>` that holds the full plot.
 * @csspart reveal - Its `<summary>`, which shows and hides the full plot.
 * @csspart text - The full plot.
 * @csspart hide - The button after the revealed plot that hides it again (once upgraded).
 * @csspart sources - The numbered sources.
 */
export class FilmPlot extends FilmElement {
  /** The sections of a film it shows, whose readers it brings. */
  static override readonly sections = sections;
  static { addEnglish(english); }

  static override styles = [...FilmElement.styles, disclosureStyles, filmPlotStyles];

  static override properties = {
    ...FilmElement.properties,
    spoilers: { reflect: true },
  };

  /** `hidden` (the default): the full plot waits behind its summary; `shown`: it is open. */
  declare spoilers: 'hidden' | 'shown';

  // What to focus after the next render, when the reader opened or closed the plot by hand.
  #focusNext?: '.text' | '.reveal';

  constructor() {
    super();
    this.spoilers = 'hidden';
  }

  static override readonly tag = tag;

  protected override renderFilm(film: Film): TemplateResult {
    const s = this.strings;
    const plot = film.plot;
    const text = plot?.text ? paragraphs(plot.text) : [];
    const logline = plot?.logline?.trim();
    const level = titleLevel(this);
    if (!logline && !text.length) {
      return html`<section part="base" class="base" lang=${this.locale} aria-label=${s.plotLabel(film.title)}>
        ${heading(level, s.plotTitle, 'title')}
        <p class="none">${s.plotNone}</p>
      </section>`;
    }
    const cite = new Citations(film.sources, s, this.locale);
    // Only a plot the data marks as free of spoilers goes without a guard.
    const guarded = text.length > 0 && plot?.spoilers !== false;
    const open = !guarded || this.spoilers === 'shown';
    const last = text.length - 1;
    const full = text.length
      ? html`<div part="text" id="plot" class="text" role="region" aria-label=${s.plotFull}
          tabindex=${guarded ? '-1' : nothing}>
          ${text.map((p, i) => html`<p>${p}${i === last ? cite.mark(plot?.sources) : nothing}</p>`)}
        </div>`
      : nothing;

    return html`<section part="base" class="base" lang=${this.locale} aria-label=${s.plotLabel(film.title)}>
      ${heading(level, s.plotTitle, 'title')}
      ${logline ? html`<p part="logline" class="logline">${logline}${text.length ? nothing : cite.mark(plot?.sources)}</p>` : nothing}
      ${guarded
        ? html`<details part="guard" class="guard" ?open=${open} @toggle=${this.#toggled}>
            <summary part="reveal" class="reveal toggle">${toggleWords(s.plotReveal, s.plotHide)}</summary>
            ${full}
            ${!isServer && open
              ? html`<button part="hide" class="hide" @click=${() => this.#show(false)}>${s.plotHide}</button>`
              : nothing}
          </details>`
        : full}
      ${cite.list(below(level))}
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#focusNext) return;
    this.renderRoot.querySelector<HTMLElement>(this.#focusNext)?.focus();
    this.#focusNext = undefined;
  }

  /** The details opened or closed: by the reader (then `spoilers` follows) or by a render. */
  #toggled = (event: Event): void => {
    const open = (event.target as HTMLDetailsElement).open;
    if (open === (this.spoilers === 'shown')) return;
    this.#show(open);
  };

  /** Opens or closes the full plot at the reader's request, and moves focus to what follows. */
  #show(open: boolean): void {
    this.spoilers = open ? 'shown' : 'hidden';
    // Focus moves into the revealed text, so a screen reader reads it once, from its start;
    // after hiding, it returns to the summary rather than falling to the page.
    this.#focusNext = open ? '.text' : '.reveal';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'film-plot': FilmPlot;
  }
}
