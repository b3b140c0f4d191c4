import { css } from 'lit';
import { room } from './descriptor.js';

/**
 * One column on a phone; from about 40em wide (the element's own width, not the window's: a
 * list in a sidebar stays one column) a grid of columns of at least `--film-list-column`. Each
 * entry is the poster beside its text, in logical properties, so right-to-left mirrors it.
 */
export const listStyles = css`
  :host {
    --_poster-width: var(--film-list-poster-width, 72px);
    --_column: var(--film-list-column, 17em);
    --_placeholder-size: ${room}em;
  }
  .title { font-size: 1.3em; line-height: 1.3; margin-block-end: 0.5em; }
  .films {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    /* A film opened in one column does not stretch its neighbours. */
    align-items: start;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container film (min-width: 40em) {
    .films { grid-template-columns: repeat(auto-fit, minmax(min(var(--_column), 100%), 1fr)); }
  }
  .entry {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.3em var(--_space);
    align-content: start;
    padding: var(--_space);
    background: var(--_raised);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .entry.has-poster { grid-template-columns: var(--_poster-width) minmax(0, 1fr); }
  .poster {
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 2 / 3;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  .body { min-inline-size: 0; }
  .body > * { margin: 0; }
  .body > * + * { margin-block-start: 0.35em; }
  .film-title { font-size: 1.1em; line-height: 1.3; }
  .rank {
    display: inline-block;
    min-inline-size: 1.2ch;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  .link { text-decoration: none; }
  .link:hover { text-decoration: underline; }
  .about { color: var(--_muted); font-size: 0.9em; }
  .note { font-style: italic; }
  .note:lang(ko), .note:lang(ja), .note:lang(zh), .note:lang(ar) { font-style: normal; }
  .facts > summary { cursor: pointer; color: var(--_link); font-size: 0.9em; }
  /* The infobox is a box of its own, opened under its summary. */
  .facts[open] > summary { margin-block-end: 0.5em; }
  .facts film-infobox { --film-block-margin: 0; }
  .failed .film-title { color: var(--_danger); font-weight: 700; }
  .for-author summary { cursor: pointer; font-size: 0.9em; }
  @media (forced-colors: active) {
    .entry { border-color: CanvasText; }
  }
  @media print {
    .facts:not([open]) { display: none; }
  }
`;
