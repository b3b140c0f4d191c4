// The built builder (site/builder/, written by `npm run site`) in a frame, as an author opens it,
// and the pages its snippets go into.
import { expect, waitUntil } from '@open-wc/testing';
import type { FilmElement } from '../../src/core/film-element.js';

/** Forgets what the builder kept in this browser: drafts, the interface language, the library's place. */
export function forget(): void {
  for (const key of ['drafts', 'draft', 'ui', 'library', 'tmdb-key']) localStorage.removeItem(`film-elements.builder.${key}`);
}

/** The builder page in a frame, as an author opens it; `ui` is the interface language kept from last time. */
export async function openBuilder({ draft, ui = 'en', keep = false, query = '' }: { draft?: string; ui?: string; keep?: boolean; query?: string } = {}) {
  if (!keep) forget();
  if (draft) localStorage.setItem('film-elements.builder.drafts', JSON.stringify({ current: 'd1', drafts: [{ id: 'd1', text: draft, updated: 1 }] }));
  localStorage.setItem('film-elements.builder.ui', ui);
  const frame = document.createElement('iframe');
  frame.src = `/site/builder/${query}`;
  frame.style.cssText = 'width: 1280px; height: 900px';
  document.body.append(frame);
  // Until the page loads, the frame holds an empty document (in Firefox, one with no root).
  await waitUntil(() => frame.contentDocument?.documentElement?.dataset.ready === 'true', 'the builder starts', { timeout: 30000 });
  const doc = frame.contentDocument!;
  const $ = <T extends HTMLElement = HTMLElement>(id: string) => doc.getElementById(id) as T;
  const preview = (tag = 'film-infobox') => $('preview').querySelector(tag) as FilmElement;
  const shadowText = (tag?: string) => (preview(tag).shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const json = () => JSON.parse($<HTMLTextAreaElement>('json').value);
  const snippet = async () => {
    await waitUntil(() => $<HTMLTextAreaElement>('snippet').value || $('snippet-told').textContent, 'the snippet is made', { timeout: 10000 });
    return $<HTMLTextAreaElement>('snippet').value;
  };
  const holder = (path: string) => doc.querySelector<HTMLElement>(`.field[data-path="${path}"]`)!;
  return { frame, doc, $, preview, shadowText, json, snippet, holder };
}

export type Page = Awaited<ReturnType<typeof openBuilder>>;

/** After each test: closes every frame it opened (the builder, the posts) and forgets what the builder kept. */
export function closeAll(): void {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
  forget();
}

/** Waits for the draft to be kept (after a pause in typing), and opens the builder again as it was left. */
export async function reopen(page: Page, query = ''): Promise<Page> {
  await new Promise((resolve) => setTimeout(resolve, 500));
  page.frame.remove();
  return openBuilder({ keep: true, query });
}

/** Writes the JSON view as an author pasting into it. */
export function pasteJson(page: Page, text: string) {
  page.doc.querySelector<HTMLInputElement>('input[name="view"][value="json"]')!.click();
  const json = page.$<HTMLTextAreaElement>('json');
  json.value = text;
  json.dispatchEvent(new Event('input', { bubbles: true }));
}

/** A frame holding `html` as a page of its own, as a blog post holds a pasted snippet. */
export async function postPage(html: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title></head><body><p>My review.</p>\n${html}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** axe-core run inside the builder's own page: no violations, each named by rule and where. */
export async function expectAccessible(page: Page) {
  const win = page.frame.contentWindow as Window & { axe?: { run: (context: Node) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } };
  if (!win.axe) {
    const script = page.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => { script.onload = resolve; script.onerror = reject; page.doc.head.append(script); });
  }
  const { violations } = await win.axe!.run(page.doc);
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`)).to.deep.equal([]);
}

// How an author reaches the page: by the words on its labels and buttons, and by typing.
/** The control a visible label names, within `scope`. */
export function labelled<T extends HTMLElement = HTMLInputElement>(scope: ParentNode, words: string): T {
  const label = [...scope.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(words));
  const control = label && (label.control ?? label.querySelector('input, select, textarea'));
  if (!control) throw new Error(`no field labelled "${words}"`);
  return control as T;
}

/** Opens a section of the form as an author does, by its heading. */
export function openSection(page: Page, heading: string): HTMLDetailsElement {
  // Its first words: a count of problems may follow them.
  const summary = [...page.doc.querySelectorAll('details.section > summary')].find((s) => s.firstElementChild!.textContent === heading);
  if (!summary) throw new Error(`no section "${heading}"`);
  const section = summary.parentElement as HTMLDetailsElement;
  if (!section.open) (summary as HTMLElement).click();
  return section;
}

/** The button that says `words`, within `scope`. */
export function button(scope: ParentNode, words: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((b) => b.textContent!.trim() === words);
  if (!found) throw new Error(`no button "${words}"`);
  return found;
}

/** Types `text` into a field as a person does: its value, then the input event. */
export function type(control: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  control.focus();
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The lines an import was told with (what it left out, and why). */
export const toldLines = (page: Page) => [...page.$('told').querySelectorAll('li')].map((li) => li.textContent!);

/** The words a control is described by (its hint, what it reads as, its problems). */
export const describedBy = (page: Page, control: HTMLElement) =>
  (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).map((id) => page.$(id).textContent!.trim());
