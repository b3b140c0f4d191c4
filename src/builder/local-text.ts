// A text that may be given per language (languages.ts): one input at first; "Add a language"
// turns it into rows of (language, text), written back as the language map. The rows, added
// ones without text included, are the form's state until the form is drawn afresh.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Field } from './sections.js';
import { type FormHost, holder, problemLines } from './form-host.js';
import { type LangRow, isLangMap, mapOf, rowsOf, tagOrNothing } from './languages.js';
import { type Path, assign, fieldId, get, pathText, writtenAt } from './written.js';

export function localText(host: FormHost, field: Field, path: Path, name?: string): TemplateResult {
  const { t, state } = host;
  const labelText = name ?? (t.fields as Record<string, string>)[field.label ?? field.key] ?? field.key;
  // A row written as that text alone ("Gray", or { "en": …, "ko": … } for a person) shows it;
  // anything else shows as its JSON, as other fields show it, so that it is not shown empty.
  const raw = get(host.doc, [...path, field.key]);
  const value = isLangMap(raw) || typeof raw === 'string' || raw === undefined ? raw : JSON.stringify(raw);
  const at = [...path, field.key];
  const id = fieldId(at);
  const rows = state.langRows.has(id) ? state.langRows.get(id)! : rowsOf(value);
  const long = field.kind === 'long';

  const write = (next: unknown) => {
    assign(host.doc, path, field.key, next);
    host.changed();
  };
  const keep = (next: LangRow[] | null, focus?: string) => {
    state.langRows.set(id, next);
    write(next ? mapOf(next).map : undefined);
    if (focus) host.refocus(focus);
  };
  // Where the model names a language of this text in its problems.
  const entryPath = (tag: string) => pathText([...writtenAt(host.doc, at), tag]);
  const control = (controlId: string, text: string, lang: string | undefined, input: (e: Event) => void, describedBy?: string) => (long
    ? html`<textarea id=${controlId} name=${controlId} rows=${field.rows ?? 2} lang=${ifDefined(lang)} .value=${text} ?required=${!!field.required}
        aria-describedby=${ifDefined(describedBy)} @input=${input}></textarea>`
    : html`<input id=${controlId} name=${controlId} type="text" lang=${ifDefined(lang)} .value=${text} ?required=${!!field.required}
        aria-describedby=${ifDefined(describedBy)} aria-invalid=${ifDefined(host.placement.invalid(pathText(at)) ? 'true' : undefined)} @input=${input}>`);

  let parts: TemplateResult;
  if (!rows) {
    const one = (e: Event) => {
      const text = (e.currentTarget as HTMLInputElement).value;
      write(text.trim() === '' ? undefined : text);
    };
    parts = html`<label for=${id}>${labelText}</label>${control(id, typeof value === 'string' ? value : '', undefined, one, host.placement.describedBy(pathText(at)))}`;
  } else {
    const { twice } = mapOf(rows);
    parts = html`<fieldset class="group langs"><legend>${t.inLanguages(labelText)}</legend>${rows.map(([tag, text], i) => {
      const textId = i === 0 ? id : `${id}-${i}`;
      const tagId = `${id}-lang-${i}`;
      const entry = tag.trim() ? entryPath(tag.trim()) : undefined;
      if (entry) host.placement.hold(entry);
      const change = (part: 0 | 1) => (e: Event) => {
        const next = rows.map((row): LangRow => [...row]);
        next[i]![part] = (e.currentTarget as HTMLInputElement).value;
        keep(next);
      };
      const remove = () => {
        const next = rows.filter((_, j) => j !== i);
        keep(next.length ? next : null, next.length ? `${id}-remove-${Math.min(i, next.length - 1)}` : `${id}-add-lang`);
      };
      // A value in another language is read and drawn as that language (a Korean name in an English form).
      return html`<div class="field lang-row" data-path=${ifDefined(entry)}>
        <p><label for=${tagId}>${t.language}</label><input id=${tagId} name=${tagId} type="text" class="short" .value=${tag} autocomplete="off"
          spellcheck="false" list="language-tags" @input=${change(0)}></p>
        <p><label for=${textId}>${labelText}</label>${control(textId, text, tagOrNothing(tag), change(1), entry && host.placement.describedBy(entry))}</p>
        <div class="row-tools"><button type="button" id=${`${id}-remove-${i}`} aria-label=${`${t.remove}: ${labelText} (${tag || t.language})`} @click=${remove}>${t.remove}</button></div>
        <div class="problems-here" id=${`${id}-twice-${i}`}>${entry ? problemLines(host, entry) : nothing}${twice.has(i) ? html`<p class="problem">${t.languageTwice(tag.trim())}</p>` : nothing}</div>
      </div>`;
    })}</fieldset>`;
  }
  const add = () => {
    const main = typeof value === 'string' && value.trim() ? value : '';
    // One text becomes the first language's: English unless the author says otherwise.
    const next: LangRow[] = [...(rows ?? (main ? [['en', main] as LangRow] : [])), ['', '']];
    keep(next, `${id}-lang-${next.length - 1}`);
  };
  return holder(host, at, html`${parts}<button type="button" id=${`${id}-add-lang`} class="add" aria-label=${`${labelText}: ${t.addLanguage}`} @click=${add}>${t.addLanguage}</button>`);
}
