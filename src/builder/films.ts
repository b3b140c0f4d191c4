// The author's films: starting one (new, the example, a JSON file, an import), switching between
// them, deleting one when asked twice, undo and redo, and saving one as a file.
import { readJsonText } from '../index.js';
import { importFrom, importLive, loadImporter } from '../../demo/builder/importing.js';
import type { BuilderState } from './builder-state.js';
import { firstText } from './snippet.js';
import { isObject } from './written.js';

export function titleOf(b: BuilderState, text: string): string {
  const written = readJsonText(text);
  const title = 'error' in written || !isObject(written.value) ? '' : firstText(written.value.title ?? written.value.name);
  return typeof title === 'string' && title.trim() ? title.trim() : b.t.untitled;
}

/** Starts a new film in a draft of its own (new, example, import, file), and says so. */
export function begin(b: BuilderState, next: unknown, told = '', lines: string[] = []): void {
  b.drafts.create(JSON.stringify(next, null, 2));
  b.display(b.drafts.current!.text);
  b.tell(told, lines);
}

export function startNew(b: BuilderState): void { begin(b, { title: '' }, b.t.started); }

export async function startExample(b: BuilderState): Promise<void> {
  begin(b, await (await fetch('data/ballerina.json')).json());
}

export function openDraft(b: BuilderState, id: string): void {
  const draft = b.drafts.open(id);
  if (draft) b.display(draft.text);
  b.tell();
}

export function deleteDraft(b: BuilderState): void {
  const draft = b.drafts.current;
  if (!draft) return;
  const title = titleOf(b, draft.text);
  if (!confirm(b.t.deleteAsk(title))) return;
  const next = b.drafts.remove(draft.id);
  if (next) b.display(next.text);
  else begin(b, { title: '' });
  b.tell(b.t.deleted(title));
}

export function step(b: BuilderState, back: boolean): void {
  b.saveNow();
  const text = b.drafts.step(back);
  if (text === undefined) return b.tell(b.t.nothingToUndo);
  b.display(text);
  b.tell(back ? b.t.undone : b.t.redone);
}

export function download(b: BuilderState): void {
  const name = String(b.doc?.id ?? firstText(b.doc?.title) ?? 'film').replace(/[^\p{L}\p{N}]+/gu, '-') || 'film';
  b.save(new Blob([`${b.text}\n`], { type: 'application/json' }), `${name}.json`);
}

export async function openFile(b: BuilderState, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  const written = readJsonText(await file.text());
  if ('error' in written) b.tell(b.t.notJsonFile(file.name));
  else begin(b, written.value, b.t.opened(file.name));
  input.value = '';
}

export async function toggleImport(b: BuilderState): Promise<void> {
  b.importOpen = !b.importOpen;
  b.draw();
  if (!b.importOpen) return;
  b.querySelector<HTMLTextAreaElement>('#import-text')!.focus();
  // The kinds to choose from come from the importers' list, loaded when Import is first opened.
  if (await loadImporter()) b.draw();
}

/** A film fetched live from Wikipedia, Wikidata or TMDB. */
export async function fetchLive(b: BuilderState, source: Record<string, string>): Promise<void> {
  b.tell(b.t.liveFetching);
  const outcome = await importLive({ source, t: b.t });
  if ('film' in outcome) begin(b, outcome.film, outcome.told, outcome.lines);
  else b.tell(outcome.told);
}

export async function importText(b: BuilderState, text: string): Promise<void> {
  const outcome = await importFrom({ text, url: b.importUrl.trim(), kind: b.importKind, t: b.t });
  if ('film' in outcome) begin(b, outcome.film, outcome.told, outcome.lines);
  else b.tell(outcome.told);
}

export function importPasted(b: BuilderState): Promise<void> {
  return importText(b, b.querySelector<HTMLTextAreaElement>('#import-text')!.value);
}

export async function importFile(b: BuilderState, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  await importText(b, await file.text());
  input.value = '';
}
