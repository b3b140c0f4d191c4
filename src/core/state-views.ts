/** What an element shows before or instead of its film: loading, an error, nothing given. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../model/types.js';
import type { Strings } from './strings/index.js';

/** The most problems listed under an error; the console and `problems` have them all. */
const LISTED = 10;

/** Space kept for what comes, marked busy. */
export const loadingView = (locale: string, words: string): TemplateResult =>
  html`<div part="base" class="base loading" aria-busy="true" lang=${locale}>${words}</div>`;

/**
 * One short, polite line for readers, and under it, collapsed, what the page's author needs:
 * the reason and each other problem with its path (and its line and column in JSON text). A retry
 * button when trying again may help (a URL, not a script).
 */
export const errorView = (locale: string, s: Strings, reason: string, problems: readonly Problem[], retry?: () => void): TemplateResult => {
  // A problem the reason already names (data that is not a film) is not said twice.
  const told = (p: Problem) => reason.includes(`${p.path || '(document)'}: ${p.message}`) ||
    (p.line !== undefined && reason.includes(`${p.path || '(document)'} (${s.atLine(p.line, p.column ?? 1)}): ${p.message}`));
  const listed = problems.filter((p) => p.severity !== 'note' && !told(p)).slice(0, LISTED);
  return html`<div part="base error" class="base error" role="alert" lang=${locale}>
    <p><strong>${s.errorTitle}</strong></p>
    <details part="error-details" class="for-author">
      <summary>${s.errorDetails}</summary>
      <p class="reason">${reason}</p>
      ${listed.length
        ? html`<ul class="problems">${listed.map((p) => html`<li><code>${p.path || '(document)'}</code>${
            p.line === undefined ? nothing : ` (${s.atLine(p.line, p.column ?? 1)})`}: ${p.message}</li>`)}</ul>`
        : nothing}
    </details>
    ${retry ? html`<button part="retry" @click=${retry}>${s.retry}</button>` : nothing}
  </div>`;
};

export const emptyView = (locale: string, s: Strings): TemplateResult =>
  html`<div part="base" class="base empty" lang=${locale}><p>${s.empty}</p></div>`;
