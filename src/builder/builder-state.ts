// What the builder holds and does, apart from how its page is drawn (film-builder.ts and the
// page's parts, which are given it): the document in its two views, its reading and problems,
// the drafts, the preview and the snippet, the choices the author made, and what the builder says.
import { LitElement, type TemplateResult } from 'lit';
import { formatRating, parseFilm, readJsonText, whyNotAFilm, writeJsonLd } from '../index.js';
import type { ParseResult, Problem, SearchNote } from '../model/types.js';
import { Drafts } from './drafts.js';
import { drawForm } from './form.js';
import { type FormHost, freshState } from './form-host.js';
import { type Library, folderOf, libraryBase, libraryZip } from './library.js';
import { Placement } from './placement.js';
import { sections } from './sections.js';
import { makeSnippet } from './snippet.js';
import { type UiLanguage, type Words, tables } from './words.js';
import { type WrittenFilm, isObject } from './written.js';

export const store = { ui: 'film-elements.builder.ui', library: 'film-elements.builder.library' };
const storage = (() => { try { return localStorage; } catch { return undefined; } })();
const remember = (key: string, value: string) => { try { storage?.setItem(key, value); } catch { /* private mode: nothing kept */ } };
export const recall = (key: string) => { try { return storage?.getItem(key) ?? null; } catch { return null; } };
const isJsonLd = (value: unknown) => isObject(value) && !('title' in value) && ('@type' in value || '@graph' in value || '@context' in value);

/** What the model made of the document, or the one problem of text that is not JSON. */
type Reading = ParseResult | { problems: Problem[]; unreadable: true; film?: undefined };

export abstract class BuilderState extends LitElement {
  /** Where the library's files are (the site's lib/) and what the build says of them. */
  lib!: URL;
  library!: Library;
  /** The interface's language (not `lang`, the element's attribute). */
  uiLang: UiLanguage = recall(store.ui) === 'ko' ? 'ko' : 'en';
  t: Words = tables[this.uiLang];
  drafts = new Drafts(storage);
  /** The film JSON being edited, as the author wrote it; `null` while the JSON view holds text that is not JSON. */
  doc: WrittenFilm | null = { title: '' };
  /** The JSON view's text. */
  text = '';
  reading: Reading = { problems: [], unreadable: true };
  /** Drawn afresh (a new draft, an undo, rows moved): the form forgets what it kept. */
  generation = 0;
  formState = freshState();
  open = new Set(sections.filter((s) => s.open).map((s) => s.id));
  view: 'form' | 'json' = 'form';
  told?: { words: string; lines: string[] };
  jsonTold?: { kind: 'problem' | 'note'; words: string };
  importOpen = false;
  importUrl = '';
  importKind = '';
  chosen = new Set(['film-infobox']);
  widgetLang = 'en';
  theme = '';
  hosted = false;
  dataUrl = '';
  staticFirst = true;
  libraryChoice: 'own' | 'cdn' = 'cdn';
  libraryUrl = '';
  zipped = '';
  copied = '';
  snippet = '';
  snippetTold = '';
  previewWidgets: HTMLElement[] = [];
  #saving?: ReturnType<typeof setTimeout>;
  #making = 0;
  #widgetLangPicked = false;

  // Light DOM: see film-builder.ts.
  protected override createRenderRoot() { return this; }

  /** Draws the list of films, which the page draws apart from the rest (film-builder.ts). */
  abstract drawList(): void;

  get home(): string { return new URL('../', this.lib).href; }

  /** Draws now, not at the next microtask: what an event changed is on the page when it ends. */
  draw(): void {
    this.requestUpdate();
    if (this.isConnected) this.performUpdate();
  }

  // ---- the interface's words -----------------------------------------------------------------

  speak(lang: string): void {
    this.uiLang = lang === 'ko' ? 'ko' : 'en';
    this.t = tables[this.uiLang];
    // A Korean author's widgets speak Korean too, until the author picks their language.
    if (!this.#widgetLangPicked) this.widgetLang = this.uiLang;
    document.documentElement.lang = this.uiLang;
    document.title = `${this.t.title} · film-elements`;
    remember(store.ui, this.uiLang);
    this.check();
  }

  // ---- one document, two views ---------------------------------------------------------------

  /** The form, drawn once to learn where its fields are and again with the problems placed there. */
  form(): TemplateResult {
    const placement = new Placement();
    const toggled = (id: string, open: boolean) => (open ? this.open.add(id) : this.open.delete(id));
    drawForm(this.#host(placement), this.open, toggled);
    placement.place(this.reading.problems);
    return drawForm(this.#host(placement), this.open, toggled);
  }

  #host(placement: Placement): FormHost {
    return {
      t: this.t, lang: this.uiLang, doc: this.doc!, state: this.formState, placement,
      changed: () => this.changed(),
      rebuild: (focusId) => {
        this.formState = freshState();
        this.generation++;
        this.refocus(focusId);
      },
      refocus: (focusId) => this.refocus(focusId),
      ratingReads: (raw) => {
        if (raw === undefined) return undefined;
        const rating = parseFilm({ title: '', reviews: [{ rating: raw }] }).film.reviews?.[0]?.rating;
        return rating && { ...rating, text: formatRating(rating, this.uiLang) };
      },
    };
  }

  /** Draws, then puts the focus on `focusId`, opening the sections around it. */
  refocus(focusId: string): void {
    this.draw();
    const target = document.getElementById(focusId);
    for (let open = target?.closest('details'); open; open = open.parentElement?.closest('details')) open.open = true;
    target?.focus();
  }

  /** The form changed the document: the JSON view, the problems, the preview and the snippet follow. */
  changed(): void {
    this.text = JSON.stringify(this.doc, null, 2);
    this.check();
  }

  /** The form edits our film JSON: JSON-LD is read into it first (the JSON view keeps either). */
  #redraw(): void {
    if (this.doc && isJsonLd(this.doc)) {
      this.doc = parseFilm(this.doc).film as unknown as WrittenFilm;
      this.text = JSON.stringify(this.doc, null, 2);
    }
    this.formState = freshState();
    this.generation++;
  }

  typeJson(text: string): void {
    this.text = text;
    const written = readJsonText(text);
    this.jsonTold = undefined;
    if ('error' in written) {
      this.doc = null;
      this.jsonTold = { kind: 'problem', words: this.t.notJson(this.unreadable(written) + (written.line ? this.t.atLine(written.line, written.column) : '')) };
    } else {
      this.doc = written.value as WrittenFilm;
      if (written.repairs?.length) this.jsonTold = { kind: 'note', words: `${this.t.repaired} ${written.repairs.join('; ')}.` };
      this.#redraw();
    }
    this.check();
  }

  /** Shows a draft's text (a new draft, another one, an undo) in both views. */
  display(text: string): void {
    this.text = text;
    const written = readJsonText(text);
    this.doc = 'error' in written ? null : written.value as WrittenFilm;
    this.jsonTold = undefined;
    this.#redraw();
    this.check();
  }

  /** Why the JSON view's text is no JSON: in the interface's words when the reader refused it, else as the parser said it. */
  unreadable(read: { error: string; refused?: keyof Words['unreadable'] }): string {
    return (read.refused && this.t.unreadable[read.refused]) || read.error;
  }

  // ---- problems ------------------------------------------------------------------------------

  counts(): { errors: number; checks: number } {
    const { problems } = this.reading;
    return { errors: problems.filter((p) => p.severity === 'error').length, checks: problems.filter((p) => p.severity === 'warning').length };
  }

  /** What the film's JSON-LD leaves out and what keeps it from rich results, as `validate --search` lists them. */
  searchNotes(): SearchNote[] {
    const { film } = this.reading;
    return this.doc && film && !this.reading.unreadable && whyNotAFilm(this.reading) === undefined ? writeJsonLd(film).notes : [];
  }

  check(): void {
    if (this.doc === null) {
      const read = readJsonText(this.text);
      this.reading = { problems: [{ path: '', severity: 'error', message: this.t.notJson('error' in read ? this.unreadable(read) : '') }], unreadable: true };
    } else {
      this.reading = parseFilm(this.doc);
    }
    clearTimeout(this.#saving);
    // A pause in typing is one change to undo.
    const text = this.text;
    this.#saving = setTimeout(() => (this.drafts.save(text), this.draw()), 300);
    void this.#show();
    this.draw();
  }

  // ---- preview and snippet ---------------------------------------------------------------------

  set(patch: Partial<Pick<BuilderState, 'widgetLang' | 'theme' | 'hosted' | 'dataUrl' | 'staticFirst' | 'view'>>): void {
    if ('widgetLang' in patch) this.#widgetLangPicked = true;
    Object.assign(this, patch);
    void this.#show();
    this.draw();
  }

  choose(tag: string, chosen: boolean): void {
    if (chosen) this.chosen.add(tag);
    else this.chosen.delete(tag);
    this.set({});
  }

  async #show(): Promise<void> {
    const run = ++this.#making;
    const { t, doc, reading } = this;
    const invalid = reading.unreadable || whyNotAFilm(reading) !== undefined || reading.problems.some((p) => p.severity === 'error');
    this.previewWidgets = [...this.chosen].map((tag) => {
      const element = document.createElement(tag) as HTMLElement & { film: unknown };
      if (this.widgetLang) element.setAttribute('lang', this.widgetLang);
      if (this.theme) element.setAttribute('theme', this.theme);
      // A copy: the elements read an object once, and this document changes under the author's hands.
      element.film = doc ? structuredClone(doc) : this.text;
      return element;
    });
    if (invalid || !this.chosen.size) return void (this.snippet = '', this.snippetTold = this.chosen.size ? t.noSnippet : t.noElements);
    const where = libraryBase({ choice: this.libraryChoice, typed: this.libraryUrl, version: this.library.version });
    if (!('base' in where)) return void (this.snippet = '', this.snippetTold = 'missing' in where ? t.noLibrary : t.libraryNotUrl);
    this.snippetTold = '';
    const text = await makeSnippet({ doc: doc!, tags: [...this.chosen], lang: this.widgetLang === 'en' ? '' : this.widgetLang, theme: this.theme,
      dataUrl: this.hosted ? this.dataUrl.trim() : '', staticFirst: this.staticFirst,
      library: { base: where.base, integrity: this.library.integrity['film-elements.loader.min.js']! } });
    if (run !== this.#making) return;
    this.snippet = text;
    this.draw();
    document.documentElement.dataset.snippet = String(run);
  }

  placeLibrary(choice: 'own' | 'cdn', url = this.libraryUrl, tidy = false): void {
    this.libraryChoice = choice;
    this.libraryUrl = tidy ? folderOf(url) ?? url : url;
    remember(store.library, JSON.stringify({ choice, url: this.libraryUrl }));
    this.set({});
  }

  async zip(): Promise<void> {
    this.zipped = this.t.zipping;
    this.draw();
    try {
      const zip = await libraryZip(this.lib, this.library);
      this.save(zip, `film-elements-${this.library.version}.zip`);
      this.zipped = this.t.zipped(this.library.files.length);
    } catch {
      this.zipped = this.t.zipFailed;
    }
    this.draw();
  }

  async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.snippet);
    } catch {
      this.querySelector<HTMLTextAreaElement>('#snippet')!.select();
      document.execCommand('copy');
    }
    this.copied = this.t.copied;
    this.draw();
    setTimeout(() => (this.copied = '', this.draw()), 4000);
  }

  // ---- what the builder says -----------------------------------------------------------------

  tell(words = '', lines: string[] = []): void {
    this.told = words ? { words, lines } : undefined;
    this.draw();
  }

  /** Keeps the text now rather than after a pause in typing (before an undo). */
  saveNow(): void {
    clearTimeout(this.#saving);
    this.drafts.save(this.text);
  }

  save(blob: Blob, name: string): void {
    const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }
}
