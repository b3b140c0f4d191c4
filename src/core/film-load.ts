/**
 * An element's film from where it was given (the `film` property, a `src` URL, `#id`, an inline
 * script) to what it shows: the reading with the element's own sections, the film kept or the
 * failure told, and the `film-load` / `film-error` event, heard once the element is in the page.
 */
import { whyNotAFilm } from '../model/read-film.js';
import { SECTIONS, type SectionReaders } from '../model/film-json.js';
import type { Film, ParseResult, Problem } from '../model/types.js';
import { inlineText, pageUrl, scriptById, watchChildren } from './film-source.js';
import { LoadFailure } from './load-failure.js';
import { type Reading, carryOver, pickOf, readGiven, readText, reportProblems } from './read-once.js';
import { stringsPending, type Strings } from './strings/index.js';

export type FilmStatus = 'empty' | 'loading' | 'ready' | 'error';

/** What a film element is to its film's loading. */
export interface FilmHost extends HTMLElement {
  status: FilmStatus;
  readonly locale: string;
  readonly timeout: number;
  requestUpdate(): void;
}

/** What the element gives its loading besides itself. */
export interface Helpers {
  /** The words of the element's language. */
  strings(): Strings;
  /** Renders again once `arrival` settles. */
  renderWhen(arrival: Promise<unknown>): void;
}

/**
 * What an element's loading is to its base class (core/film-element.ts): one film here; an element
 * that shows something else given the same ways (`<film-list>`: a list of films) brings its own.
 */
export interface Load {
  /** The film shown, when the element shows one film. */
  readonly film?: Film;
  readonly src?: string;
  readonly problems: readonly Problem[];
  readonly reason: (s: Strings) => string;
  /** What the element shows, digested for static HTML's record (rendered.ts), when that is not one film. */
  readonly digest?: string;
  give(value: unknown): void;
  point(src: string | undefined): void;
  connected(): void;
  disconnected(): void;
  load(): Promise<void>;
  publish(): void;
}

/** A reading of the same source with other sections (search engines get every section). */
type Reread = (sections: SectionReaders) => Reading;

/**
 * What every element's loading shares, whatever it shows: what it was given (a value set by a
 * script, or a `src`), and its `film-load` and `film-error` events, heard once the element is in
 * the page, the error's reason in the reader's language.
 */
export abstract class GivenLoad {
  /** The value set by a script, when that was set last. */
  input?: { value: unknown };
  src?: string;
  problems: Problem[] = [];
  reason: (s: Strings) => string = () => '';
  #unheard?: () => void;

  constructor(protected readonly host: FilmHost, protected readonly helpers: Helpers) {}

  abstract load(): Promise<void>;

  /** A value set by a script: it replaces any `src`. */
  give(value: unknown): void {
    this.input = { value };
    this.src = undefined;
    void this.load();
  }

  /** A new `src`: it replaces a value set by a script, and is fetched once the element is in the page. */
  point(src: string | undefined): void {
    if (src === this.src) return;
    this.src = src;
    if (src) this.input = undefined;
    if (this.host.isConnected) void this.load();
  }

  /** The element is in the page: what happened before it was is told now. */
  protected heard(): void {
    const unheard = this.#unheard;
    this.#unheard = undefined;
    unheard?.();
  }

  // What is set before the element is in the page (as frameworks and `createElement` code do) is
  // announced once it is connected, when listeners added meanwhile can hear it.
  protected announce(dispatch: () => void): void {
    if (this.host.isConnected) dispatch();
    else this.#unheard = dispatch;
  }

  /** The element's error: `reason` shown, and told as `film-error` once the words of its language are here. */
  protected tellError(reason: (s: Strings) => string, problems: Problem[]): void {
    const { host } = this;
    this.problems = problems;
    this.reason = reason;
    host.status = 'error';
    host.requestUpdate();
    const tell = (): void => {
      const waiting = stringsPending(host.locale);
      if (waiting) return void waiting.arrived.then(() => host.status === 'error' && this.reason === reason && tell());
      const detail = { reason: reason(this.helpers.strings()), problems };
      host.dispatchEvent(new CustomEvent('film-error', { detail, bubbles: true, composed: true }));
    };
    this.announce(tell);
  }
}

export class FilmLoad extends GivenLoad implements Load {
  film?: Film;
  reread?: Reread;
  #run = 0;
  #abort?: AbortController;
  #childWatch?: MutationObserver;

  constructor(host: FilmHost, private readonly sections: SectionReaders, helpers: Helpers) {
    super(host, helpers);
  }

  /**
   * Puts the film into the page's JSON-LD (page-jsonld.ts, fetched by the pages that ask for it).
   * Search engines get the whole film: an element that shows fewer sections reads its source
   * again with every section's reader, which comes with the writer. Code that cannot be fetched
   * (a flaky CDN) costs the page its JSON-LD, nothing more.
   */
  publish(): void {
    const { film, reread, sections } = this;
    if (!film) return;
    import('./page-jsonld.js').then(async ({ publishJsonLd, everySection }) => {
      if (SECTIONS.every((key) => key in sections) || !reread) return publishJsonLd(film);
      const whole = await reread(everySection);
      if (this.film === film && !whyNotAFilm(whole)) publishJsonLd(whole.film);
    }).catch(() => {});
  }

  /** A fetch is under way (started when the parser set `src`). */
  get fetching(): boolean {
    return this.#abort !== undefined;
  }

  connected(): void {
    if (!this.film && !this.#abort) void this.load();
    this.heard();
  }

  disconnected(): void {
    this.#childWatch?.disconnect();
    this.#childWatch = undefined;
    if (this.#abort) {
      this.#run++;
      this.#abort.abort();
      this.#abort = undefined;
    }
  }

  async load(): Promise<void> {
    const run = ++this.#run;
    const { host } = this;
    this.#abort?.abort();
    this.#abort = undefined;
    try {
      if (this.input) {
        const { value } = this.input;
        return this.#settle((s) => readGiven(value, pageUrl(), s));
      }
      const src = this.src?.trim();
      if (src?.startsWith('#')) {
        const text = scriptById(host, src.slice(1));
        return this.#settle((s) => readText(text, src, pageUrl(), s));
      }
      if (src) {
        host.status = 'loading';
        const abort = (this.#abort = new AbortController());
        try {
          const { fetchText } = await import('./fetch-text.js').catch(() => Promise.reject(new LoadFailure((s) => s.network(src))));
          const { text, url } = await fetchText(src, host.timeout, abort);
          if (run === this.#run) this.#settle((s) => readText(text, src, url, s, pickOf(src)));
        } finally {
          if (this.#abort === abort) this.#abort = undefined;
        }
        return;
      }
      const inline = inlineText(host);
      if (inline !== undefined) return this.#settle((s) => readText(inline, (words) => words.inlineScript, pageUrl(), s));
      host.status = 'empty';
      // Frameworks and CMS previews may add the inline script after the element is connected.
      this.#childWatch ??= watchChildren(host, () => !this.input && !this.src && this.load());
    } catch (error) {
      if (run !== this.#run) return;
      const { say, problems } = error instanceof LoadFailure ? error : new LoadFailure(() => String((error as Error)?.message ?? error));
      this.#fail(say, problems);
    }
  }

  /**
   * Shows a reading; one waiting for the full or the JSON-LD reader keeps the element loading
   * meanwhile, and `updateComplete` includes the render of the film once it is read.
   */
  #settle(read: Reread): void {
    this.reread = read;
    const reading = read(this.sections);
    if (!(reading instanceof Promise)) return this.#show(reading);
    const run = this.#run;
    this.host.status = 'loading';
    this.helpers.renderWhen(reading.then(
      (result) => run === this.#run && this.#show(result),
      // Text that is no JSON (told by the full reader), or a reader that could not be fetched.
      (error: unknown) => run === this.#run &&
        (error instanceof LoadFailure ? this.#fail(error.say, error.problems) : this.#fail((s) => s.readerMissing, [])),
    ));
  }

  #show(reading: ParseResult): void {
    const { host } = this;
    const { film: read, problems } = reading;
    this.problems = problems;
    const notAFilm = whyNotAFilm(reading);
    if (notAFilm !== undefined) {
      // The reason names the first problem, with where in JSON text it is; the error view lists
      // the others under it, not that one again.
      const told = problems.find((p) => p.line !== undefined && `${p.path || '(document)'}: ${p.message}` === notAFilm);
      return this.#fail((s) => s.notFilm(told ? notAFilm.replace(': ', ` (${s.atLine(told.line!, told.column ?? 1)}): `) : notAFilm), problems);
    }
    // Unchanged sections keep their identity, so a template can skip what it rendered before;
    // the same facts set again (a framework re-rendering its page) draw nothing new.
    const film = carryOver(this.film, read);
    if (film !== this.film || host.status !== 'ready') host.requestUpdate();
    this.film = film;
    host.status = 'ready';
    reportProblems(host.localName, problems);
    this.announce(() => host.dispatchEvent(new CustomEvent('film-load', { detail: { film, problems }, bubbles: true, composed: true })));
  }

  #fail(reason: (s: Strings) => string, problems: Problem[]): void {
    this.film = undefined;
    this.tellError(reason, problems);
  }
}
