// What the form's templates are given: the words, the document, the form's own state (what an
// author typed that the document does not hold yet), where the problems go, and what to call
// when the author changes something.
import { html, nothing, type TemplateResult } from 'lit';
import type { Field } from './sections.js';
import type { Words } from './words.js';
import type { LangRow } from './languages.js';
import type { Placement } from './placement.js';
import { type Path, type WrittenFilm, pathText } from './written.js';

/** What the form keeps between draws and forgets when it is drawn afresh (another draft, an undo). */
export interface FormState {
  /** Per field id: its rows of text per language, added rows without text included; `null` for one text. */
  langRows: Map<string, LangRow[] | null>;
  /** Per rating's id: the scale the author picked, before a score is given. */
  scales: Map<string, string>;
  /** Per date field's id: the text the author typed, which the document holds as a date. */
  typed: Map<string, string>;
}

export const freshState = (): FormState => ({ langRows: new Map(), scales: new Map(), typed: new Map() });

export interface FormHost {
  t: Words;
  /** The interface's language, for dates and ratings read back to the author. */
  lang: string;
  doc: WrittenFilm;
  state: FormState;
  placement: Placement;
  /** The document changed: show it everywhere (JSON, problems, preview, snippet) and keep it. */
  changed(): void;
  /** Rows were added, removed or moved: draw the form afresh and put the focus on `focusId`. */
  rebuild(focusId: string): void;
  /** After the next draw, put the focus on `focusId` (the form keeps its state). */
  refocus(focusId: string): void;
  /** How a rating reads, from the model itself, or undefined. */
  ratingReads(raw: unknown): ({ kind: string; text: string } & Record<string, unknown>) | undefined;
}

/** A field's label: its words in the table, by its own key unless it names another. */
export const label = (host: FormHost, field: Field): string =>
  (host.t.fields as Record<string, string>)[field.label ?? field.key] ?? field.key;

/** What a code or an id is, said once under its field. */
export const hintOf = (host: FormHost, field: Field): string | undefined =>
  (host.t.hints as Record<string, string>)[field.hint ?? field.key];

/** A field's box, `data-path` naming it for the problems placed there, which follow its content. */
export function holder(host: FormHost, path: Path | string, content: unknown): TemplateResult {
  const at = typeof path === 'string' ? path : pathText(path);
  host.placement.hold(at);
  return html`<div class="field" data-path=${at}>${content}<div class="problems-here">${problemLines(host, at)}</div></div>`;
}

/** The lines of the problems placed at `at`: "Problem: …", "Check: …", "Note: …". */
export function problemLines(host: FormHost, at: string): TemplateResult[] {
  const { t } = host;
  return (host.placement.at.get(at) ?? []).map((p) => {
    const [kind, word] = p.note ? ['note', t.note] : p.severity === 'error' ? ['problem', t.problem] : ['to-check', t.check];
    return html`<p class=${kind} id=${p.id}><strong>${word}: </strong>${p.here ? nothing : html`<code>${p.path || '(document)'}</code> `}${p.message}</p>`;
  });
}
