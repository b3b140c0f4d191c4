import { css } from 'lit';

/**
 * What every element shares: the public `--film-*` tokens, copied into private `--_*`
 * variables that rules read; a reset so the host page's type settings cannot leak in; the
 * light, dark and automatic schemes; the block margin that keeps widgets in a row apart; and the
 * loading and error states.
 *
 * Text follows the reader's default font size: the box is `font-size: medium` (the browser's
 * default, which the reader sets) and everything inside is in em. Never rem, never px for
 * text: blog themes set `html { font-size: 62.5% }`, and px would ignore the reader.
 *
 * The scheme follows the page: `theme="auto"` (or none) inherits the page's `color-scheme`, so a
 * page that declares nothing stays light on a dark OS, and one that declares `light dark`
 * follows the OS. `light-dark()` reads that scheme.
 */
export const baseStyles = css`
  :host {
    --_text: var(--film-color-text, light-dark(#1f2328, #e6e8eb));
    --_muted: var(--film-color-muted, light-dark(#59636e, #a3acb6));
    --_surface: var(--film-color-surface, light-dark(#ffffff, #17191c));
    --_raised: var(--film-color-raised, light-dark(#f4f5f7, #23262b));
    --_border: var(--film-color-border, light-dark(#d1d5da, #3d434b));
    --_accent: var(--film-color-accent, light-dark(#8a3b12, #f0a872));
    --_link: var(--film-color-link, light-dark(#0b57d0, #8ab4f8));
    --_danger: var(--film-color-danger, light-dark(#b3261e, #ffb4ab));
    --_focus: var(--film-color-focus, light-dark(#0b57d0, #8ab4f8));
    --_font: var(--film-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif);
    --_size: var(--film-font-size, medium);
    --_radius: var(--film-radius, 8px);
    --_space: var(--film-space, 0.75em);
    /* Static HTML takes its own room: the loader's placeholder room is not kept for it. */
    --_room: 0;
    --_room-fill: none;
    display: block;
    font-size: medium;
    /* Apart from what comes before and after, as a paragraph is, so that widgets in a row do
       not touch; on the host, in em of medium, as the loader's room is (loader.ts): the same
       before and after the code arrives. An empty host's margins fold into its neighbours'. */
    margin-block: var(--film-block-margin, 1em);
  }
  :host([theme='light']) { color-scheme: light; }
  :host([theme='dark']) { color-scheme: dark; }
  :host([hidden]) { display: none; }

  /* The page may restyle the host itself (\`* { all: unset }\`), so the wrapper resets again.
     The scheme is inherited (through the host, from the page) unless the attribute sets it:
     read from the attribute here, where the page's rules cannot reach. */
  .base {
    all: initial;
    color-scheme: inherit;
    display: block;
    box-sizing: border-box;
    container: film / inline-size;
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    overflow-wrap: anywhere;
    text-align: start;
  }
  :host([theme='light']) .base { color-scheme: light; }
  :host([theme='dark']) .base { color-scheme: dark; }
  .base *, .base *::before, .base *::after { box-sizing: border-box; }
  :host(:lang(ko)) .base { word-break: keep-all; }

  a { color: var(--_link); text-underline-offset: 0.15em; }
  :focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
  /* A summary that stands as a button (see disclosure.ts) looks like one. */
  button, summary.toggle {
    font: inherit;
    color: inherit;
    background: var(--_raised);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.3em 0.8em;
    cursor: pointer;
  }
  button:hover, summary.toggle:hover { border-color: var(--_muted); }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* An element's own title ("Cast", "Plot") and its word when the film has nothing to show. */
  .title { margin: 0; font-size: 1.15em; font-weight: 700; line-height: 1.3; }
  .none { margin: 0.25em 0 0; color: var(--_muted); }

  /* Footnote markers and the numbered sources that Citations writes. */
  /* Isolated, so a marker after a name in another script ("Lee Chung-hyun" in Arabic text)
     sits at the end of the sentence's direction, not inside the name's own run. */
  .refs { font-size: 0.75em; line-height: 0; white-space: nowrap; margin-inline-start: 0.1em; unicode-bidi: isolate; }
  /* A release's place and note come from the film data, often in another script than the
     labels around them: isolated, in the direction of their own words, an English note keeps
     its brackets in an Arabic box. */
  .place, .note { unicode-bidi: plaintext; }
  .ref { text-decoration: none; }
  .ref:hover { text-decoration: underline; }
  .sources {
    margin-block-start: var(--_space);
    padding-block-start: 0.4em;
    border-block-start: 1px solid var(--_border);
    font-size: 0.85em;
    color: var(--_muted);
  }
  .sources-title { margin: 0; font-weight: 700; }
  .sources ol { margin: 0.2em 0 0; padding-inline-start: 1.6em; }
  .main-source { margin: 0.2em 0 0; }
  .main-source:first-child { margin: 0; }
  .sources li:focus { outline: 2px solid var(--_focus); outline-offset: 2px; }
  /* The way back (↩) points to the start of the line, which is on the right in Arabic. */
  .sources .back a:dir(rtl) { display: inline-block; transform: scaleX(-1); }

  .loading {
    min-block-size: var(--_placeholder-size, 12em);
    display: grid;
    place-items: center;
    color: var(--_muted);
    background: linear-gradient(90deg, var(--_raised), var(--_surface), var(--_raised));
    background-size: 200% 100%;
    animation: shimmer 1.6s linear infinite;
  }
  @keyframes shimmer { to { background-position: -200% 0; } }
  @media (prefers-reduced-motion: reduce) { .loading { animation: none; } }

  .error { border-color: var(--_danger); border-inline-start-width: 4px; }
  .error h2 { font-size: 1em; margin: 0 0 0.25em; color: var(--_danger); }
  .error p { margin: 0 0 0.5em; }
  .for-author { margin-block-end: 0.5em; color: var(--_muted); font-size: 0.875em; }
  .for-author summary { cursor: pointer; }
  .for-author .problems { margin: 0; padding-inline-start: 1.25em; }
  .for-author code { overflow-wrap: anywhere; }

  @media (forced-colors: active) {
    .base, .sources { border-color: CanvasText; }
    .error { border-color: Mark; }
    button, summary.toggle { border-color: ButtonText; }
  }
  @media print {
    .base { background: none; color: #000; border-color: #888; }
    .loading { animation: none; }
    button { display: none; }
    .refs { color: #000; }
  }
`;
