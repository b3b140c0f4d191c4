import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { readFilm, type JsonLdReader } from '../model/read-film.js';
import { usableLocale } from '../model/format.js';
import { safeUrl } from '../model/url.js';
import type { Film, ParseResult, Problem } from '../model/types.js';
import { keepUnchanged } from '../model/share.js';
import { readJson } from './read-json.js';
import { stringsFor, stringsPending, type Strings } from './strings/index.js';
import { baseStyles } from './styles.js';

export type FilmStatus = 'empty' | 'loading' | 'ready' | 'error';

export interface FilmLoadDetail {
  film: Film;
  problems: Problem[];
}

export interface FilmErrorDetail {
  reason: string;
  problems: Problem[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'film-load': CustomEvent<FilmLoadDetail>;
    'film-error': CustomEvent<FilmErrorDetail>;
  }
}

/** A failure, told in the reader's language whenever it is shown. */
class LoadFailure {
  constructor(readonly say: (s: Strings) => string) {}
}

const jsonScript = 'script[type="application/json"], script[type="application/ld+json"]';

/** The page's address, for relative URLs; none when rendering on a server. */
const pageUrl = (): string | undefined => (typeof document === 'undefined' ? undefined : document.baseURI);

let jsonLdReader: JsonLdReader | undefined;

/**
 * Reads a film. Most pages give our film JSON; the JSON-LD reader is fetched the first time a
 * page gives schema.org JSON-LD, and that film waits for it.
 */
function parse(input: unknown, baseUrl: string | undefined): ParseResult | Promise<ParseResult> {
  const options = baseUrl === undefined ? {} : { baseUrl };
  const read = readFilm(input, options, jsonLdReader);
  if (!('jsonLd' in read)) return read;
  return import('../model/jsonld-read.js').then(({ readJsonLd }) => {
    jsonLdReader = readJsonLd;
    return readFilm(read.jsonLd, options, readJsonLd);
  });
}

/** Reads another document an element is given (a review card's own review) the same way. */
export const readOnDemand = (input: unknown) => parse(input, pageUrl());

type Reading = ParseResult | Promise<ParseResult>;

// The same object or script text fed to several widgets is parsed once. A reading that failed
// (the JSON-LD reader could not be fetched) is forgotten, so that trying again fetches again.
const parsedObjects = new WeakMap<object, Reading>();
const parsedTexts = new Map<string, Reading>();
const forgetIfFailed = (reading: Reading, forget: () => void) => reading instanceof Promise && reading.catch(forget);

function parseOnce(input: unknown, baseUrl: string | undefined): Reading {
  if (typeof input !== 'object' || input === null) return parse(input, baseUrl);
  let reading = parsedObjects.get(input);
  if (!reading) {
    parsedObjects.set(input, (reading = parse(input, baseUrl)));
    forgetIfFailed(reading, () => parsedObjects.delete(input));
  }
  return reading;
}

// Widgets given the same new film compare it with the same old one once: a page of a hundred
// widgets updated together does the work of one.
const carried = new WeakMap<Film, { next: Film; kept: Film }>();

/** `next`, with every part that equals the same part of `previous` replaced by that part. */
function carryOver(previous: Film | undefined, next: Film): Film {
  if (!previous) return next;
  const known = carried.get(previous);
  if (known?.next === next) return known.kept;
  const kept = keepUnchanged(previous, next);
  carried.set(previous, { next, kept });
  return kept;
}

// Problems go to the console once per page, however many widgets share the data.
const reported = new Set<string>();

export function reportProblems(tag: string, problems: readonly Problem[], what = 'the film data'): void {
  if (!problems.length) return;
  const lines = problems.map((p) => `  ${p.path || '(document)'}: ${p.message}`).join('\n');
  if (reported.has(lines)) return;
  reported.add(lines);
  console.warn(`film-elements: <${tag}> found ${problems.length} problem(s) in ${what}:\n${lines}`);
}

// One observer for the whole page tells every connected element when a `lang` changes.
const listening = new Set<FilmElement>();
let langObserver: MutationObserver | undefined;

function watchLang(element: FilmElement, on: boolean): void {
  if (on) listening.add(element);
  else listening.delete(element);
  if (typeof MutationObserver === 'undefined') return;
  if (listening.size && !langObserver) {
    langObserver = new MutationObserver(() => listening.forEach((e) => e.refreshLocale()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } else if (!listening.size && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

interface Answer {
  status: number;
  ok: boolean;
  url: string;
  text: string;
}

interface Request {
  answer: Promise<Answer>;
  abort: AbortController;
  waiting: number;
}

// Widgets that share a `src` share its request: a page with five widgets fetches the film once.
const requests = new Map<string, Request>();

/**
 * The answer for `url`, from the request already under way when there is one. The request is
 * aborted only when every widget waiting for it has stopped (a newer `src`, a time limit, a
 * widget removed from the page); once it settles, the next ask fetches afresh.
 */
function request(url: string, signal: AbortSignal): Promise<Answer> {
  let shared = requests.get(url);
  if (!shared) {
    const abort = new AbortController();
    const answer = fetch(url, {
      signal: abort.signal,
      headers: { accept: 'application/json, application/ld+json;q=0.9, */*;q=0.1' },
    }).then(async (r) => ({ status: r.status, ok: r.ok, url: r.url || url, text: r.ok ? await r.text() : '' }));
    const made: Request = (shared = { answer, abort, waiting: 0 });
    const forget = () => requests.get(url) === made && requests.delete(url);
    answer.then(forget, forget);
    requests.set(url, made);
  }
  const wanted = shared;
  wanted.waiting++;
  return new Promise((resolve, reject) => {
    let waiting = true;
    const stop = () => {
      if (!waiting) return false;
      waiting = false;
      signal.removeEventListener('abort', giveUp);
      wanted.waiting--;
      return true;
    };
    const giveUp = () => {
      if (!stop()) return;
      if (!wanted.waiting) {
        wanted.abort.abort();
        if (requests.get(url) === wanted) requests.delete(url);
      }
      reject(new DOMException('The widget stopped waiting', 'AbortError'));
    };
    if (signal.aborted) return giveUp();
    signal.addEventListener('abort', giveUp);
    wanted.answer.then((answer) => stop() && resolve(answer), (error) => stop() && reject(error));
  });
}

/**
 * Adds the film as schema.org JSON-LD to the page's head, once per film however many widgets
 * show it (and whichever copy of the library they come from): the key is the film's id, else
 * its title and year.
 */
async function publishJsonLd(film: Film): Promise<void> {
  if (typeof document === 'undefined') return;
  const key = film.id ? `id:${film.id}` : `title:${film.title}|${film.year ?? ''}`;
  const isPublished = () => [...document.head.querySelectorAll('script[data-film-jsonld]')]
    .some((s) => s.getAttribute('data-film-jsonld') === key);
  if (isPublished()) return;
  // The writer is fetched only by pages that ask for JSON-LD; most widgets never need it.
  const { toJsonLd } = await import('../model/jsonld.js');
  if (isPublished()) return;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute('data-film-jsonld', key);
  // `<` is escaped so the markup stays safe if the page is ever serialised.
  const text = scriptText(JSON.stringify(toJsonLd(film)).replace(/</g, '\\u003c'));
  if (text === undefined) return;
  script.text = text as string;
  document.head.append(script);
}

interface ScriptPolicy {
  createScript(text: string): unknown;
}
let jsonLdPolicy: ScriptPolicy | null | undefined;

/**
 * Under Trusted Types a script's text must come from a policy, even data that never runs (a
 * text node appended instead is still reported when the script is inserted). The policy is
 * named `film-elements`; a page whose CSP does not allow it gets no JSON-LD, and no error.
 */
function scriptText(json: string): unknown {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } }).trustedTypes;
  if (!tt) return json;
  if (jsonLdPolicy === undefined) {
    try {
      jsonLdPolicy = tt.createPolicy('film-elements', { createScript: (text) => text });
    } catch {
      jsonLdPolicy = null;
    }
  }
  return jsonLdPolicy ? jsonLdPolicy.createScript(json) : undefined;
}

function hasFacts(film: Film): boolean {
  return Object.entries(film).some(([key, value]) => (key === 'title' ? value !== '' : value !== undefined));
}

/**
 * The base of every film element: takes the film from the `film` property, a `src` URL,
 * a `src="#id"` JSON script on the page, or an inline JSON script child (the last one set
 * wins), and shows loading, error or the film. It never throws into the host page.
 *
 * @fires film-load - The film was read; `detail` has the film and the problems found.
 * @fires film-error - The film could not be shown; `detail.reason` says why.
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
 * @cssprop --film-font-size - Base font size (default 15px).
 * @cssprop --film-radius - Corner radius (default 8px).
 * @cssprop --film-space - Inner spacing (default 0.75em).
 */
export abstract class FilmElement extends LitElement {
  /** Marks our classes, so a second copy of the library registers silently. */
  static readonly filmElement = true;

  static override styles = [baseStyles];

  static override properties = {
    src: { reflect: true, noAccessor: true },
    theme: { reflect: true },
    timeout: { type: Number },
    jsonld: { type: Boolean, reflect: true },
    // `attribute: false` is what `state` implies; said outright so the element manifest (and the
    // editor hints made from it) do not offer these as attributes.
    status: { state: true, attribute: false },
    locale: { state: true, attribute: false },
  };

  /** `light`, `dark` or `auto` (the default: the reader's preference). */
  declare theme?: 'light' | 'dark' | 'auto';
  /** Time limit for fetching `src`, in milliseconds. */
  declare timeout: number;
  /** Adds the film to the page's head as schema.org JSON-LD for search engines, once per film. */
  declare jsonld: boolean;
  /** Where the element is: `empty`, `loading`, `ready` or `error`. */
  declare status: FilmStatus;
  /** The BCP 47 language the element speaks, from the nearest `lang` attribute. */
  declare locale: string;

  #src?: string;
  #input: { given: true; value: unknown } | undefined;
  #film?: Film;
  #problems: Problem[] = [];
  #reason: (s: Strings) => string = () => '';
  #run = 0;
  #abort?: AbortController;
  #childWatch?: MutationObserver;
  #unheard?: () => void;
  #awaiting = new Set<Promise<unknown>>();

  constructor() {
    super();
    this.addEventListener('click', this.#followFragment);
    this.timeout = 15000;
    this.jsonld = false;
    this.status = 'loading';
    this.locale = 'en';
  }

  /**
   * The film: our film JSON or schema.org JSON-LD, as an object or a JSON string. Reading it
   * gives the normalised film once loaded.
   */
  get film(): Film | undefined {
    return this.#film;
  }
  set film(value: unknown) {
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
    let node: Element | null = this;
    let lang: string | null = null;
    while (node && lang === null) {
      lang = node.closest('[lang]')?.getAttribute('lang') ?? null;
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
    this.locale = usableLocale(lang?.trim() || 'en');
  }

  // A `#fragment` link cannot reach into a shadow root, so in-element links (footnotes)
  // are followed here: scroll to the target and move focus to it.
  #followFragment = (event: MouseEvent): void => {
    const link = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    const id = link?.getAttribute('href')?.match(/^#(.+)/)?.[1];
    const target = id && this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!target) return;
    event.preventDefault();
    target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
  };

  // A keyed list that moves rows (a table re-sorting) takes the focused node out and back in,
  // and the browser drops focus on the way: the reader's place is given back after the render.
  protected override update(changed: PropertyValues): void {
    const focused = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
    super.update(changed);
    if (focused?.isConnected && focused.getRootNode() === this.shadowRoot && this.shadowRoot!.activeElement !== focused) {
      focused.focus({ preventScroll: true });
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A writer that cannot be fetched (a flaky CDN) costs the page its JSON-LD, nothing more.
    if (this.jsonld && this.status === 'ready' && this.#film) publishJsonLd(this.#film).catch(() => {});
  }

  /** Loads the film again from its source: what the retry button does. */
  reload(): void {
    this.#load();
  }

  /** The film's own template; called only when the film is ready. */
  protected abstract renderFilm(film: Film): unknown;

  // A language fetched on demand: the widget says it is loading, in that language, until its
  // words arrive, rather than showing a moment of English.
  override render() {
    const waiting = stringsPending(this.locale);
    if (!waiting) return this.renderState();
    this.renderWhen(waiting.arrived);
    return this.renderLoading(waiting.loading);
  }

  /**
   * Renders again once `arrival` settles (code fetched on demand), and makes `updateComplete`
   * wait for that render, so that code awaiting it sees what the reader will see.
   */
  protected renderWhen(arrival: Promise<unknown>): void {
    if (this.#awaiting.has(arrival)) return;
    this.#awaiting.add(arrival);
    const arrived = () => {
      this.#awaiting.delete(arrival);
      this.requestUpdate();
    };
    arrival.then(arrived, arrived);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#awaiting.size) {
      await Promise.allSettled(this.#awaiting);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** What the element shows in its state: the film, an error, the empty message, or loading. */
  protected renderState(): unknown {
    const s = this.strings;
    switch (this.status) {
      case 'ready':
        return this.renderFilm(this.#film!);
      case 'error':
        return html`<div part="base error" class="base error" role="alert" lang=${this.locale}>
          <p><strong>${s.errorTitle}</strong></p>
          <p class="reason">${this.#reason(s)}</p>
          ${this.#src && !this.#src.startsWith('#')
            ? html`<button part="retry" @click=${this.reload}>${s.retry}</button>`
            : nothing}
        </div>`;
      case 'empty':
        return html`<div part="base" class="base empty" lang=${this.locale}><p>${s.empty}</p></div>`;
      default:
        return this.renderLoading(s.loading);
    }
  }

  /** The loading state: space kept for what comes, marked busy. */
  protected renderLoading(words: string) {
    return html`<div part="base" class="base loading" aria-busy="true" lang=${this.locale}>${words}</div>`;
  }

  async #load(): Promise<void> {
    const run = ++this.#run;
    this.#abort?.abort();
    this.#abort = undefined;
    try {
      if (this.#input) return this.#accept(this.#input.value, pageUrl());
      const src = this.#src?.trim();
      if (src?.startsWith('#')) {
        const script = (this.getRootNode() as Document | ShadowRoot).getElementById?.(src.slice(1)) ??
          globalThis.document?.getElementById(src.slice(1));
        if (!script) throw new LoadFailure((s) => s.missingId(src.slice(1)));
        return this.#acceptText(script.textContent ?? '', src, pageUrl());
      }
      if (src) {
        this.status = 'loading';
        const { text, url } = await this.#fetch(src);
        if (run === this.#run) this.#acceptText(text, src, url);
        return;
      }
      this.#acceptInline();
    } catch (error) {
      if (run !== this.#run) return;
      this.#fail(error instanceof LoadFailure ? error.say : () => String((error as Error)?.message ?? error), []);
    }
  }

  #acceptInline(): void {
    const script = this.querySelector(jsonScript);
    // A CMS that strips <script> tags may leave the JSON itself as the element's text.
    const own = this.textContent ?? '';
    const text = script ? script.textContent ?? '' : /^\s*[[{]/.test(own) ? own : '';
    if (!text.trim()) {
      this.status = 'empty';
      this.#watchChildren();
      return;
    }
    this.#acceptText(text, (s) => s.inlineScript, pageUrl());
  }

  // Frameworks and CMS previews may add the inline script after the element is connected.
  #watchChildren(): void {
    if (this.#childWatch || typeof MutationObserver === 'undefined') return;
    this.#childWatch = new MutationObserver(() => {
      if (!this.#input && !this.#src) this.#load();
    });
    this.#childWatch.observe(this, { childList: true, subtree: true, characterData: true });
  }

  async #fetch(src: string): Promise<{ text: string; url: string }> {
    const url = safeUrl(src, pageUrl());
    if (!url) throw new LoadFailure((s) => s.network(src));
    const abort = new AbortController();
    this.#abort = abort;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, this.timeout);
    try {
      const answer = await request(url, abort.signal);
      if (answer.status === 404) throw new LoadFailure((s) => s.notFound(src));
      if (!answer.ok) throw new LoadFailure((s) => s.httpStatus(src, answer.status));
      return { text: answer.text, url: answer.url };
    } catch (error) {
      if (error instanceof LoadFailure) throw error;
      if (timedOut) throw new LoadFailure((s) => s.timeout(src, this.timeout / 1000));
      throw new LoadFailure((s) => s.network(src));
    } finally {
      clearTimeout(timer);
      if (this.#abort === abort) this.#abort = undefined;
    }
  }

  #acceptText(text: string, where: string | ((s: Strings) => string), baseUrl: string | undefined): void {
    const place = (s: Strings) => (typeof where === 'string' ? where : where(s));
    if (/^\s*<(?:!doctype|html|head|body)\b/i.test(text)) throw new LoadFailure((s) => s.htmlNotJson(place(s)));
    let reading = parsedTexts.get(text);
    if (!reading) {
      const read = readJson(text);
      if ('error' in read) {
        const detail = read.error;
        throw new LoadFailure((s) => s.notJson(place(s), detail));
      }
      reading = parse(read.value, baseUrl);
      if (parsedTexts.size > 32) parsedTexts.clear();
      parsedTexts.set(text, reading);
      forgetIfFailed(reading, () => parsedTexts.delete(text));
    }
    this.#settle(reading);
  }

  #accept(input: unknown, baseUrl: string | undefined): void {
    this.#settle(parseOnce(input, baseUrl));
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

  #show({ film: read, problems }: ParseResult): void {
    this.#problems = problems;
    if (!hasFacts(read)) {
      const first = problems.find((p) => p.severity === 'error') ?? problems[0];
      const detail = first ? `${first.path || '(document)'}: ${first.message}` : '{}';
      this.#fail((s) => s.notFilm(detail), problems);
      return;
    }
    // Unchanged sections keep their identity, so a template can skip what it rendered before.
    const film = carryOver(this.#film, read);
    // The same facts set again (a framework re-rendering its page) draw nothing new.
    if (film !== this.#film || this.status !== 'ready') this.requestUpdate();
    this.#film = film;
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
