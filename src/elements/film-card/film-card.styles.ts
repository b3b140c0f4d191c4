import { css } from 'lit';
import { room } from './descriptor.js';

export const cardStyles = css`
  :host {
    --_poster-width: var(--film-card-poster-width, 64px);
    --_placeholder-size: ${room}em;
  }
  /* The grid sits inside the base: a size container cannot query its own width. */
  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em var(--_space);
    align-items: start;
  }
  .card.has-poster { grid-template-columns: var(--_poster-width) minmax(0, 1fr); }
  .base:has(.link):hover { border-color: var(--_muted); }
  .base { position: relative; }
  .poster {
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 2 / 3;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_raised);
  }
  .body > * { margin: 0; }
  .body > * + * { margin-block-start: 0.3em; }
  .title {
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
    color: var(--_text);
  }
  .link { text-decoration: none; }
  .link:hover { text-decoration: underline; }
  /* The whole card answers to a click on its title's link; the title keeps the name and focus. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .link:focus-visible { outline: none; }
  .link:focus-visible::after { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .original, .facts, .directors { color: var(--_muted); font-size: 0.9em; }
  .genres {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    padding: 0;
    list-style: none;
  }
  .genres li {
    padding: 0 0.6em;
    font-size: 0.8em;
    line-height: 1.7;
    background: var(--_raised);
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .score {
    grid-column: 1 / -1;
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: 0 0.4em;
    margin: 0;
    padding-block-start: 0.4em;
    border-block-start: 1px solid var(--_border);
  }
  .score-value { font-size: 1.25em; font-weight: 700; color: var(--_accent); }
  .score-source { font-size: 0.85em; color: var(--_muted); }

  /* Wide: poster, facts and score in one row; the score stands at the end. */
  @container film (min-width: 520px) {
    .card { grid-template-columns: minmax(0, 1fr) auto; }
    .card.has-poster {
      --_poster-width: var(--film-card-poster-width, 96px);
      grid-template-columns: var(--_poster-width) minmax(0, 1fr) auto;
    }
    .score {
      grid-column: auto;
      flex-direction: column;
      align-items: center;
      align-self: center;
      min-inline-size: 7em;
      padding-block: 0.25em;
      padding-inline: var(--_space) 0;
      border-block-start: none;
      border-inline-start: 1px solid var(--_border);
      text-align: center;
    }
    .score-value { font-size: 1.75em; line-height: 1.2; }
  }
  @media (forced-colors: active) {
    .genres li, .score { border-color: CanvasText; }
    .score-value { color: CanvasText; }
  }
  @media print {
    .link::after { content: none; }
    .score-value { color: #000; }
  }
`;
