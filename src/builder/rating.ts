// A rating on its own scale (stars, out of 10, percent, another scale, a verdict or grade), with
// a line that says how the widgets will read it, in the model's own words.
import { html, type TemplateResult } from 'lit';
import type { Field } from './sections.js';
import { type FormHost, holder } from './form-host.js';
import { type Path, assign, fieldId, get } from './written.js';

type Scale = 'stars' | 'ten' | 'percent' | 'other' | 'label';
const SCALES: Partial<Record<Scale, { best: number; unit?: string }>> = {
  stars: { best: 5, unit: 'stars' }, ten: { best: 10 }, percent: { best: 100, unit: 'percent' },
};
const number = (s: string) => (/^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s.trim()) : s.trim() || undefined);

export function rating(host: FormHost, field: Field, path: Path): TemplateResult {
  const { t } = host;
  const at = [...path, field.key];
  const raw = get(host.doc, at);
  const read = host.ratingReads(raw);
  const id = fieldId(at);
  const found: Scale = !read ? (typeof raw === 'string' ? 'label' : 'stars') : read.kind !== 'score' ? 'label'
    : read.unit === 'stars' || (read.best === 5 && !read.unit) ? 'stars' : read.unit === 'percent' ? 'percent' : read.best === 10 ? 'ten' : 'other';
  // The scale the author picked stands until the score says otherwise.
  const scale = (host.state.scales.get(id) as Scale | undefined) ?? found;
  const score = read?.kind === 'score';
  const words = read?.kind === 'verdict' ? read.label : read?.kind === 'grade' ? read.grade : typeof raw === 'string' && !read ? raw : '';
  const write = () => {
    const value = document.getElementById(`${id}-value`) as HTMLInputElement | null;
    const best = document.getElementById(`${id}-best`) as HTMLInputElement | null;
    const label = document.getElementById(`${id}-label`) as HTMLInputElement | null;
    const k = (document.getElementById(`${id}-kind`) as HTMLSelectElement).value as Scale;
    host.state.scales.set(id, k);
    const v = number(value?.value ?? '');
    const next = k === 'label' ? label?.value.trim() || undefined : v === undefined ? undefined
      : { value: v, ...(SCALES[k] ?? { best: number(best?.value ?? '') }) };
    assign(host.doc, path, field.key, next);
    host.changed();
  };
  const now = host.ratingReads(get(host.doc, at));
  return holder(host, at, html`<fieldset class="group rating"><legend>${(t.fields as Record<string, string>)[field.key]}</legend>
    <p><label for=${`${id}-kind`}>${t.ratingKind}</label><select id=${`${id}-kind`} @change=${write}>${Object.entries(t.ratingKinds).map(([k, w]) => html`<option value=${k} ?selected=${k === scale}>${w}</option>`)}</select></p>
    <p ?hidden=${scale === 'label'}><label for=${`${id}-value`}>${t.ratingValue}</label><input id=${`${id}-value`} type="text" inputmode="decimal" class="short" .value=${score ? String(read.value) : ''} @input=${write}></p>
    <p ?hidden=${scale !== 'other'}><label for=${`${id}-best`}>${t.ratingBest}</label><input id=${`${id}-best`} type="text" inputmode="decimal" class="short" .value=${score ? String(read.best) : ''} @input=${write}></p>
    <p ?hidden=${scale !== 'label'}><label for=${`${id}-label`}>${t.ratingLabel}</label><input id=${`${id}-label`} type="text" .value=${String(words ?? '')} @input=${write}></p>
    <p class="reads" id=${`${id}-reads`} aria-live="polite">${now ? t.readsAs(now.text) : ''}</p></fieldset>`);
}
