/** What an element shows before or instead of its film: loading, an error, nothing given. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from './strings/index.js';

/** Space kept for what comes, marked busy. */
export const loadingView = (locale: string, words: string): TemplateResult =>
  html`<div part="base" class="base loading" aria-busy="true" lang=${locale}>${words}</div>`;

/** A short line for readers; a retry button when trying again may help (a URL, not a script). */
export const errorView = (locale: string, s: Strings, reason: string, retry?: () => void): TemplateResult =>
  html`<div part="base error" class="base error" role="alert" lang=${locale}>
    <p><strong>${s.errorTitle}</strong></p>
    <p class="reason">${reason}</p>
    ${retry ? html`<button part="retry" @click=${retry}>${s.retry}</button>` : nothing}
  </div>`;

export const emptyView = (locale: string, s: Strings): TemplateResult =>
  html`<div part="base" class="base empty" lang=${locale}><p>${s.empty}</p></div>`;
