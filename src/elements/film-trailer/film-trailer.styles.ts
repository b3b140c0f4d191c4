import { css } from 'lit';
import { room } from './descriptor.js';

/**
 * One 16:9 frame that the cover (picture, play mark, words) fills before play and the player
 * fills after, so pressing play moves nothing. The frame is dark in either scheme, as a screen
 * is; its words sit on a dark band of their own, so they keep their contrast over any picture.
 */
export const trailerStyles = css`
  :host {
    --_frame: var(--film-trailer-frame, #000);
    --_placeholder-size: ${room}em;
  }
  /* The frame fills the box: the box keeps its border and rounds the frame's corners. */
  .trailer { padding: 0; overflow: hidden; }
  .frame {
    position: relative;
    aspect-ratio: 16 / 9;
    background: var(--_frame);
  }
  .cover, .player {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    border: 0;
  }
  /* The play mark in the middle of what the words below it leave, so neither covers the other. */
  .cover {
    display: grid;
    grid-template-rows: minmax(0, 1fr) auto;
    place-items: center;
    padding: 0;
    border-radius: 0;
    background: var(--_frame);
    color: #fff;
    font: inherit;
    text-decoration: none;
    cursor: pointer;
    overflow: hidden;
  }
  /* The focus ring on top of the picture and the words (an outline would be under them), inside
     the frame, where the box's overflow would clip a ring drawn outside; white within it, so it
     shows on any picture. A transparent outline stays for forced colours, which draw it. */
  .cover:focus-visible { outline: 3px solid transparent; outline-offset: -3px; }
  .cover:focus-visible::after {
    content: '';
    position: absolute;
    inset: 0;
    border: 3px solid var(--_focus);
    box-shadow: inset 0 0 0 2px #fff;
    pointer-events: none;
  }
  .still {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  /* The play mark points right in every language, as media controls do. */
  .icon {
    position: relative;
    display: grid;
    place-items: center;
    inline-size: 4em;
    block-size: 4em;
    border: 2px solid #fff;
    border-radius: 50%;
    background: rgb(0 0 0 / 0.72);
  }
  .icon::before {
    content: '';
    inline-size: 1.3em;
    block-size: 1.5em;
    margin-left: 0.3em;
    background: #fff;
    clip-path: polygon(0 0, 100% 50%, 0 100%);
  }
  .cover:hover .icon { background: rgb(0 0 0 / 0.9); }
  .label {
    position: relative;
    justify-self: stretch;
    padding: 0.45em var(--_space);
    background: rgb(0 0 0 / 0.78);
    color: #fff;
    font-weight: 600;
    line-height: 1.35;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* A button says what it does; only a link is underlined. */
  button .label { text-decoration: none; }
  /* On a phone's column the mark is smaller, so the words below it keep their room. */
  @container film (max-width: 360px) {
    .icon { inline-size: 3em; block-size: 3em; }
    .label { font-size: 0.85em; }
  }
  @media (forced-colors: active) {
    .cover { border: 1px solid ButtonText; }
    .icon, .icon::before { forced-color-adjust: none; }
  }
  @media print {
    .icon { display: none; }
    /* Printers leave backgrounds out: dark words on a light band. */
    .label { background: #fff; color: #000; }
  }
`;
