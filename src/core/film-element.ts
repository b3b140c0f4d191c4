import { LitElement, ReactiveElement, type PropertyValues, type TemplateResult } from 'lit';
import type { SectionReaders } from '../model/film-json.js';
import type { Film, FilmData, Problem } from '../model/types.js';
import { defineElement } from './define.js';
import { followInPageLink, keepingFocus } from './focus.js';
import { takeOwn } from './film-source.js';
import { Arrivals } from './arrivals.js';
import { directionAt, directionOf, langOf, watchLang } from './lang-watch.js';
import { FilmLoad, type FilmStatus, type Helpers, type Load } from './film-load.js';
import { emptyView, errorView, loadingView } from './state-views.js';
import { forReader } from './read-once.js';
import { stringsFor, stringsPending, type Strings } from './strings/index.js';
import { baseStyles } from './styles.js';
import { headingLevelProperty, headingStyles } from './heading.js';
import { hydration, upgrade } from './upgrade.js';
import { recordOf } from './record.js';

export type { FilmStatus };
export type { FilmErrorDetail, FilmLoadDetail } from './film-events.js';

/**
 * The base of every film element: takes the film from the `film` property, a `src` URL,
 * a `src="#id"` JSON script on the page, or an inline JSON script child (the last one set
 * wins), and shows loading, error or the film. It never throws into the host page.
 *
 * @fires {FilmLoadDetail} film-load - The film was read; `detail` has the film and the problems found.
 * @fires {FilmErrorDetail} film-error - The film could not be shown; `detail.reason` says why.
 * @csspart base - The element's box.
 * @cssprop --film-color-text - Text colour.
 * @cssprop --film-color-muted - Secondary text colour.
 * @cssprop --film-color-surface - Background.
 * @cssprop --film-color-raised - Background of raised regions (buttons, badges).
 * @cssprop --film-color-border - Border colour.
 * @cssprop --film-color-accent - Accent colour (titles, stars).
 * @cssprop --film-color-link - Link colour.
 * @cssprop --film-color-danger - Error colour.
 * @cssprop --film-color-focus - Focus ring colour.
 * @cssprop --film-font-family - Font stack.
 * @cssprop --film-font-size - Base font size (default `medium`: the reader's default font size).
 * @cssprop --film-radius - Corner radius (default 8px).
 * @cssprop --film-space - Inner spacing (default 0.75em).
 * @cssprop --film-block-margin - Space above and below the element, as a paragraph has (default 1em; 0 removes it).
 */
export abstract class FilmElement extends LitElement {
  /** Marks our classes, so a second copy of the library registers silently. */
  static readonly filmElement = true;
  /** The element's own tag, which `define()` registers by default. */
  static readonly tag: string;
  /** The readers of the sections of a film the element shows (model/sections/), beside what every film has. */
  static readonly sections: SectionReaders = {};

  /** Registers the class as `tag` (default: its own) unless the tag is taken; never throws. */
  static define(tag: string = this.tag, registry?: CustomElementRegistry): void {
    defineElement(tag, this as unknown as CustomElementConstructor, registry);
  }
  static override styles = [baseStyles, headingStyles];
  static override properties = {
    src: { reflect: true, noAccessor: true },
    theme: { reflect: true },
    timeout: { type: Number },
    jsonld: { type: Boolean, reflect: true },
    headingLevel: headingLevelProperty,
    // `attribute: false`, implied by `state`, keeps these out of the manifest and editor hints.
    status: { state: true, attribute: false },
    locale: { state: true, attribute: false },
  };

  /** `light`, `dark` or `auto` (the default: the reader's preference). */
  declare theme?: 'light' | 'dark' | 'auto';
  /** Time limit for fetching `src`, in milliseconds. */
  declare timeout: number;
  /** Adds the film to the page's head as schema.org JSON-LD for search engines, once per film. */
  declare jsonld: boolean;
  /** The level of the element's title in the page's outline, 1 to 6 (default: one below the page's heading before it). */
  declare headingLevel?: number;
  /** Where the element is: `empty`, `loading`, `ready` or `error`. @readonly */
  declare status: FilmStatus;
  /** The BCP 47 language the element speaks, from the nearest `lang` attribute. @readonly */
  declare locale: string;

  #load = this.loadOf({ strings: () => this.strings, renderWhen: (arrival) => this.renderWhen(arrival) });
  #arrivals = new Arrivals(() => this.requestUpdate());
  /** Static HTML came with the element, and its first update has not yet kept or redrawn it. */
  #drawn = false;

  constructor() {
    super();
    this.addEventListener('click', (event) => followInPageLink(this.renderRoot, event));
    Object.assign(this, { timeout: 15000, jsonld: false, status: 'loading', locale: 'en' });
    takeOwn(this, ['src', 'film']);
  }

  /**
   * What takes the element's data from where it was given to what it shows: one film, read with
   * the element's sections. An element that shows something else given the same ways (a list of
   * films) brings its own. Called while the base is constructed, before the subclass's fields.
   */
  protected loadOf(helpers: Helpers): Load {
    return new FilmLoad(this, (this.constructor as typeof FilmElement).sections, helpers);
  }

  /**
   * The film: our film JSON or schema.org JSON-LD, as an object or a JSON string. Reading it
   * gives the normalised film once loaded.
   * @type {FilmData | null | undefined}
   */
  get film(): Film | undefined {
    return this.#load.film;
  }
  set film(value: FilmData | null | undefined) {
    this.#load.give(value);
  }

  /** A URL of film JSON or JSON-LD, or `#id` of a JSON script on the page. */
  get src(): string | undefined {
    return this.#load.src;
  }
  set src(value: string | null | undefined) {
    const old = this.#load.src;
    this.#load.point(value ?? undefined);
    this.requestUpdate('src', old);
  }

  /** What the parser dropped or coerced, each with its JSON path. */
  get problems(): readonly Problem[] {
    return this.#load.problems;
  }

  /** The string table for the element's language. */
  protected get strings(): Strings {
    return stringsFor(this.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.refreshLocale();
    watchLang(this, true);
    this.#load.connected();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchLang(this, false);
    this.#load.disconnected();
  }

  /** Reads the language again from the nearest `lang`, across shadow roots. */
  refreshLocale(): void {
    this.locale = langOf(this);
  }

  /** Static HTML (declarative shadow DOM) is the element's root as it came: see core/upgrade.ts. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!this.shadowRoot?.firstChild || this.hasUpdated) return super.createRenderRoot();
    this.#drawn = true;
    return this.shadowRoot;
  }

  /**
   * Static HTML stays as it is until the film it shows can be compared: while the film, the words
   * of its language or the hydration code are on their way, and when the film cannot be had at
   * all (a CMS that strips scripts), what the reader sees is the film as the author rendered it.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (!this.#drawn) return super.shouldUpdate(changed);
    if (this.status !== 'ready') return false;
    const waiting = stringsPending(this.locale)?.arrived ?? hydration();
    if (waiting) this.renderWhen(waiting);
    return !waiting && super.shouldUpdate(changed);
  }

  /**
   * Static HTML is on screen already: its upgrade waits for a task of its own, so that the code
   * arriving and each widget's upgrade are not one long task during which the page cannot answer.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (this.#drawn) await new Promise((resolve) => setTimeout(resolve));
    return super.scheduleUpdate();
  }

  /** On a server, the element records what it rendered with (see core/rendered.ts). */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.renderRoot && this.status === 'ready') this.setAttribute('rendered', this.#record(this.getAttribute('dir') ?? directionOf(this.locale)));
  }

  /** The record of what the element draws now, in direction `dir`. */
  #record = (dir: string) => recordOf(this, this.#load.digest ?? this.#load.film, dir);

  protected override update(changed: PropertyValues): void {
    if (!this.#drawn) return keepingFocus(this.shadowRoot, () => super.update(changed));
    // The first update of static HTML does what LitElement's does, with hydration in place of rendering.
    this.#drawn = false;
    const value = this.render();
    this.renderOptions.isConnected = this.isConnected;
    (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
    upgrade(this, this.#record(directionAt(this)), value, this.renderOptions);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.jsonld && this.status === 'ready') this.#load.publish();
  }

  /** Loads the film again from its source: what the retry button does. */
  reload(): void {
    void this.#load.load();
  }

  /** The film's own template; called only when the film is ready. */
  protected abstract renderFilm(film: Film): unknown;

  // A language fetched on demand: the widget says it is loading, in that language, until its words arrive.
  override render() {
    const waiting = stringsPending(this.locale);
    if (!waiting) return this.renderState();
    this.renderWhen(waiting.arrived);
    return this.renderLoading(waiting.loading);
  }

  /** Renders again once `arrival` (code fetched on demand) settles; `updateComplete` waits. */
  protected renderWhen(arrival: Promise<unknown>): void {
    this.#arrivals.add(arrival);
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.#arrivals.complete(() => super.getUpdateComplete());
  }

  /** What the element shows in its state: the film, an error, the empty message, or loading. */
  protected renderState(): unknown {
    const s = this.strings;
    switch (this.status) {
      case 'ready':
        return this.renderFilm(forReader(this.#load.film!, this.locale));
      case 'error': {
        const { reason, problems, src } = this.#load;
        return errorView(this.locale, s, reason(s), problems, src && !src.startsWith('#') ? () => this.reload() : undefined);
      }
      case 'empty':
        return emptyView(this.locale, s);
      default:
        return this.renderLoading(s.loading);
    }
  }

  /** The loading state: space kept for what comes, marked busy. */
  protected renderLoading(words: string): TemplateResult {
    return loadingView(this.locale, words);
  }
}
