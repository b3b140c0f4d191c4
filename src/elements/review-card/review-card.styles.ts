import { css } from 'lit';
import { room } from './descriptor.js';

export const reviewCardStyles = css`
  :host {
    --_star: var(--film-review-star-color, var(--_accent));
    --_placeholder-size: ${room}em;
  }
  p { margin: 0; }
  .muted, .date, .note, .readers, .spoiler-note, .notice { color: var(--_muted); }

  /* Outlet · critic · date, on as many lines as the column needs. */
  .byline { font-size: 0.9em; }
  .outlet { font-weight: 700; }
  .sep { color: var(--_muted); white-space: pre; }
  .headline { margin-block-start: 0.2em; font-size: 1.1em; font-weight: 700; line-height: 1.3; }
  .header + * { margin-block-start: 0.5em; }

  .overall {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3em 0.75em;
  }
  .overall .stars { block-size: 1.3em; inline-size: auto; }
  .overall .figure, .overall .grade { font-weight: 700; }
  .overall .grade { font-size: 1.4em; line-height: 1; }
  .verdict { font-style: italic; }

  /* Ratings: a picture beside the number, never a picture alone. */
  .rating { display: inline-flex; align-items: center; }
  .rating-visible { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0.4em; }
  .stars { flex: none; vertical-align: middle; }
  .stars:dir(rtl), .meter:dir(rtl) { transform: scaleX(-1); }
  .star-empty path { fill: var(--_surface); stroke: var(--_muted); stroke-width: 1.5; stroke-linejoin: round; }
  .star-fill path { fill: var(--_star); stroke: var(--_star); stroke-width: 1.5; stroke-linejoin: round; }
  .meter {
    flex: none;
    inline-size: 6em;
    block-size: 0.6em;
    border: 1px solid var(--_muted);
    border-radius: 0.3em;
  }
  .meter-track { fill: var(--_raised); }
  .meter-fill { fill: var(--_star); }
  .figure { font-variant-numeric: tabular-nums; }
  .verdict-label {
    display: inline-block;
    padding: 0.05em 0.6em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_star);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_raised);
    font-weight: 700;
  }

  .quote {
    margin: 0.6em 0 0;
    padding-inline-start: 0.8em;
    border-inline-start: 3px solid var(--_star);
    font-size: 1.05em;
    line-height: 1.45;
  }
  .quote-card .quote { margin: 0; font-size: 1.1em; }
  .attribution { margin-block-start: 0.5em; padding-inline-start: 1em; font-size: 0.9em; color: var(--_muted); }
  .attribution::before { content: '—'; content: '—' / ''; margin-inline-end: 0.3em; }
  .attribution .critic { color: var(--_text); font-weight: 700; }
  .attribution .outlet { font-weight: 400; }

  .body { margin-block-start: 0.6em; }
  /* The review's own words may run in another direction than the labels (an English review in an
     Arabic box): each paragraph takes its direction from its first letters, as dir="auto" would. */
  .quote p, .body p, ul[lang] li, ol[lang] li, p[lang] { unicode-bidi: plaintext; }
  .body p + p { margin-block-start: 0.6em; }
  .spoiler { margin-block-start: 0.6em; }
  .spoiler-note { font-size: 0.9em; margin-block-end: 0.4em; }
  .cited { font-size: 0.85em; }

  /* Narrow: a compact card; the rest opens on request. */
  .more { margin-block-start: 0.7em; }
  .details { display: none; }
  .open .details { display: block; }
  /* "More" is a native <details> before the details, so it opens them without a script. */
  .more[open] + .details { display: block; }
  .more-button { margin-block-start: 0; }
  .spoiler-guard > .body { margin-block-start: 0.6em; }

  .section { margin-block-start: var(--_space); padding-block-start: 0.5em; border-block-start: 1px solid var(--_border); }
  .section-title { margin-block-end: 0.25em; font-weight: 700; font-size: 0.9em; }
  .readers .section-title { margin-inline-end: 0.4em; }
  .readers .section-title::after { content: ':'; }
  ul, ol { margin: 0; padding-inline-start: 1.3em; }
  li + li { margin-block-start: 0.3em; }
  .criteria ul { list-style: none; padding: 0; }
  .criteria li { display: grid; gap: 0.15em; }
  .pros li::marker { content: '+  '; font-weight: 700; }
  .cons li::marker { content: '−  '; font-weight: 700; }
  .pros-cons { display: grid; gap: 0 1.5em; }
  .recommended { font-weight: 700; }
  .recommendations .note { display: block; font-size: 0.95em; }
  .link { margin-block-start: 0.7em; }


  /* Wide: the whole review box. */
  @container film (min-width: 400px) {
    .more { display: none; }
    .details { display: block; }
    .criteria li { grid-template-columns: 1fr auto; align-items: center; gap: 1em; }
    .pros-cons.both { grid-template-columns: 1fr 1fr; }
  }

  @media (forced-colors: active) {
    .star-empty path { fill: Canvas; stroke: CanvasText; }
    .star-fill path, .meter-fill { fill: CanvasText; stroke: CanvasText; }
    .meter { border-color: CanvasText; }
    .meter-track { fill: Canvas; }
    .verdict-label, .section { border-color: CanvasText; }
  }
  @media print {
    .details { display: block; }
    .more { display: none; }
    .star-fill path, .meter-fill { fill: #000; stroke: #000; }
    .quote { border-color: #888; }
  }
`;
