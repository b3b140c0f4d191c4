/**
 * A `<film-list>`'s list from where it was given (the `list` property, a `src` URL, `#id`, an
 * inline script: found as a film's is, by the same modules) to what it shows: the list read,
 * and each film read once with the list's sections (read-once.ts). A film given by URL is
 * fetched with the element's time limit; one that cannot be had is an entry that says so, and
 * the rest of the list stands. Only a list that cannot be read at all is the element's error.
 */
import { whyNotAFilm } from '../../model/read-film.js';
import type { Film, Problem } from '../../model/types.js';
import { fetchText } from '../../core/fetch-text.js';
import { type FilmHost, GivenLoad, type Helpers, type Load } from '../../core/film-load.js';
import { inlineText, pageUrl, scriptById, watchChildren } from '../../core/film-source.js';
import { LoadFailure } from '../../core/load-failure.js';
import { pickOf, readGiven, readText, reportProblems, type Reading } from '../../core/read-once.js';
import { digest } from '../../core/record.js';
import type { Strings } from '../../core/strings/index.js';
import { readListing, type ListText, type ListedFilm } from './list-document.js';
import { sections } from './descriptor.js';

/** One film of the list as the element shows it: read, or why it could not be. */
export interface ListEntry extends Omit<ListedFilm, 'film'> {
  /** The film as the list gives it: inline, its URL or `#id`. */
  given: ListedFilm['film'];
  /** The film, read with the list's sections. */
  film?: Film;
  failure?: (s: Strings) => string;
  problems: Problem[];
}

export interface ReadList {
  title?: ListText;
  entries: ListEntry[];
}

const failureOf = (error: unknown) => error instanceof LoadFailure ? error : new LoadFailure(() => String((error as Error)?.message ?? error));

export class ListLoad extends GivenLoad implements Load {
  list?: ReadList;
  digest?: string;
  /** The film, when one film was given alone (a list of one). */
  get film(): Film | undefined {
    return this.#single ? this.list?.entries[0]?.film : undefined;
  }
  #single = false;
  #run = 0;
  #abort?: AbortController;
  #childWatch?: MutationObserver;

  constructor(host: FilmHost, helpers: Helpers, private readonly published: (list: ReadList) => void) {
    super(host, helpers);
  }

  publish(): void {
    if (this.list) this.published(this.list);
  }

  connected(): void {
    if (!this.list && !this.#abort) void this.load();
    this.heard();
  }

  disconnected(): void {
    this.#childWatch?.disconnect();
    this.#childWatch = undefined;
    this.#run++;
    this.#abort?.abort();
    this.#abort = undefined;
  }

  async load(): Promise<void> {
    const run = ++this.#run;
    const { host } = this;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    try {
      const src = this.src?.trim();
      let given: { value: unknown } | { text: string; where: string | ((s: Strings) => string); base: string | undefined };
      if (this.input) given = this.input;
      else if (src?.startsWith('#')) given = { text: scriptById(host, src.slice(1)), where: src, base: pageUrl() };
      else if (src) {
        host.status = 'loading';
        const { text, url } = await fetchText(src, host.timeout, abort);
        given = { text, where: src, base: url };
      } else {
        const inline = inlineText(host);
        if (inline === undefined) {
          host.status = 'empty';
          // Frameworks and CMS previews may add the inline script after the element is connected.
          this.#childWatch ??= watchChildren(host, () => !this.input && !this.src && this.load());
          return;
        }
        given = { text: inline, where: (s) => s.inlineScript, base: pageUrl() };
      }
      if (run !== this.#run) return;
      const base = 'base' in given ? given.base : pageUrl();
      const value = 'value' in given ? (typeof given.value === 'string' ? parsed(given.value, (s) => s.inlineScript) : given.value) : parsed(given.text, given.where);
      const { listing, problems, why } = readListing(value, base);
      if (!listing) throw new LoadFailure((s) => s.listNotList(why!), problems);
      const entries = listing.items.map((item) => this.#entry(item, base, abort));
      const finish = (read: ListEntry[]): void => {
        // One film given alone that is no film either: the element's error is the film's.
        const [only] = read;
        if (listing.single && only?.failure) return this.#fail(only.failure, only.problems);
        this.#single = listing.single === true;
        this.#show({ ...(listing.title !== undefined && { title: listing.title }), entries: read }, problems);
      };
      if (entries.some((entry) => entry instanceof Promise)) {
        host.status = 'loading';
        const all = Promise.all(entries);
        this.helpers.renderWhen(all);
        const done = await all;
        if (run === this.#run) finish(done);
      } else finish(entries as ListEntry[]);
    } catch (error) {
      if (run !== this.#run) return;
      const { say, problems } = failureOf(error);
      this.#fail(say, problems);
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
  }

  /** One film of the list, read; never rejects: what fails is the entry's failure. */
  #entry(item: ListedFilm, base: string | undefined, abort: AbortController): ListEntry | Promise<ListEntry> {
    const entry = (reading: Reading): ListEntry | Promise<ListEntry> =>
      reading instanceof Promise ? reading.then((read) => shown(item, read.film, read.problems, whyNotAFilm(read)), (error) => failed(item, error)) : shown(item, reading.film, reading.problems, whyNotAFilm(reading));
    try {
      const { film } = item;
      if (typeof film === 'object') return entry(readGiven(film, base, sections));
      if (film.startsWith('#')) return entry(readText(scriptById(this.host, film.slice(1)), film, pageUrl(), sections));
      return fetchText(film, this.host.timeout, abort)
        .then(({ text, url }) => entry(readText(text, film, url, sections, pickOf(film))))
        .catch((error) => failed(item, error));
    } catch (error) {
      return failed(item, error);
    }
  }

  #show(list: ReadList, problems: Problem[]): void {
    const { host } = this;
    this.list = list;
    this.problems = [...problems, ...list.entries.flatMap((entry, i) => entry.problems.map((p) => ({ ...p, path: `items[${i}].film${p.path ? `.${p.path}` : ''}` })))];
    // What the list draws: each film as read (not as given, which may be huge: its infobox has a
    // record of its own), its note and page, and where a film given by address was.
    this.digest = digest(JSON.stringify([list.title, list.entries.map(({ given, film, note, page, failure }) =>
      [typeof given === 'string' ? given : '', film, note, page, failure ? 1 : 0])]));
    host.status = 'ready';
    host.requestUpdate();
    reportProblems(host.localName, this.problems, 'the list');
    this.announce(() => host.dispatchEvent(new CustomEvent('film-load', { detail: { list, problems: this.problems }, bubbles: true, composed: true })));
  }

  #fail(reason: (s: Strings) => string, problems: Problem[]): void {
    this.list = undefined;
    this.digest = undefined;
    this.tellError(reason, problems);
  }
}

/** JSON text as a value; text that is none is the list's error, named by where it came from. */
function parsed(text: string, where: string | ((s: Strings) => string)): unknown {
  const place = (s: Strings) => (typeof where === 'string' ? where : where(s));
  if (/^\s*</.test(text)) throw new LoadFailure((s) => s.htmlNotJson(place(s)));
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LoadFailure((s) => s.notJson(place(s), (error as Error).message));
  }
}

/** An entry of the list: the film as given, its note and page, beside what was read. */
const entryOf = ({ film, ...rest }: ListedFilm): ListEntry => ({ ...rest, given: film, problems: [] });

const shown = (item: ListedFilm, film: Film, problems: Problem[], notAFilm: string | undefined): ListEntry =>
  notAFilm === undefined ? { ...entryOf(item), film, problems } : { ...entryOf(item), problems, failure: (s) => s.notFilm(notAFilm) };

function failed(item: ListedFilm, error: unknown): ListEntry {
  const { say, problems } = failureOf(error);
  return { ...entryOf(item), problems, failure: say };
}
