import { html, nothing, type TemplateResult } from 'lit';
import { FilmElement } from '../../core/film-element.js';
import { Citations } from '../../core/citations.js';
import { defineElement } from '../../core/define.js';
import { languageName, regionName } from '../../core/names.js';
import { formatDate, formatMoney, formatRuntime } from '../../model/format.js';
import type { Entity, Film } from '../../model/types.js';
import { infoboxStyles } from './film-infobox.styles.js';

/** The rows an encyclopedia infobox shows, in its order; `fields` picks and orders them. */
export const infoboxFields = [
  'director', 'producer', 'writer', 'screenplay', 'story', 'basedOn', 'starring', 'narrator',
  'music', 'cinematography', 'editor', 'production', 'distributor', 'released', 'runtime',
  'country', 'language', 'budget', 'boxOffice',
] as const;

export type InfoboxField = (typeof infoboxFields)[number];

const isField = (name: string): name is InfoboxField => (infoboxFields as readonly string[]).includes(name);

/** `directors`, `Director` and `director` all name the same row. */
function toField(name: string): InfoboxField | undefined {
  const key = name.trim().replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  const singular = key.replace(/ies$/, 'y').replace(/s$/, '');
  return [key, singular, key.toLowerCase(), singular.toLowerCase()].find(isField);
}

/** A row's label and its value; rows without a value are left out. */
type Row = [label: string, value: unknown];

/**
 * The encyclopedia infobox of a film: title, original title, poster, then credits,
 * companies, releases, running time, countries, language, budget and box office, with
 * numbered sources, and both values where sources disagree.
 *
 * @tagname film-infobox
 * @summary A film's infobox, as an encyclopedia shows it.
 * @csspart base - The infobox's box.
 * @csspart title - The title.
 * @csspart original-title - The title in the film's original language.
 * @csspart poster - The poster figure.
 * @csspart facts - The list of labelled facts.
 * @csspart label - Each fact's label.
 * @csspart value - Each fact's value.
 * @csspart sources - The numbered sources.
 * @cssprop --film-infobox-label-width - Width of the label column in wide layouts (default clamp(7em, 36%, 11em)).
 */
export class FilmInfobox extends FilmElement {
  static override styles = [...FilmElement.styles, infoboxStyles];

  static override properties = {
    ...FilmElement.properties,
    fields: { reflect: true },
  };

  /** Comma-separated rows to show, in order (`director,starring,released,runtime`). */
  declare fields?: string;

  /** Registers the class as `tag` (default `film-infobox`) unless the tag is taken. */
  static define(tag = 'film-infobox', registry?: CustomElementRegistry): void {
    defineElement(tag, this, registry);
  }

  protected override renderFilm(film: Film): TemplateResult {
    const s = this.strings;
    const cite = new Citations(film.sources, s, this.locale);
    const { credits = {}, companies = {} } = film;
    const people = (list?: Entity[]) => (list?.length ? this.#people(list, cite) : undefined);
    const { releases = [], runtime = [], countries = [], languages = [] } = film;
    // Rows are built only when shown, in the order shown, so footnotes number only the sources
    // that the shown rows cite, from 1 upwards.
    const rows: Record<InfoboxField, () => Row> = {
      director: () => [s.directors, people(credits.directors)],
      producer: () => [s.producers, people(credits.producers)],
      writer: () => [s.writers, people(credits.writers)],
      screenplay: () => [s.screenplay, people(credits.screenplay)],
      story: () => [s.story, people(credits.story)],
      basedOn: () => [s.basedOn, people(credits.basedOn)],
      // Without a billing from the data, everyone in the cast is "starring".
      starring: () => [s.starring, people(credits.starring ?? film.cast?.map((c) => ({ ...c.actor, sources: c.sources })))],
      narrator: () => [s.narrators, people(credits.narrators)],
      music: () => [s.music, people(credits.music)],
      cinematography: () => [s.cinematography, people(credits.cinematography)],
      editor: () => [s.editors, people(credits.editors)],
      production: () => [s.production(companies.production?.length ?? 0), people(companies.production)],
      distributor: () => [s.distributors, people(companies.distributors)],
      released: () => [s.released(releases.length), releases.length ? this.#list(releases.map((r) => html`<time
          datetime=${r.date}>${formatDate(r.date, this.locale)}</time>${
          r.place ? html` <span class="place">(${r.place})</span>` : nothing}${
          r.note ? html` <span class="note">${r.note}</span>` : nothing}${cite.mark(r.sources)}`)) : undefined],
      runtime: () => [s.runtime, runtime.length ? this.#list(runtime.map((r, i) => {
        const minutes = formatRuntime(r.value, this.locale);
        return html`${i ? html`<span class="disputed">${s.inAnotherSource(minutes)}</span>` : minutes}${cite.mark(r.sources)}`;
      })) : undefined],
      country: () => [s.countries(countries.length), countries.length ? this.#list(countries.map((c) => regionName(c, this.locale))) : undefined],
      language: () => [s.languages(languages.length), languages.length ? this.#list(languages.map((l) => languageName(l, this.locale))) : undefined],
      budget: () => [s.budget, film.budget && html`${formatMoney(film.budget, this.locale)}${cite.mark(film.budget.sources)}`],
      boxOffice: () => [s.boxOffice, film.boxOffice && html`${formatMoney(film.boxOffice, this.locale)}${cite.mark(film.boxOffice.sources)}`],
    };
    const shown = this.#fieldOrder().map((field) => rows[field]()).filter(([, value]) => value);
    const { originalTitle: original, poster } = film;

    return html`<section part="base" class="base" lang=${this.locale} aria-label=${s.infobox(film.title)}>
      <p part="title" class="title">${film.title}</p>
      ${original && original.text !== film.title
        ? html`<p part="original-title" class="original">${
            original.lang ? html`<span class="muted">${languageName(original.lang, this.locale)}</span> ` : nothing
          }<span lang=${original.lang ?? nothing}>${original.text}</span></p>`
        : nothing}
      ${poster
        ? html`<figure part="poster" class="poster">
            <img src=${poster.src} alt=${poster.alt} loading="lazy" decoding="async"
              width=${poster.width ?? nothing} height=${poster.height ?? nothing}>
            ${poster.caption ? html`<figcaption>${poster.caption}</figcaption>` : nothing}
          </figure>`
        : nothing}
      ${shown.length
        ? html`<dl part="facts" class="facts">${shown.map(([label, value]) => html`<div class="row">
            <dt part="label">${label}</dt>
            <dd part="value">${value}</dd>
          </div>`)}</dl>`
        : nothing}
      ${cite.list()}
    </section>`;
  }

  #fieldOrder(): readonly InfoboxField[] {
    if (!this.fields?.trim()) return infoboxFields;
    const picked = this.fields.split(/[\s,]+/).map(toField).filter((f): f is InfoboxField => !!f);
    return [...new Set(picked)];
  }

  #people(list: Entity[], cite: Citations) {
    return this.#list(list.map((person) => html`${
      person.url ? html`<a href=${person.url}>${person.name}</a>` : person.name}${cite.mark(person.sources)}`));
  }

  /** One value inline; several as a real list. */
  #list(items: unknown[]) {
    return items.length === 1 ? items[0] : html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'film-infobox': FilmInfobox;
  }
}
