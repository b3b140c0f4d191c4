// The page's other sections: the film (the form or its JSON, with what is wrong and what search
// engines are told), what to show (widgets by name, language, scheme, where the film and the
// library live), the snippet with its Copy button, and the live preview.
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BuilderState } from './builder-state.js';

const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;
const WIDGET_LANGUAGES = [['en', 'English'], ['ko', '한국어'], ['ja', '日本語'], ['zh', '中文（简体）'], ['es', 'Español'], ['fr', 'Français'],
  ['de', 'Deutsch'], ['ar', 'العربية']] as const;

export function edit(b: BuilderState): TemplateResult {
  const { t } = b;
  const { errors, checks } = b.counts();
  const summary = errors || checks ? `${t.problemsH}: ${t.problemCount(errors, checks)}` : t.noProblems;
  const view = (e: Event) => b.set({ view: value(e) as 'form' | 'json' });
  return html`<section aria-labelledby="edit-h" class="edit">
    <h2 id="edit-h">${t.editH}</h2>
    <fieldset class="views">
      <legend>${t.view}</legend>
      <label><input type="radio" name="view" value="form" .checked=${b.view === 'form'} @change=${view}> <span>${t.form}</span></label>
      <label><input type="radio" name="view" value="json" .checked=${b.view === 'json'} @change=${view}> <span>${t.json}</span></label>
    </fieldset>
    <div id="summary" aria-live="polite"><p class=${errors ? 'problem' : checks ? 'to-check' : 'none'}>${summary}</p></div>
    <details id="search-box">
      <summary>${t.searchH}</summary>
      <ul id="search">${b.searchNotes().map((note) => html`<li class=${note.level === 'critical' ? 'problem' : 'note'}>${t.searchLevels[note.level]}: ${note.path ? `${note.path}: ` : ''}${note.issue}: ${note.why}</li>`)}</ul>
    </details>
    <form id="form" class="film-form" novalidate ?hidden=${b.view !== 'form'} @submit=${(e: Event) => e.preventDefault()}>${b.doc ? keyed(b.generation, b.form()) : nothing}</form>
    <div id="json-view" ?hidden=${b.view !== 'json'}>
      <label for="json">${t.jsonLabel}</label>
      <textarea id="json" rows="24" spellcheck="false" aria-describedby="json-told" .value=${b.text} @input=${(e: Event) => b.typeJson(value(e))}></textarea>
      <div id="json-told" aria-live="polite">${b.jsonTold ? html`<p class=${b.jsonTold.kind}>${b.jsonTold.words}</p>` : nothing}</div>
    </div>
  </section>`;
}

export function show(b: BuilderState): TemplateResult {
  const { t } = b;
  return html`<section aria-labelledby="show-h">
    <h2 id="show-h">${t.showH}</h2>
    <fieldset class="pick">
      <legend>${t.elements}</legend>
      <div id="elements" class="tags">${b.library.tags.filter((tag) => !b.library.lists?.includes(tag)).map((tag) => {
        // Widgets by name, most used first, each with a line on what it shows: the library's words
        // (each element's descriptor), in the builder's language where it has them.
        const ours = (t as unknown as { widgets?: Record<string, [string, string]> }).widgets?.[tag];
        const [name, what] = ours ?? b.library.widgets?.[tag] ?? [`<${tag}>`, ''];
        return html`<label for=${`el-${tag}`} class="check widget"><input type="checkbox" value=${tag} id=${`el-${tag}`} .checked=${b.chosen.has(tag)}
          aria-describedby=${`el-${tag}-about`} @change=${(e: Event) => b.choose(tag, (e.currentTarget as HTMLInputElement).checked)}><strong>${name}</strong><span class="hint" id=${`el-${tag}-about`}>${what}</span></label>`;
      })}</div>
    </fieldset>
    <div class="choices">
      <p><label for="lang">${t.lang}</label>
        <select id="lang" @change=${(e: Event) => b.set({ widgetLang: value(e) })}>${WIDGET_LANGUAGES.map(([code, name]) => html`<option value=${code} lang=${code} dir=${ifDefined(code === 'ar' ? 'rtl' : undefined)} ?selected=${b.widgetLang === code}>${name}</option>`)}</select></p>
      <p><label for="theme">${t.theme}</label> <select id="theme" @change=${(e: Event) => b.set({ theme: value(e) })}>${Object.entries(t.themes).map(([v, w]) => html`<option value=${v} ?selected=${b.theme === v}>${w}</option>`)}</select></p>
    </div>
    <fieldset class="where">
      <legend>${t.dataAt}</legend>
      <label><input type="radio" name="data" value="inline" .checked=${!b.hosted} @change=${() => b.set({ hosted: false })}> <span>${t.dataInline}</span></label>
      <label><input type="radio" name="data" value="url" .checked=${b.hosted} @change=${() => b.set({ hosted: true })}> <span>${t.dataUrl}</span></label>
      <p id="data-url-p" ?hidden=${!b.hosted}><label for="data-url">${t.dataUrlLabel}</label>
        <input id="data-url" type="url" placeholder="https://example.com/film.json" .value=${b.dataUrl} @input=${(e: Event) => b.set({ dataUrl: value(e) })}></p>
    </fieldset>
    <fieldset class="where">
      <legend>${t.libraryAt}</legend>
      <label><input type="radio" name="library" value="own" .checked=${b.libraryChoice === 'own'} @change=${() => b.placeLibrary('own')}> <span>${t.libraryOwn}</span></label>
      <label><input type="radio" name="library" value="cdn" .checked=${b.libraryChoice === 'cdn'} @change=${() => b.placeLibrary('cdn')}> <span>${t.libraryCdn}</span></label>
      <div id="library-own-p" ?hidden=${b.libraryChoice !== 'own'}>
        <p class="hint" id="library-help">${t.libraryHelp}</p>
        <p><button type="button" id="library-zip" @click=${() => b.zip()}>${t.libraryZip}</button> <span id="zipped" role="status">${b.zipped}</span></p>
        <p><label for="library-url">${t.libraryUrl}</label>
          <input id="library-url" type="url" placeholder="https://example.com/film-elements/" aria-describedby="library-help" .value=${b.libraryUrl}
            @input=${(e: Event) => b.placeLibrary(b.libraryChoice, value(e))} @change=${(e: Event) => b.placeLibrary(b.libraryChoice, value(e), true)}></p>
      </div>
      <p id="library-cdn-p" class="hint" ?hidden=${b.libraryChoice !== 'cdn'}>${t.libraryCdnHelp}</p>
    </fieldset>
    <p><label class="check"><input type="checkbox" id="static" .checked=${b.staticFirst} @change=${(e: Event) => b.set({ staticFirst: (e.currentTarget as HTMLInputElement).checked })}> <span>${t.staticFirst}</span></label></p>
  </section>`;
}

export function snippet(b: BuilderState): TemplateResult {
  const { t } = b;
  const made = !!b.snippet && !b.snippetTold;
  return html`<section aria-labelledby="snippet-h" class="snippet">
    <h2 id="snippet-h">${t.snippetH}</h2>
    <div id="snippet-told" aria-live="polite">${b.snippetTold ? html`<p class="problem">${b.snippetTold}</p>` : nothing}</div>
    <textarea id="snippet" rows="5" readonly spellcheck="false" aria-labelledby="snippet-h" ?hidden=${!made} .value=${made ? b.snippet : ''}></textarea>
    <p><button id="copy" type="button" ?hidden=${!made} @click=${() => b.copy()}>${t.copy}</button> <span id="copied" role="status">${b.copied}</span></p>
  </section>`;
}

export const preview = (b: BuilderState): TemplateResult => html`<section aria-labelledby="preview-h">
    <h2 id="preview-h">${b.t.previewH}</h2>
    <div id="preview">${b.previewWidgets}</div>
  </section>`;

/**
 * Several drafts make a list (demo/builder/film-list.js draws the picker, the snippet and the
 * preview into these after each render; Lit leaves what is inside them alone).
 */
export const filmList = (b: BuilderState): TemplateResult => html`<section aria-labelledby="list-h" class="film-list">
    <h2 id="list-h">${b.t.listH}</h2>
    <p class="hint">${b.t.listHelp}</p>
    <p><label for="list-title">${b.t.listTitle}</label> <input id="list-title" type="text" @input=${() => b.drawList()}></p>
    <ol id="list-drafts" class="list-drafts"></ol>
    <textarea id="list-snippet" rows="5" readonly spellcheck="false" aria-labelledby="list-h" hidden></textarea>
    <div id="list-preview"></div>
  </section>`;
