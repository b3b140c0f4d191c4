import { css } from 'lit';
import { room } from './descriptor.js';

export const timelineStyles = css`
  :host {
    --_date-width: var(--film-timeline-date-width, 11em);
    --_dot: 0.8em;
    --_placeholder-size: ${room}em;
  }
  .heading {
    margin: 0 0 0.6em;
    font-size: 1.1em;
    font-weight: 700;
    line-height: 1.3;
  }
  .none { margin: 0; color: var(--_muted); }
  .events { margin: 0; padding: 0; list-style: none; }
  .event {
    position: relative;
    padding-inline-start: calc(var(--_dot) + 0.75em);
    padding-block-end: 0.9em;
  }
  .event:last-child { padding-block-end: 0; }
  .event p { margin: 0; }
  .date { font-size: 0.9em; font-weight: 700; color: var(--_accent); }

  /* The dot: hollow for production, filled for premieres and releases, a bar for a span. */
  .event::before {
    content: '';
    position: absolute;
    z-index: 1;
    inset-inline-start: 0;
    inset-block-start: 0.35em;
    inline-size: var(--_dot);
    block-size: var(--_dot);
    border: 2px solid var(--_accent);
    border-radius: 999px;
    background: var(--_surface);
  }
  .kind-premiere::before, .kind-release::before { background: var(--_accent); }
  .span::before { block-size: calc(var(--_dot) * 2.4); }
  /* A span's bar must not run into the next event when its text is one line. */
  .span:not(:last-child) { min-block-size: calc(var(--_dot) * 2.4 + 1.4em); }
  /* The line, from this dot down to the next one. */
  .event:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_dot) / 2 - 1px);
    inset-block: 0.35em -0.35em;
    inline-size: 2px;
    background: var(--_border);
  }


  /* Wide: dates in their own column, the line between the dates and the events. */
  @container film (min-width: 480px) {
    .event {
      display: grid;
      grid-template-columns: var(--_date-width) minmax(0, 1fr);
      column-gap: calc(var(--_dot) + 1.5em);
      padding-inline-start: 0;
    }
    .date { text-align: end; padding-block-start: 0.05em; }
    .event::before { inset-inline-start: calc(var(--_date-width) + 0.75em); }
    .event:not(:last-child)::after { inset-inline-start: calc(var(--_date-width) + 0.75em + var(--_dot) / 2 - 1px); }
  }
  @media (forced-colors: active) {
    .event::before, .event::after { forced-color-adjust: none; }
    .event::before { border-color: CanvasText; background: Canvas; }
    .kind-premiere::before, .kind-release::before { background: CanvasText; }
    .event:not(:last-child)::after { background: CanvasText; }
  }
  @media print {
    .date { color: #000; }
    .event::before { border-color: #000; }
    .kind-premiere::before, .kind-release::before { background: #000; }
    .event:not(:last-child)::after { background: #888; }
  }
`;
