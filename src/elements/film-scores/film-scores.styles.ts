import { css } from 'lit';
import { room } from './descriptor.js';

export const filmScoresStyles = css`
  :host {
    --_meter: var(--film-scores-meter-color, var(--_accent));
    --_placeholder-size: ${room}em;
  }
  p { margin: 0; }
  .notice, .note, .name, .source, .sep { color: var(--_muted); }

  .group + .group { margin-block-start: var(--_space); }
  .group-title { font-weight: 700; font-size: 1.05em; }
  .source { font-weight: 400; }
  .entries { margin: 0.3em 0 0; }
  .entry { padding-block: 0.4em; border-block-start: 1px solid var(--_border); }
  dt { font-weight: 700; }
  dd { margin: 0; }
  .name { font-weight: 400; }
  .figure { font-size: 1.35em; font-weight: 700; line-height: 1.2; font-variant-numeric: tabular-nums; }
  .line { display: block; }
  .fact { white-space: nowrap; }
  .note { display: block; margin-block-start: 0.2em; font-size: 0.85em; }
  .meter {
    display: block;
    inline-size: min(100%, 12em);
    block-size: 0.5em;
    margin-block-start: 0.3em;
    border: 1px solid var(--_muted);
    border-radius: 0.25em;
  }
  .meter:dir(rtl) { transform: scaleX(-1); }
  .meter-track { fill: var(--_raised); }
  .meter-fill { fill: var(--_meter); }


  /* With room, labels sit beside their values. */
  @container film (min-width: 420px) {
    .entry { display: grid; grid-template-columns: 11em 1fr; gap: 1em; align-items: baseline; }
  }

  @media (forced-colors: active) {
    .entry, .meter { border-color: CanvasText; }
    .meter-track { fill: Canvas; }
    .meter-fill { fill: CanvasText; }
  }
  @media print {
    .meter-fill { fill: #000; }
  }
`;
