import { css, html, type TemplateResult } from 'lit';

/**
 * Native disclosures (`<details>`) for what waits behind a control: spoilers and "more". They
 * open without JavaScript, in static HTML and before the element's script has arrived, where
 * a `<button>` would be dead.
 */

/**
 * A summary's words while closed and while open. Both are written, and the stylesheet shows
 * the one that fits the details' state, so the words change without a script too; the hidden
 * one is `display: none`, so the summary's accessible name is only the shown one.
 */
export const toggleWords = (closed: string, open: string): TemplateResult =>
  html`<span class="when-closed">${closed}</span><span class="when-open">${open}</span>`;

export const disclosureStyles = css`
  details:not([open]) > summary > .when-open,
  details[open] > summary > .when-closed { display: none; }
  /* A summary that stands as a button (drawn by the base's button rule): not a list marker. */
  summary.toggle { display: inline-block; list-style: none; }
  summary.toggle::-webkit-details-marker { display: none; }
`;
