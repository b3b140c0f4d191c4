// The builder: a film edited as a form or as JSON (one document, two views), started new, from
// an import, or from a file; its problems shown next to their fields as the author types; a
// live preview of the chosen widgets; and a snippet that survives a CMS. Drafts stay in
// localStorage. The page draws into its own light DOM, so that builder.css styles it and every
// label, id and role is the document's; each change draws at once, so that what the author
// does is on the page when the event ends.
import { html, type TemplateResult } from 'lit';
import { BuilderState, recall, store } from './builder-state.js';
import { suggestedLanguages } from './languages.js';
import { type Library, hostedCopy, libraryBase } from './library.js';
import { masthead, start } from './page-start.js';
import { edit, filmList, preview, show, snippet } from './page-output.js';
import { startExample, titleOf } from './films.js';
import { drawList } from '../../demo/builder/film-list.js';

/** The builder's page, drawn from its parts (page-start.ts, page-output.ts), over what it holds (builder-state.ts). */
export class FilmBuilder extends BuilderState {
  /** Starts with the film from last time, or on a first visit with the example film. */
  async start(lib: URL, library: Library): Promise<void> {
    this.lib = lib;
    this.library = library;
    // The choice from last time; on a hosted builder, its own copy is the first suggestion.
    let kept: { choice?: string; url?: string } = {};
    try { kept = JSON.parse(recall(store.library) ?? '{}') ?? {}; } catch { /* kept by another version */ }
    this.libraryUrl = kept.url ?? hostedCopy(lib);
    this.libraryChoice = (kept.choice ?? (this.libraryUrl ? 'own' : 'cdn')) === 'cdn' ? 'cdn' : 'own';
    this.speak(this.uiLang);
    if (this.drafts.current) {
      this.display(this.drafts.current.text);
      this.tell(this.t.draftRestored);
    } else await startExample(this);
  }

  override render(): TemplateResult {
    if (!this.library) return html``;
    return html`${masthead(this)}<main class="builder">
      <h1>${this.t.heading}</h1>
      <p class="intro">${this.t.intro}</p>
      <div class="columns">
        <div class="editor">${start(this)}${edit(this)}</div>
        <div class="output">${show(this)}${snippet(this)}${preview(this)}${filmList(this)}</div>
      </div>
      <datalist id="language-tags">${suggestedLanguages.map(([tag, name]) => html`<option value=${tag} label=${name}></option>`)}</datalist>
    </main>`;
  }

  /** The drafts picked for a list, in its order. */
  listed: string[] = [];

  protected override updated(): void {
    if (this.library) this.drawList();
  }

  /** The list of films: its picker, snippet and preview (demo/builder/film-list.js). */
  drawList(): void {
    const $ = (id: string) => this.querySelector(`#${id}`);
    drawList($, {
      drafts: this.drafts.all, order: this.listed, titleOf: (text: string) => titleOf(this, text), t: this.t,
      changed: () => this.drawList(), integrity: this.library.integrity['film-elements.loader.min.js'],
      where: libraryBase({ choice: this.libraryChoice, typed: this.libraryUrl, version: this.library.version }),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'film-builder': FilmBuilder;
  }
}
