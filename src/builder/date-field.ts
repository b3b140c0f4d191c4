// A date as an author writes it: a text field that takes "September 15, 1995", "15 September
// 1995", "September 1995", "1995" or "1995년 9월 15일" (read by the model's one date reader, src/model/dates.ts),
// beside the browser's own date control for picking a day. The document holds the date the
// text names (`1995-09-15`); a year or a month alone stays a year or a month, which a date
// control could not hold. A text that is no date is kept as typed, for the model to name.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { readDate } from '../model/dates.js';
import { formatDate } from '../model/format.js';
import type { Field } from './sections.js';
import { type FormHost, hintOf, holder, label } from './form-host.js';
import { type Path, assign, fieldId, get, pathText } from './written.js';

const FULL = /^\d{4}-\d{2}-\d{2}$/;
/** Whether this browser has a date control at all (an engine without one makes `type=date` a text field). */
const pickable = (() => {
  const probe = document.createElement('input');
  probe.type = 'date';
  return probe.type === 'date';
})();

/**
 * The date as the author reads it in the field: written out in the interface's language where
 * the reader reads that back ("September 15, 1995", "1995년 9월 15일"), or else as it is (ISO 8601).
 */
function written(date: string, lang: string): string {
  if (readDate(date) !== date) return date;
  const out = formatDate(date, lang === 'en' ? 'en-US' : lang);
  return readDate(out) === date ? out : date;
}

export function dateField(host: FormHost, field: Field, path: Path): TemplateResult {
  const { t, state } = host;
  const at = [...path, field.key];
  const id = fieldId(at);
  const raw = get(host.doc, at);
  const value = typeof raw === 'string' ? raw : raw === undefined ? '' : JSON.stringify(raw);
  const typed = state.typed.get(id);
  const put = (next: string | undefined) => {
    assign(host.doc, path, field.key, next);
    host.changed();
  };
  const type = (e: Event) => {
    const text = (e.currentTarget as HTMLInputElement).value;
    state.typed.set(id, text);
    put(text.trim() ? readDate(text) ?? text.trim() : undefined);
  };
  const pick = (e: Event) => {
    const day = (e.currentTarget as HTMLInputElement).value;
    state.typed.delete(id);
    // A cleared control clears a day it showed, and leaves a year or a month it could not show.
    if (day) put(day);
    else if (FULL.test(value)) put(undefined);
  };
  // How the model reads what was typed, when the field does not already say it in those words.
  const read = typed?.trim() ? readDate(typed) : undefined;
  const reads = read && typed!.trim() !== written(read, host.lang) ? t.date.readsAs(formatDate(read, host.lang)) : '';
  const readsId = `${id}-reads`;
  const explained = hintOf(host, field);
  const hintId = `${id}-hint`;
  const described = [explained && hintId, reads && readsId].filter(Boolean).join(' ') || undefined;
  // Beside a date control, which shows a day's format itself, the placeholder gives what the
  // control cannot hold: a year or a month alone.
  const placeholder = pickable ? t.date.besidePicker : t.date.placeholder;
  return holder(host, at, html`<label for=${id}>${label(host, field)}</label><div class="date">
    <input id=${id} name=${id} type="text" autocomplete="off" placeholder=${placeholder} .value=${typed ?? written(value, host.lang)}
      aria-describedby=${ifDefined(host.placement.describedBy(pathText(at), described))}
      aria-invalid=${ifDefined(host.placement.invalid(pathText(at)) ? 'true' : undefined)} @input=${type}>
    ${pickable ? html`<span class="pick"><label for=${`${id}-day`}>${t.date.pick}</label><input id=${`${id}-day`} type="date"
      .value=${FULL.test(value) ? value : ''} @change=${pick}></span>` : nothing}</div>${explained ? html`<p class="hint" id=${hintId}>${explained}</p>` : nothing}${reads ? html`<p class="hint" id=${readsId}>${reads}</p>` : nothing}`);
}
