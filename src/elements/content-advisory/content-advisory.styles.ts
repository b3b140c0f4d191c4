import { css } from 'lit';
import { room } from './descriptor.js';

export const contentAdvisoryStyles = css`
  :host {
    --_placeholder-size: ${room}em;
  }
  .rating {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.6em;
    margin: 0.4em 0 0;
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.5em;
    border: 2px solid var(--_text);
    border-radius: calc(var(--_radius) / 2);
    font-size: 1.2em;
    font-weight: 800;
    letter-spacing: 0.03em;
    line-height: 1.3;
  }
  .system { color: var(--_muted); }
  .contains {
    margin: var(--_space) 0 0;
    font-weight: 700;
  }
  .advisories {
    list-style: none;
    margin: 0.2em 0 0;
    padding: 0;
  }
  .category {
    padding-block: 0.4em;
    border-block-start: 1px solid var(--_border);
  }
  .category-label {
    display: block;
    font-weight: 600;
    color: var(--_muted);
  }
  .items {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    list-style: none;
    margin: 0.2em 0 0;
    padding: 0;
  }
  .items li {
    padding: 0 0.55em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    background: var(--_raised);
    font-size: 0.9em;
  }



  /* From about 360 px the category names form a column beside their items, as wide as the
     longest name. */
  @container film (min-width: 360px) {
    .advisories {
      display: grid;
      grid-template-columns: max-content 1fr;
      column-gap: 1.25em;
    }
    .category {
      display: grid;
      grid-column: 1 / -1;
      grid-template-columns: subgrid;
      align-items: baseline;
    }
    .items { margin: 0; }
  }
  @media (forced-colors: active) {
    .badge { border-color: CanvasText; }
    .category, .items li { border-color: CanvasText; }
  }
  @media print {
    .badge { border-color: #000; }
    .items li { background: none; }
  }
`;
