// The form view of the film JSON: a labelled field for every section in sections.ts, drawn from
// the document as the author wrote it, each edit written back into that document at the field's
// JSON path (written.ts). Problems from the model sit next to the field their path names.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sections, type Field } from './sections.js';
import { type FormHost, hintOf, holder, label } from './form-host.js';
import { localText } from './local-text.js';
import { isLangMap } from './languages.js';
import { chooseTag } from '../model/localised.js';
import { dateField } from './date-field.js';
import { rating } from './rating.js';
import { type Path, assign, fieldId, get, isObject, pathText, put } from './written.js';

/** The form for `host.doc`; `open` holds the sections the author has open. */
export function drawForm(host: FormHost, open: Set<string>, toggled: (id: string, open: boolean) => void): TemplateResult {
  const { placement } = host;
  return html`<div class="problems-here" id="doc-problems">${problemsOfDocument(host)}</div>${sections.map((section) => {
    placement.section = section.id;
    const fields = section.fields.map((field) => drawField(host, field, field.at ?? [field.key]));
    const count = placement.counts.get(section.id) ?? 0;
    return html`<details class="section" data-section=${section.id} ?open=${open.has(section.id)}
      @toggle=${(e: Event) => toggled(section.id, (e.currentTarget as HTMLDetailsElement).open)}>
      <summary><span>${host.t.sections[section.id as keyof typeof host.t.sections]}</span><span class="count">${count ? ` (${count})` : ''}</span></summary>${fields}</details>`;
  })}`;
}

const problemsOfDocument = (host: FormHost) => {
  const lines = host.placement.at.get('') ?? [];
  return lines.map((p) => html`<p class=${p.note ? 'note' : p.severity === 'error' ? 'problem' : 'to-check'} id=${p.id}><strong>${p.note ? host.t.note : p.severity === 'error' ? host.t.problem : host.t.check}: </strong><code>${p.path || '(document)'}</code> ${p.message}</p>`);
};

/**
 * What one entry of a list of text shows on its line: its text, given with its language
 * (`{ "text", "lang" }`), or given per language (`{ "en": …, "ko": … }`) in the interface's
 * language as the elements choose one; anything else as its JSON.
 */
function lineOf(entry: unknown, lang: string): string {
  if (!isObject(entry)) return String(entry);
  if (typeof entry.text === 'string') return entry.text;
  if (isLangMap(entry)) return String(entry[chooseTag(entry as Record<string, string>, lang)!]);
  return JSON.stringify(entry);
}

/** One input of text, number, lines or address, bound to `key` of the object at `path`. */
function input(host: FormHost, field: Field, path: Path, name = label(host, field)): TemplateResult {
  const { doc, t } = host;
  const at = [...path, field.key];
  // A row written as one value ("Gray", a poster's address) shows that value in its main field.
  const value = get(doc, at);
  const line = (entry: unknown) => lineOf(entry, host.lang);
  const text = field.kind === 'lines' ? (Array.isArray(value) ? value.map(line).join('\n') : String(value ?? ''))
    : isObject(value) || Array.isArray(value) ? JSON.stringify(value) : String(value ?? '');
  const id = fieldId(at);
  const write = (e: Event) => {
    const written = (e.currentTarget as HTMLInputElement).value;
    let next: unknown = written.trim() === '' ? undefined : written;
    if (field.kind === 'lines') {
      // A line left as it was keeps its entry as written: its language, or its other languages.
      const before = get(host.doc, at);
      const kept = new Map(Array.isArray(before) ? before.map((entry) => [line(entry), entry]) : []);
      next = written.split('\n').map((s) => s.trim()).filter(Boolean).map((typed) => kept.get(typed) ?? typed);
    }
    // A number is written as a number; anything else as written, for the model to read or name.
    if (field.kind === 'number' && /^-?\d+(\.\d+)?$/.test(written.trim())) next = Number(written.trim());
    if (field.kind === 'text' || field.kind === 'url') next = (next as string | undefined)?.trim();
    assign(host.doc, path, field.key, next);
    host.changed();
  };
  // The year, left empty, is the first release's: the widgets show it so.
  let placeholder: string | undefined;
  if (field.key === 'year' && !path.length) {
    const first = get(doc, ['releases', 0]);
    const year = String((isObject(first) ? first.date : first) ?? '').match(/^\d{4}/)?.[0];
    if (year) placeholder = t.fromRelease(year);
  }
  const perLanguage = field.kind === 'lines' && Array.isArray(value) && value.some((entry) => isLangMap(entry));
  const explained = [hintOf(host, field), perLanguage ? t.linesLocal : ''].filter(Boolean).join(' ');
  const hintId = explained ? `${id}-hint` : undefined;
  const described = host.placement.describedBy(pathText(at), hintId);
  const invalid = host.placement.invalid(pathText(at)) ? 'true' : undefined;
  const long = field.kind === 'long' || field.kind === 'lines';
  const control = long
    ? html`<textarea id=${id} name=${id} rows=${field.rows ?? (field.kind === 'lines' ? 3 : 2)} .value=${text} ?required=${!!field.required}
        aria-describedby=${ifDefined(described)} aria-invalid=${ifDefined(invalid)} @input=${write}></textarea>`
    : html`<input id=${id} name=${id} type=${field.kind === 'url' ? 'url' : 'text'} inputmode=${ifDefined(field.kind === 'number' ? 'decimal' : undefined)}
        class=${ifDefined(field.short ? 'short' : undefined)} placeholder=${ifDefined(placeholder)} .value=${text} ?required=${!!field.required}
        aria-describedby=${ifDefined(described)} aria-invalid=${ifDefined(invalid)} @input=${write}>`;
  return holder(host, at, html`<label for=${id}>${name}${field.kind === 'lines' ? html`<span class="hint"> (${t.lines})</span>` : nothing}</label>${control}${explained ? html`<p class="hint" id=${hintId!}>${explained}</p>` : nothing}`);
}

function choice(host: FormHost, field: Field, path: Path): TemplateResult {
  const at = [...path, field.key];
  const id = fieldId(at);
  const value = String(get(host.doc, at) ?? '');
  const options = field.options ?? [];
  const words = host.t.options as Record<string, string>;
  const change = (e: Event) => {
    assign(host.doc, path, field.key, (e.currentTarget as HTMLSelectElement).value || undefined);
    host.changed();
  };
  return holder(host, at, html`<label for=${id}>${label(host, field)}</label><select id=${id} name=${id}
    aria-describedby=${ifDefined(host.placement.describedBy(pathText(at)))} @change=${change}>${options.map((o) => html`<option value=${o} ?selected=${o === value}>${words[o] ?? o}</option>`)}${options.includes(value) ? nothing : html`<option value=${value} selected>${value}</option>`}</select>`);
}

function checkbox(host: FormHost, field: Field, path: Path): TemplateResult {
  const at = [...path, field.key];
  const id = fieldId(at);
  const explained = hintOf(host, field);
  const change = (e: Event) => {
    assign(host.doc, path, field.key, (e.currentTarget as HTMLInputElement).checked ? true : undefined);
    host.changed();
  };
  return holder(host, at, html`<label class="check"><input type="checkbox" id=${id} name=${id} .checked=${get(host.doc, at) === true}
    aria-describedby=${ifDefined(explained ? `${id}-hint` : undefined)} @change=${change}> ${label(host, field)}</label>${explained ? html`<p class="hint" id=${`${id}-hint`}>${explained}</p>` : nothing}`);
}

/** The ids of the film's sources, as checkboxes in a disclosure: a fact says where it comes from. */
function sourceRefs(host: FormHost, path: Path): TemplateResult {
  const { doc, t } = host;
  const ids = (Array.isArray(doc.sources) ? doc.sources : []).map((s) => (isObject(s) ? s.id : undefined)).filter((id): id is string => typeof id === 'string' && !!id);
  const chosen = get(doc, [...path, 'sources']);
  const refs = Array.isArray(chosen) ? chosen.map(String) : [];
  const change = (id: string) => (e: Event) => {
    const now = new Set(refs);
    if ((e.currentTarget as HTMLInputElement).checked) now.add(id);
    else now.delete(id);
    assign(host.doc, path, 'sources', ids.filter((i) => now.has(i)).concat([...now].filter((i) => !ids.includes(i))));
    host.changed();
  };
  return holder(host, [...path, 'sources'], html`<details class="refs"><summary>${t.sourcesOf(refs.join(', '))}</summary>${ids.length ? nothing : html`<p class="hint">${t.sourcesNone}</p>`}${ids.map((id) => {
    const boxId = fieldId([...path, 'sources'], `-${id}`);
    return html`<label class="check"><input type="checkbox" id=${boxId} .checked=${refs.includes(id)} value=${id} @change=${change(id)}> ${id}</label>`;
  })}</details>`);
}

/** A person: a name, in one language or several, and other spellings of it. */
function person(host: FormHost, path: Path, legend: string, tools: unknown = nothing): TemplateResult {
  const spellings: Field = { key: 'altNames', kind: 'lines' };
  return holder(host, path, html`<fieldset class="group person"><legend>${legend}</legend>${localText(host, { key: 'name', kind: 'text' }, path, host.t.name)}${input(host, spellings, path, host.t.otherSpellings)}${tools}</fieldset>`);
}

function group(host: FormHost, field: Field, path: Path, legend = label(host, field), tools: unknown = nothing): TemplateResult {
  const fields = (field.fields ?? []).map((f) => drawField(host, f, [...path, f.key]));
  return holder(host, path, html`<fieldset class="group" aria-describedby=${ifDefined(host.placement.describedBy(pathText(path)))}><legend>${legend}</legend>${fields}${tools}</fieldset>`);
}

/** Rows that can be added, removed and moved; each row a group of fields, a person or a runtime. */
function rows(host: FormHost, field: Field, path: Path): TemplateResult {
  const { t } = host;
  const raw = get(host.doc, path);
  const items = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const what = label(host, field);
  const fields = t.fields as Record<string, string>;
  const drawn = items.map((_, i) => {
    const at = [...path, i];
    const name = field.firstLabel ? fields[i ? 'runtimeMore' : field.firstLabel]! : t.row(what, i + 1);
    const move = (to: number | null, word: string, part: string, focus: (list: unknown[]) => string) => {
      const click = () => {
        const now = get(host.doc, path);
        const list = structuredClone(Array.isArray(now) ? now : items);
        if (to === null) list.splice(i, 1);
        else [list[i], list[to]] = [list[to], list[i]];
        put(host.doc, path, list);
        host.changed();
        host.rebuild(focus(list));
      };
      return html`<button type="button" id=${`${fieldId(at)}-${part}`} aria-label=${`${word}: ${name}`} ?disabled=${to !== null && (to < 0 || to >= items.length)} @click=${click}>${word}</button>`;
    };
    const tools = html`<div class="row-tools">${[
      move(i - 1, t.up, 'up', () => (i - 1 > 0 ? `${fieldId([...path, i - 1])}-up` : `${fieldId([...path, i - 1])}-down`)),
      move(i + 1, t.down, 'down', () => (i + 1 < items.length - 1 ? `${fieldId([...path, i + 1])}-down` : `${fieldId([...path, i + 1])}-up`)),
      move(null, t.remove, 'remove', (list) => (list.length ? `${fieldId([...path, Math.min(i, list.length - 1)])}-remove` : `${fieldId(path)}-add`)),
    ]}</div>`;
    return field.kind === 'people' ? person(host, at, name, tools) : group(host, field, at, name, tools);
  });
  const add = () => {
    const list = [...items, field.kind === 'people' ? '' : {}];
    put(host.doc, path, list.map((v) => (v === '' ? {} : v)));
    // The empty row is part of the draft at once, so that a reload keeps it.
    host.changed();
    host.rebuild(field.kind === 'people' ? fieldId([...path, items.length, 'name']) : fieldId([...path, items.length, field.fields![0]!.key]));
  };
  return holder(host, path, html`<fieldset class="rows"><legend>${what}</legend>${drawn}<button type="button" id=${`${fieldId(path)}-add`} class="add" @click=${add}>${t.add(field.firstLabel && items.length ? fields.runtimeMore! : what)}</button></fieldset>`);
}

export function drawField(host: FormHost, field: Field, path: Path): TemplateResult {
  const parent = path.slice(0, -1);
  switch (field.kind) {
    case 'object': return group(host, field, path);
    case 'list': case 'people': return rows(host, field, path);
    case 'person': return person(host, path, label(host, field));
    case 'rating': return rating(host, field, parent);
    case 'sources': return sourceRefs(host, parent);
    case 'choice': return choice(host, field, parent);
    case 'bool': return checkbox(host, field, parent);
    case 'date': return dateField(host, field, parent);
    // Any text a reader sees may be given per language (model/localised.ts): where it was (by an
    // import, or pasted), it shows a field per language, as the fields offered per language do.
    default: return field.local || (field.kind === 'text' && isLangMap(get(host.doc, path)))
      ? localText(host, field, parent) : input(host, field, parent);
  }
}
