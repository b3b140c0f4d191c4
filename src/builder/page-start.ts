// The page's head and its first section: the interface language, the ways to start a film (new,
// import, example, a JSON file), the author's films, undo and redo, and what the builder did.
import { html, nothing, type TemplateResult } from 'lit';
import type { BuilderState } from './builder-state.js';
import { kindOptions, tmdbKey } from '../../demo/builder/importing.js';
import { deleteDraft, download, fetchLive, importFile, importPasted, openDraft, openFile, startExample, startNew, step, titleOf, toggleImport } from './films.js';

export function masthead(b: BuilderState): TemplateResult {
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

export function start(b: BuilderState): TemplateResult {
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
      <p><label for="import-kind">${t.importKind}</label> <select id="import-kind" @change=${(e: Event) => (b.importKind = value(e))}>${kindOptions(t).map(([k, name]) => html`<option value=${k} ?selected=${k === b.importKind}>${name}</option>`)}</select>
        <button type="button" id="import-go" @click=${() => importPasted(b)}>${t.importGo}</button></p>
      ${live(b)}
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

/** A film fetched live: Wikipedia by its title, Wikidata by its id, TMDB with the author's key (kept in this browser only). */
function live(b: BuilderState): TemplateResult {
  const { t } = b;
  const field = (id: string) => b.querySelector<HTMLInputElement>(`#${id}`)?.value.trim() ?? '';
  const keyChanged = (e: Event) => tmdbKey.set((e.currentTarget as HTMLInputElement).value.trim());
  return html`<fieldset id="import-live">
    <legend>${t.liveH}</legend>
    <p class="hint" id="live-help">${t.liveHelp}</p>
    <p><label for="live-wikipedia">${t.liveWikipedia}</label>
      <input id="live-wikipedia" type="text" placeholder="Parasite (2019 film)" aria-describedby="live-wikipedia-help">
      <span class="hint" id="live-wikipedia-help">${t.liveWikipediaHelp}</span>
      <label for="live-wiki">${t.liveWiki}</label>
      <input id="live-wiki" type="text" size="5" value="en" autocomplete="off" spellcheck="false">
      <button type="button" id="live-wikipedia-go" @click=${() => fetchLive(b, { wikipedia: field('live-wikipedia'), lang: field('live-wiki') || 'en' })}>${t.liveWikipediaGo}</button></p>
    <p><label for="live-wikidata">${t.liveWikidata}</label>
      <input id="live-wikidata" type="text" placeholder="Q61448040" autocomplete="off" spellcheck="false" aria-describedby="live-wikidata-help">
      <span class="hint" id="live-wikidata-help">${t.liveWikidataHelp}</span>
      <button type="button" id="live-wikidata-go" @click=${() => fetchLive(b, { wikidata: field('live-wikidata') })}>${t.liveWikidataGo}</button></p>
    <p><label for="live-tmdb">${t.liveTmdb}</label>
      <input id="live-tmdb" type="text" inputmode="numeric" placeholder="496243" autocomplete="off" aria-describedby="live-tmdb-help">
      <span class="hint" id="live-tmdb-help">${t.liveTmdbHelp}</span>
      <label for="live-tmdb-key">${t.liveTmdbKey}</label>
      <input id="live-tmdb-key" type="password" autocomplete="off" spellcheck="false" aria-describedby="live-tmdb-key-help" .value=${tmdbKey.get()} @change=${keyChanged}>
      <span class="hint" id="live-tmdb-key-help">${t.liveTmdbKeyHelp}</span>
      <button type="button" id="live-tmdb-go" @click=${() => {
        tmdbKey.set(field('live-tmdb-key'));
        return fetchLive(b, { tmdb: field('live-tmdb'), key: field('live-tmdb-key') });
      }}>${t.liveTmdbGo}</button></p>
  </fieldset>`;
}
