import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { FilmElement } from '../../core/film-element.js';
import { Citations } from '../../core/citations.js';
import { rovingFootnotes } from '../../core/focus.js';
import { brokenImages } from '../../core/broken-image.js';
import { below, heading, titleLevel } from '../../core/heading.js';
import { formatDate, formatMoney, formatRuntime, languageName, regionName } from '../../model/format.js';
import type { Credits, Entity, Film, Money, Release, SourceRefs } from '../../model/types.js';
import { langOfText } from '../../model/localised.js';
import { addEnglish, type Strings } from '../../core/strings/index.js';
import { english } from './film-infobox.en.js';
import { infoboxStyles } from './film-infobox.styles.js';
import { sections, tag } from './descriptor.js';

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

/** A value and the footnote marker that follows it. */
type Item = [value: unknown, marks: unknown];

/** A row's label and its value; a row without a value is left out. */
type Row = [label: string, value: Item | undefined];

/** What the rows need from one rendering. */
interface Context {
  film: Film;
  s: Strings;
  locale: string;
  cite: { mark: (refs: SourceRefs | undefined, disputed?: boolean) => unknown };
}

/**
 * One value inline; several as a real list, each with its own marker. Lists of two and three,
 * the usual lengths, are one template each rather than a template per item.
 */
function list(items: Item[]): Item | undefined {
  if (items.length < 2) return items[0];
  const [[a, am], [b, bm], [c, cm] = []] = items as [Item, Item, Item?];
  switch (items.length) {
    case 2:
      return [html`<ul><li>${a}${am}</li><li>${b}${bm}</li></ul>`, nothing];
    case 3:
      return [html`<ul><li>${a}${am}</li><li>${b}${bm}</li><li>${c}${cm}</li></ul>`, nothing];
    default:
      return [html`<ul>${items.map(([value, marks]) => html`<li>${value}${marks}</li>`)}</ul>`, nothing];
  }
}

/** A name, marked with its language when it was given per language and is not the reader's. */
function named(p: Entity, locale: string): unknown {
  const lang = langOfText(p, 'name', locale);
  if (p.url) return html`<a href=${p.url} lang=${lang ?? nothing}>${p.name}</a>`;
  return lang ? html`<span lang=${lang}>${p.name}</span>` : p.name;
}

function people(entities: Entity[] | undefined, cite: Context['cite'], locale: string): Item | undefined {
  return entities?.length ? list(entities.map((p) => [named(p, locale), cite.mark(p.sources)])) : undefined;
}

/** A release whose place or note was given per language: each says its language. */
function localisedRelease(r: Release, locale: string): unknown {
  const lang = (field: string) => langOfText(r, field, locale) ?? nothing;
  return html`<time datetime=${r.date}>${formatDate(r.date, locale)}</time>${
    r.place ? html` <span class="place" lang=${lang('place')}>${`(${r.place})`}</span>` : nothing}${
    r.note ? html` <span class="note" lang=${lang('note')}>${r.note}</span>` : nothing}`;
}

function release(given: Release, locale: string): unknown {
  const { date, place, note } = given;
  const time = formatDate(date, locale);
  if (given.localised) return localisedRelease(given, locale);
  // The usual release, with a place and a note, is one template.
  return place && note
    ? html`<time datetime=${date}>${time}</time> <span class="place">${`(${place})`}</span> <span class="note">${note}</span>`
    : html`<time datetime=${date}>${time}</time>${place ? html` <span class="place">${`(${place})`}</span>` : nothing}${
        note ? html` <span class="note">${note}</span>` : nothing}`;
}

/** An amount, and what it covers when the data says ("$7,563,728 (US)"). */
function amount(money: Money, locale: string): unknown {
  const sum = formatMoney(money, locale);
  if (!money.note) return sum;
  const lang = langOfText(money, 'note', locale);
  return html`${sum} <span class="note" lang=${lang ?? nothing}>${`(${money.note})`}</span>`;
}

const credit = (label: (s: Strings) => string, role: keyof Credits) =>
  ({ film, s, cite, locale }: Context): Row => [label(s), people(film.credits?.[role], cite, locale)];

/**
 * Each row from one rendering, made only when shown and in the order shown, so footnotes
 * number only the sources that the shown rows cite, from 1 upwards.
 */
const rowsOf: Record<InfoboxField, (c: Context) => Row> = {
  director: credit((s) => s.directors, 'directors'),
  producer: credit((s) => s.producers, 'producers'),
  writer: credit((s) => s.writers, 'writers'),
  screenplay: credit((s) => s.screenplay, 'screenplay'),
  story: credit((s) => s.story, 'story'),
  basedOn: credit((s) => s.basedOn, 'basedOn'),
  // Without a billing from the data, everyone in the cast is "starring".
  starring: ({ film, s, cite, locale }) =>
    [s.starring, people(film.credits?.starring ?? film.cast?.map((c) => ({ ...c.actor, sources: c.sources })), cite, locale)],
  narrator: credit((s) => s.narrators, 'narrators'),
  music: credit((s) => s.music, 'music'),
  cinematography: credit((s) => s.cinematography, 'cinematography'),
  editor: credit((s) => s.editors, 'editors'),
  production: ({ film, s, cite, locale }) =>
    [s.production(film.companies?.production?.length ?? 0), people(film.companies?.production, cite, locale)],
  distributor: ({ film, s, cite, locale }) => [s.distributors, people(film.companies?.distributors, cite, locale)],
  released: ({ film: { releases = [] }, s, locale, cite }) =>
    [s.released(releases.length), list(releases.map((r) => [release(r, locale), cite.mark(r.sources)]))],
  runtime: ({ film: { runtime = [] }, s, locale, cite }) => [s.runtime, list(runtime.map((r, i) => {
    const minutes = formatRuntime(r.value, locale);
    return [i ? html`<span class="disputed">${s.inAnotherSource(minutes)}</span>` : minutes, cite.mark(r.sources, runtime.length > 1)];
  }))],
  country: ({ film: { countries = [] }, s, locale }) =>
    [s.countries(countries.length), list(countries.map((c) => [regionName(c, locale), nothing]))],
  language: ({ film: { languages = [] }, s, locale }) =>
    [s.languages(languages.length), list(languages.map((l) => [languageName(l, locale), nothing]))],
  budget: ({ film: { budget }, s, locale, cite }) =>
    [s.budget, budget && [amount(budget, locale), cite.mark(budget.sources)]],
  boxOffice: ({ film: { boxOffice }, s, locale, cite }) =>
    [s.boxOffice, boxOffice && [amount(boxOffice, locale), cite.mark(boxOffice.sources)]],
};

const row = ([label, [value, marks]]: [string, Item]) => html`<div class="row">
            <dt part="label">${label}</dt>
            <dd part="value">${value}${marks}</dd>
          </div>`;

function fieldOrder(fields: string | undefined): readonly InfoboxField[] {
  if (!fields?.trim()) return infoboxFields;
  const picked = fields.split(/[\s,]+/).map(toField).filter((f): f is InfoboxField => !!f);
  return [...new Set(picked)];
}

/**
 * The facts and their sources: the `<dl>` (when any row has a value), then the footnotes,
 * titled one level below the infobox's title. The markers share one Tab stop (`roving`): an
 * infobox at the top of a post footnotes nearly every value, and a keyboard user passing
 * through should not meet two dozen stops before the article.
 */
function factsAndSources(film: Film, s: Strings, locale: string, fields: string | undefined, level: number): unknown {
  const order = fieldOrder(fields);
  // The rows are made twice: first to learn what each shown fact cites, so that a source
  // behind nearly every fact is named once instead of marked on each (see `Citations`).
  const facts: SourceRefs[] = [];
  const survey = { mark: (refs: SourceRefs | undefined) => (refs && facts.push(refs), nothing) };
  for (const field of order) rowsOf[field]({ film, s, locale, cite: survey });
  const cite = new Citations(film.sources, s, locale, { roving: true, facts });
  const shown = order.map((field) => rowsOf[field]({ film, s, locale, cite })).filter((r): r is [string, Item] => !!r[1]);
  if (!shown.length) return nothing;
  return html`<dl part="facts" class="facts">${shown.map(row)}</dl>
      ${cite.hint()}
      ${cite.list(below(level))}`;
}

/** Everything the facts and sources are made from. */
const inputs = (film: Film, s: Strings, locale: string, fields: string | undefined, level: number): unknown[] => [
  film.credits, film.companies, film.cast, film.releases, film.runtime, film.countries, film.languages,
  film.budget, film.boxOffice, film.sources, s, locale, fields, level,
];

// A template result is a description, not DOM: infoboxes showing the same film in the same
// language and rows share one, so its dates, names and sums are worked out once. A read film
// never changes, so only the string table (which `addStrings` may replace) is checked.
const made = new WeakMap<Film, Map<string, { s: Strings; facts: unknown }>>();

function sharedFacts(film: Film, s: Strings, locale: string, fields: string | undefined, level: number): unknown {
  let byKey = made.get(film);
  if (!byKey) made.set(film, (byKey = new Map()));
  const key = `${locale} ${level} ${fields ?? ''}`;
  let found = byKey.get(key);
  if (found?.s !== s) byKey.set(key, (found = { s, facts: factsAndSources(film, s, locale, fields, level) }));
  return found.facts;
}

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
 *
 * The footnote markers are one Tab stop together: Tab reaches the marker used last (at first,
 * the first), the arrow keys move between markers, Home and End go to the first and last, and
 * Enter follows one to its source, whose back link returns to it.
 *
 * @cssprop --film-infobox-label-width - Width of the label column in wide layouts (default clamp(7em, 36%, 11em)).
 */
export class FilmInfobox extends FilmElement {
  /** The sections of a film it shows, whose readers it brings. */
  static override readonly sections = sections;

  static { addEnglish(english); }
  static override styles = [...FilmElement.styles, infoboxStyles];

  static override properties = {
    ...FilmElement.properties,
    fields: { reflect: true },
  };

  /** Comma-separated rows to show, in order (`director,starring,released,runtime`). */
  declare fields?: string;

  constructor() {
    super();
    this.addEventListener('keydown', (event) => rovingFootnotes.onKey(this.renderRoot, event));
  }

  static override readonly tag = tag;

  /** A poster that did not load: its description is shown instead, or nothing. */
  #images = brokenImages(this);

  protected override renderFilm(film: Film): TemplateResult {
    const s = this.strings;
    const { locale, fields } = this;
    const { originalTitle: original, poster } = film;
    const picture = this.#images.usable(poster);
    const titleLang = langOfText(film, 'title', locale);
    // A film set again with only its title changed keeps its other sections' objects (the base
    // class carries them over): the facts and sources are then neither made nor compared again.
    const level = titleLevel(this);
    const facts = guard(inputs(film, s, locale, fields, level), () => sharedFacts(film, s, locale, fields, level));

    return html`<section part="base" class="base" lang=${locale} aria-label=${s.infobox(film.title)}>
      ${heading(level, titleLang ? html`<span lang=${titleLang}>${film.title}</span>` : film.title, 'title')}
      ${original && original.text !== film.title
        ? html`<p part="original-title" class="original">${
            original.lang ? html`<span class="muted">${languageName(original.lang, locale)}</span> ` : nothing
          }<span lang=${original.lang ?? nothing}>${original.text}</span></p>`
        : nothing}
      ${picture
        ? html`<figure part="poster" class="poster">
            <img src=${picture.src} alt=${picture.alt} loading="lazy" decoding="async"
              width=${picture.width ?? nothing} height=${picture.height ?? nothing} @error=${this.#images.failed}>
            ${picture.caption ? html`<figcaption>${picture.caption}</figcaption>` : nothing}
          </figure>`
        : poster?.alt
          ? html`<p part="poster" class="poster poster-missing">${poster.alt}</p>`
          : nothing}
      ${facts}
    </section>`;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // The markers' hint shows while one has keyboard focus. Set here rather than by
    // `:has(.ref:focus-visible)`, which WebKit does not recompute when focus leaves.
    const root = this.renderRoot;
    const hint = (shown: boolean) => root.querySelector('.ref-hint')?.toggleAttribute('data-shown', shown);
    root.addEventListener('focusin', (event) => hint((event.target as Element).matches('.ref:focus-visible')));
    root.addEventListener('focusout', () => hint(false));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    rovingFootnotes.claim(this.renderRoot);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'film-infobox': FilmInfobox;
  }
}
