import { LitElement, ReactiveElement, type PropertyValues, type TemplateResult } from 'lit';
import { whyNotAFilm } from '../model/read-film.js';
import { type FilmSection, SECTIONS, sectionsRead } from '../model/film-json.js';
import type { Film, FilmData, ParseResult, Problem } from '../model/types.js';
import { defineElement } from './define.js';
import { fetchText } from './fetch-text.js';
import { inlineText, pageUrl, scriptById, watchChildren } from './film-source.js';
import { followInPageLink, keepingFocus } from './focus.js';
import { Arrivals } from './arrivals.js';
import { directionAt, directionOf, langOf, watchLang } from './lang-watch.js';
import { LoadFailure } from './load-failure.js';
import { emptyView, errorView, loadingView } from './state-views.js';
import { type Reading, carryOver, forReader, pickOf, readGiven, readText, reportProblems } from './read-once.js';
import { stringsFor, stringsPending, type Strings } from './strings/index.js';
import { baseStyles } from './styles.js';
import { headingLevelProperty, headingStyles } from './heading.js';
import { hydration, recordOf, upgrade } from './upgrade.js';

export type FilmStatus = 'empty' | 'loading' | 'ready' | 'error';
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
  /** The sections of a film the element shows (see model/film-json.ts), beside what every film has. */
  static readonly sections: readonly FilmSection[] = [];

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

  #src?: string;
  #input: { given: true; value: unknown } | undefined;
  #film?: Film;
  /** How many section readers read `#film` (see `readSections`). */
  #sections = 0;
  #problems: Problem[] = [];
  #reason: (s: Strings) => string = () => '';
  #run = 0;
  #abort?: AbortController;
  #childWatch?: MutationObserver;
  #unheard?: () => void;
  #arrivals = new Arrivals(() => this.requestUpdate());
  /** Static HTML came with the element, and its first update has not yet kept or redrawn it. */
  #drawn = false;

  constructor() {
    super();
    this.addEventListener('click', (event) => followInPageLink(this.renderRoot, event));
    this.timeout = 15000;
    this.jsonld = false;
    this.status = 'loading';
    this.locale = 'en';
    // A film or src set on the tag before its code arrived is an own property that hides ours.
    for (const key of ['src', 'film'] as const) {
      if (!Object.hasOwn(this, key)) continue;
      const value = this[key];
      delete this[key];
      this[key] = value as never;
    }
  }

  /**
   * The film: our film JSON or schema.org JSON-LD, as an object or a JSON string. Reading it
   * gives the normalised film once loaded.
   * @type {FilmData | null | undefined}
   */
  get film(): Film | undefined {
    return this.#film;
  }
  set film(value: FilmData | null | undefined) {
    this.#input = { given: true, value };
    this.#src = undefined;
    this.#load();
  }

  /** A URL of film JSON or JSON-LD, or `#id` of a JSON script on the page. */
  get src(): string | undefined {
    return this.#src;
  }
  set src(value: string | null | undefined) {
    const old = this.#src;
    this.#src = value ?? undefined;
    this.requestUpdate('src', old);
    if (old === this.#src) return;
    if (this.#src) this.#input = undefined;
    if (this.isConnected) this.#load();
  }

  /** What the parser dropped or coerced, each with its JSON path. */
  get problems(): readonly Problem[] {
    return this.#problems;
  }

  /** The string table for the element's language. */
  protected get strings(): Strings {
    return stringsFor(this.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.refreshLocale();
    watchLang(this, true);
    // A fetch that is under way (started when the parser set `src`) is not started twice.
    if (!this.#film && !this.#abort) this.#load();
    const unheard = this.#unheard;
    this.#unheard = undefined;
    unheard?.();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchLang(this, false);
    this.#childWatch?.disconnect();
    this.#childWatch = undefined;
    if (this.#abort) {
      this.#run++;
      this.#abort.abort();
      this.#abort = undefined;
    }
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
    if (!this.renderRoot && this.status === 'ready') {
      this.setAttribute('rendered', recordOf(this, this.#film, this.getAttribute('dir') ?? directionOf(this.locale)));
    }
  }

  protected override update(changed: PropertyValues): void {
    if (!this.#drawn) return keepingFocus(this.shadowRoot, () => super.update(changed));
    // The first update of static HTML does what LitElement's does, with hydration in place of rendering.
    this.#drawn = false;
    const value = this.render();
    this.renderOptions.isConnected = this.isConnected;
    (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
    upgrade(this, recordOf(this, this.#film, directionAt(this)), value, this.renderOptions);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.jsonld && this.status === 'ready' && this.#film) this.#publish(this.#film);
  }

  /**
   * Puts the film into the page's JSON-LD (page-jsonld.ts, fetched by the pages that ask for it).
   * Search engines get the whole film, with the sections this element does not show: the first
   * time, every section's reader comes too and the film is read again. Code that cannot be
   * fetched (a flaky CDN) costs the page its JSON-LD, nothing more.
   */
  #publish(film: Film): void {
    import('./page-jsonld.js').then(({ publishJsonLd, readEverySection }) => {
      if (this.#sections === SECTIONS.length) return publishJsonLd(film);
      readEverySection();
      this.#load();
    }, () => {});
  }

  /** Loads the film again from its source: what the retry button does. */
  reload(): void {
    this.#load();
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
        return this.renderFilm(forReader(this.#film!, this.locale));
      case 'error':
        return errorView(this.locale, s, this.#reason(s), this.#problems, this.#src && !this.#src.startsWith('#') ? () => this.reload() : undefined);
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

  async #load(): Promise<void> {
    const run = ++this.#run;
    this.#abort?.abort();
    this.#abort = undefined;
    try {
      if (this.#input) return this.#settle(readGiven(this.#input.value, pageUrl()));
      const src = this.#src?.trim();
      if (src?.startsWith('#')) return this.#settle(readText(scriptById(this, src.slice(1)), src, pageUrl()));
      if (src) {
        this.status = 'loading';
        const abort = (this.#abort = new AbortController());
        try {
          const { text, url } = await fetchText(src, this.timeout, abort);
          if (run === this.#run) this.#settle(readText(text, src, url, pickOf(src)));
        } finally {
          if (this.#abort === abort) this.#abort = undefined;
        }
        return;
      }
      const inline = inlineText(this);
      if (inline !== undefined) return this.#settle(readText(inline, (s) => s.inlineScript, pageUrl()));
      this.status = 'empty';
      // Frameworks and CMS previews may add the inline script after the element is connected.
      this.#childWatch ??= watchChildren(this, () => !this.#input && !this.#src && this.#load());
    } catch (error) {
      if (run !== this.#run) return;
      const { say, problems } = error instanceof LoadFailure ? error : new LoadFailure(() => String((error as Error)?.message ?? error));
      this.#fail(say, problems);
    }
  }

  /**
   * Shows a reading; one waiting for the JSON-LD reader keeps the element loading meanwhile, and
   * `updateComplete` includes the render of the film once it is read.
   */
  #settle(reading: Reading): void {
    if (!(reading instanceof Promise)) return this.#show(reading);
    const run = this.#run;
    this.status = 'loading';
    this.renderWhen(reading.then(
      (result) => run === this.#run && this.#show(result),
      () => run === this.#run && this.#fail((s) => s.jsonLdReaderMissing, []),
    ));
  }

  #show(reading: ParseResult): void {
    const { film: read, problems } = reading;
    this.#problems = problems;
    const notAFilm = whyNotAFilm(reading);
    if (notAFilm !== undefined) {
      // The reason names the first problem, where in JSON text it is included; the error view
      // lists the others under it, not that one again.
      const told = problems.find((p) => p.line !== undefined && `${p.path || '(document)'}: ${p.message}` === notAFilm);
      return this.#fail((s) => s.notFilm(told ? notAFilm.replace(': ', ` (${s.atLine(told.line!, told.column ?? 1)}): `) : notAFilm), problems);
    }
    // Unchanged sections keep their identity, so a template can skip what it rendered before.
    const film = carryOver(this.#film, read);
    // The same facts set again (a framework re-rendering its page) draw nothing new; a reading
    // with more sections does, so that `updated` publishes the JSON-LD it was made for.
    if (film !== this.#film || this.status !== 'ready' || this.#sections !== sectionsRead()) this.requestUpdate();
    this.#film = film;
    this.#sections = sectionsRead();
    this.status = 'ready';
    reportProblems(this.localName, problems);
    this.#announce(() => this.dispatchEvent(new CustomEvent('film-load', { detail: { film, problems }, bubbles: true, composed: true })));
  }

  // A film set before the element is in the page (as frameworks and `createElement` code do)
  // is announced once it is connected, when listeners added meanwhile can hear it.
  #announce(dispatch: () => void): void {
    if (this.isConnected) dispatch();
    else this.#unheard = dispatch;
  }

  #fail(reason: (s: Strings) => string, problems: Problem[]): void {
    this.#film = undefined;
    this.#problems = problems;
    this.#reason = reason;
    this.status = 'error';
    this.requestUpdate();
    // The reason is told in the reader's language: the element's, once it is in the page, and
    // once the words of that language are here.
    const tell = (): void => {
      const waiting = stringsPending(this.locale);
      if (waiting) return void waiting.arrived.then(() => this.status === 'error' && this.#reason === reason && tell());
      const detail = { reason: reason(this.strings), problems };
      this.dispatchEvent(new CustomEvent('film-error', { detail, bubbles: true, composed: true }));
    };
    this.#announce(tell);
  }
}
