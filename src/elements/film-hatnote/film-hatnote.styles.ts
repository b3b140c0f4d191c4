import { css } from 'lit';
import { room } from './descriptor.js';

/**
 * A hatnote is a line of text, not a box: the base's border, padding and radius go, the
 * surface stays (so the text keeps its contrast in either scheme), and the line is indented
 * and italic, as encyclopedias set it.
 */
export const hatnoteStyles = css`
  :host {
    --_indent: var(--film-hatnote-indent, 1.6em);
    --_placeholder-size: ${room}em;
  }
  .hatnote {
    border: none;
    border-radius: 0;
    padding-block: 0.15em;
    padding-inline: var(--_indent) 0;
    font-style: italic;
  }
  /* Nothing to tell apart: no box, no line, no space. */
  .hatnote[hidden] { display: none; }
  /* Hangul and kanji have no italic; a slanted imitation reads worse than upright text. */
  .hatnote:lang(ko), .hatnote:lang(ja), .hatnote:lang(zh) { font-style: normal; }
  .hatnote a { font-style: inherit; }
  @media (forced-colors: active) {
    .hatnote { border: none; }
  }
  @media print {
    .hatnote a { color: #000; }
  }
`;
