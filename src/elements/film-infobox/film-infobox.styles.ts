import { css } from 'lit';
import { room } from './descriptor.js';

export const infoboxStyles = css`
  :host {
    --_label-width: var(--film-infobox-label-width, clamp(7em, 36%, 11em));
    --_placeholder-size: ${room}em;
  }
  .title {
    margin: 0;
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.25;
    text-align: center;
    color: var(--_text);
  }
  .original { margin: 0.15em 0 0; text-align: center; }
  .muted, .note, .place { color: var(--_muted); }
  .muted::after { content: ' · '; }
  .note { font-size: 0.9em; }
  .poster { margin: var(--_space) 0 0; text-align: center; }
  .poster img { max-inline-size: 100%; block-size: auto; border-radius: calc(var(--_radius) / 2); }
  .poster figcaption { font-size: 0.875em; color: var(--_muted); }
  /* A poster that did not load: its description, in a line, in place of a blank frame. */
  .poster-missing { font-size: 0.875em; font-style: italic; color: var(--_muted); }
  .facts { margin: var(--_space) 0 0; padding: 0; }
  .row {
    padding: 0.4em 0;
    border-block-start: 1px solid var(--_border);
  }
  /* A label breaks between words only, never inside one ("Cinematograp|hy"): its column grows
     to its longest word (break-word, unlike anywhere, leaves that word whole in min-content),
     or its longest part where the browser hyphenates the language ("Drehbuch-bearbeitung"). */
  dt { font-weight: 700; overflow-wrap: break-word; hyphens: auto; }
  dd { margin: 0; }
  ul { margin: 0; padding: 0; list-style: none; }
  li + li { margin-block-start: 0.15em; }
  .disputed { color: var(--_muted); }

  /* From about 320 px the labels sit beside their values, as in an encyclopedia, in one label
     column for every row (a subgrid), as wide as the longest label word needs. */
  @container film (min-width: 320px) {
    .facts {
      display: grid;
      grid-template-columns: minmax(min-content, var(--_label-width)) minmax(0, 1fr);
      column-gap: 0.75em;
    }
    .row {
      display: grid;
      grid-column: 1 / -1;
      grid-template-columns: subgrid;
    }
  }
  /* How the footnote markers move, shown over the box while one has keyboard focus. */
  .base { position: relative; }
  .ref-hint { display: none; }
  .ref-hint[data-shown] {
    display: block;
    position: absolute;
    inset-block-start: 0.25em;
    inset-inline: 0.5em;
    margin: 0;
    padding: 0.2em 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_raised);
    color: var(--_text);
    font-size: 0.85em;
    text-align: center;
  }
  @media (forced-colors: active) {
    .row { border-color: CanvasText; }
    .ref-hint { border-color: CanvasText; }
  }
`;
