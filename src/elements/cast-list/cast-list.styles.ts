import { css } from 'lit';
import { room } from './descriptor.js';

export const castListStyles = css`
  :host {
    --_photo-size: var(--film-cast-photo-size, 56px);
    --_placeholder-size: ${room}em;
  }
  .cast {
    list-style: none;
    margin: 0.4em 0 0;
    padding: 0;
  }
  .member {
    padding-block: 0.45em;
    border-block-start: 1px solid var(--_border);
  }
  .member:focus { outline: none; }
  .member:focus-visible { outline: 2px solid var(--_focus); outline-offset: -2px; }
  .with-photos .member {
    display: grid;
    grid-template-columns: var(--_photo-size) 1fr;
    gap: 0.75em;
    align-items: center;
  }
    /* The frame shows a plain silhouette until (or unless) a photo covers it. */
  .photo {
    display: block;
    inline-size: var(--_photo-size);
    block-size: var(--_photo-size);
    border-radius: 50%;
    overflow: hidden;
    background:
      radial-gradient(circle at 50% 40%, var(--_border) 0 17%, transparent 18%),
      radial-gradient(ellipse 36% 28% at 50% 100%, var(--_border) 0 97%, transparent 100%),
      var(--_raised);
  }
  .photo img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  /* Entries beyond the limit, and a photo that failed to load, stay out of sight. */
  .cast .member[hidden], .photo img[hidden] { display: none; }
  .line, .known-for { margin: 0; }
  .actor { font-weight: 700; }
  .known-for {
    margin-block-start: 0.1em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .show-all { margin-block-start: 0.5em; }
  /* What sources write about the character: smaller, under the line, the guarded part closed. */
  .about > .passage, .guide {
    margin: 0.25em 0 0;
    max-inline-size: 70ch;
    font-size: 0.875em;
  }
  .guide .passage { margin: 0.35em 0 0; }
  .guide-summary {
    inline-size: fit-content;
    color: var(--_link);
    cursor: pointer;
  }
  @container film (max-width: 299px) {
    .with-photos .member { grid-template-columns: calc(var(--_photo-size) * 0.75) 1fr; gap: 0.6em; }
    .photo { inline-size: calc(var(--_photo-size) * 0.75); block-size: calc(var(--_photo-size) * 0.75); }
  }


  /* In a column wide enough, the list flows down one column and into the next. */
  @container film (min-width: 560px) {
    .cast { columns: 2; column-gap: 1.5em; }
    .member { break-inside: avoid; }
  }
  @media (forced-colors: active) {
    .member { border-color: CanvasText; }
    .photo { border: 1px solid CanvasText; }
  }
  /* On paper the whole cast is listed. */
  @media print {
    .cast .member[hidden] { display: block; }
    .cast.with-photos .member[hidden] { display: grid; }
    .show-all { display: none; }
  }
`;
