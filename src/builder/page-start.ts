// The page's head and its first section: the interface language, the ways to start a film (new,
// import, example, a JSON file), the author's films, undo and redo, and what the builder did.
import { html, nothing, type TemplateResult } from 'lit';
import type { FilmBuilder } from './film-builder.js';
import { kinds } from '../../demo/builder/importing.js';
import { deleteDraft, download, importFile, importPasted, openDraft, openFile, startExample, startNew, step, titleOf, toggleImport } from './films.js';

export function masthead(b: FilmBuilder): TemplateResult {
  const { t } = b;
  return html`<header class="masthead">
    <p class="brand">film-elements <span>· ${t.title}</span></p>
    <p class="ui-lang">
      <label for="ui-lang">${t.uiLang}</label>
      <select id="ui-lang" @change=${(e: Event) => b.speak((e.currentTarget as HTMLSelectElement).value)}>
        <option value="en" ?selected=${b.uiLang === 'en'}>English</option><option value="ko" lang="ko" ?selected=${b.uiLang === 'ko'}>한국어</option></select>
      <a href=${b.home}>${t.home}</a>
    </p>
  </header>`;
}

export function start(b: FilmBuilder): TemplateResult {
  const { t } = b;
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  const when = new Intl.DateTimeFormat(b.uiLang, { dateStyle: 'medium', timeStyle: 'short' });
  const current = b.drafts.current?.id;
  return html`<section aria-labelledby="start-h" class="start">
    <h2 id="start-h">${t.start}</h2>
    <p class="actions">
      <button type="button" id="new" @click=${() => startNew(b)}>${t.newFilm}</button>
      <button type="button" id="import-open" aria-expanded=${String(b.importOpen)} aria-controls="import-box" @click=${() => toggleImport(b)}>${t.importH}</button>
      <button type="button" id="example" @click=${() => startExample(b)}>${t.example}</button>
      <label class="file"><span>${t.openFile}</span> <input type="file" id="file" accept=".json,application/json,application/ld+json" @change=${(e: Event) => openFile(b, e.currentTarget as HTMLInputElement)}></label>
    </p>
    <div id="import-box" class="import" ?hidden=${!b.importOpen}>
      <h3>${t.importH}</h3>
      <p class="hint" id="import-help">${t.importHelp}</p>
      <p><label for="import-text">${t.importText}</label>
        <textarea id="import-text" rows="5" spellcheck="false" aria-describedby="import-help"></textarea></p>
      <p><label class="file"><span>${t.importFile}</span> <input type="file" id="import-file" accept=".html,.htm,.txt,.wiki,.json,.jsonld,text/html,text/plain,application/json,application/ld+json" @change=${(e: Event) => importFile(b, e.currentTarget as HTMLInputElement)}></label></p>
      <p><label for="import-url">${t.importUrl}</label>
        <input id="import-url" type="url" placeholder="https://en.wikipedia.org/wiki/…" aria-describedby="import-url-help" .value=${b.importUrl} @input=${(e: Event) => (b.importUrl = value(e))}>
        <span class="hint" id="import-url-help">${t.importUrlHelp}</span></p>
      <p><label for="import-kind">${t.importKind}</label> <select id="import-kind" @change=${(e: Event) => (b.importKind = value(e))}>${kinds.map((k) => html`<option value=${k} ?selected=${k === b.importKind}>${t.kinds[k as keyof typeof t.kinds]}</option>`)}</select>
        <button type="button" id="import-go" @click=${() => importPasted(b)}>${t.importGo}</button></p>
    </div>
    <div class="drafts">
      <p><label for="draft">${t.drafts}</label> <select id="draft" @change=${(e: Event) => openDraft(b, value(e))}>${b.drafts.all.map((d) => html`<option value=${d.id} ?selected=${d.id === current}>${titleOf(b, d.text)} · ${when.format(d.updated)}</option>`)}</select>
        <button type="button" id="delete-draft" ?disabled=${!b.drafts.current} @click=${() => deleteDraft(b)}>${t.deleteDraft}</button></p>
      <p><button type="button" id="undo" ?disabled=${!b.drafts.canUndo()} @click=${() => step(b, true)}>${t.undo}</button> <button type="button" id="redo" ?disabled=${!b.drafts.canRedo()} @click=${() => step(b, false)}>${t.redo}</button>
        <button type="button" id="download" @click=${() => download(b)}>${t.download}</button></p>
    </div>
    <div id="told" role="status">${b.told ? html`<p>${b.told.words}</p>${b.told.lines.length ? html`<ul>${b.told.lines.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}` : nothing}</div>
  </section>`;
}
