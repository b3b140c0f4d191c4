import { css } from 'lit';
import { room } from './descriptor.js';

export const filmPlotStyles = css`
  :host {
    --_placeholder-size: ${room}em;
  }
  .logline {
    margin: 0.4em 0 0;
    max-inline-size: 70ch;
    font-size: 1.05em;
    font-style: italic;
  }
  :host(:lang(ko)) .logline { font-style: normal; }
  .reveal, .hide { margin-block-start: 0.6em; }
  .reveal[aria-expanded='false'] { font-weight: 600; }
  .text {
    margin-block-start: 0.6em;
    border-radius: calc(var(--_radius) / 2);
  }
  .text[hidden] { display: none; }
  .text:focus { outline: none; }
  .text:focus-visible { outline: 2px solid var(--_focus); outline-offset: 4px; }
  .text p { margin: 0 0 0.75em; max-inline-size: 70ch; }
  .text p:last-child { margin-block-end: 0; }
  /* The guard is a native <details>: its summary is the reveal control. */
  .guard { margin: 0; }
  .guard[open] > .reveal { font-weight: 400; }
  .guard:not([open]) > .reveal { font-weight: 600; }


`;
