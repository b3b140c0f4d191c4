import { css } from 'lit';
import { room } from './descriptor.js';

export const accoladeStyles = css`
  :host {
    --_won: var(--film-accolade-won-color, light-dark(#0b5227, #b4f0c7));
    --_won-bg: var(--film-accolade-won-background, light-dark(#d9f2e0, #133d22));
    --_nominated: var(--film-accolade-nominated-color, light-dark(#5a4100, #f6dc8c));
    --_nominated-bg: var(--film-accolade-nominated-background, light-dark(#fbefcb, #3a2e0c));
    --_pending: var(--film-accolade-pending-color, light-dark(#173e7e, #bfd3fa));
    --_pending-bg: var(--film-accolade-pending-background, light-dark(#e2eafb, #1b2a48));
    --_placeholder-size: ${room}em;
  }

  .head { margin-block-end: 0.5em; }
  .totals { margin: 0.1em 0 0; color: var(--_muted); }
  .none { margin: 0.4em 0 0; color: var(--_muted); }

  .by-award { margin-block-start: 0.3em; font-size: 0.9em; }
  .by-award summary { cursor: pointer; color: var(--_link); inline-size: fit-content; }
  .by-award ul { margin: 0.3em 0 0; padding-inline-start: 1.2em; }
  .by-award li + li { margin-block-start: 0.1em; }

  .controls { display: flex; flex-wrap: wrap; gap: 0.5em 1em; margin-block-end: 0.4em; }
  .filter { display: flex; flex-wrap: wrap; align-items: center; gap: 0.2em 0.5em; min-inline-size: 0; max-inline-size: 100%; }
  .filter span { font-weight: 600; font-size: 0.9em; }
  select {
    font: inherit;
    font-size: 0.95em;
    color: var(--_text);
    background: var(--_raised);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.25em 0.4em;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .status { margin: 0 0 0.4em; font-size: 0.9em; color: var(--_muted); }
  .status:empty { display: none; }

  /*
   * Fixed columns: the browser lays out hundreds of rows without measuring every cell, and
   * words break only when a column cannot hold them.
   */
  table { inline-size: 100%; border-collapse: collapse; table-layout: fixed; overflow-wrap: break-word; }
  col.award { inline-size: 23%; }
  col.date { inline-size: 16%; }
  col.category { inline-size: 22%; }
  col.recipients { inline-size: 22%; }
  col.result { inline-size: 17%; }
  .with-refs col.award { inline-size: 21%; }
  .with-refs col.date { inline-size: 15%; }
  .with-refs col.category { inline-size: 20%; }
  .with-refs col.recipients { inline-size: 20%; }
  .with-refs col.result { inline-size: 16%; }
  col.ref-cell { inline-size: 8%; }
  th, td {
    padding: 0.35em 0.55em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th { background: var(--_raised); font-weight: 700; }
  thead th.sortable { padding: 0; }
  tbody th { font-weight: 600; }
  tbody th.date, td.date { font-weight: 400; }
  td.ref-cell { white-space: nowrap; font-size: 0.85em; }
  td.ref-cell .refs { font-size: 1em; line-height: inherit; vertical-align: baseline; margin: 0; }

  .sort {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.4em;
    inline-size: 100%;
    padding: 0.35em 0.55em;
    border: 0;
    border-radius: 0;
    background: transparent;
    font-weight: 700;
    text-align: start;
  }
  .sort:focus-visible { outline-offset: -3px; }
  .arrows { flex: none; fill: currentColor; }
  .arrows path { opacity: 0.3; }
  .arrows.ascending .up, .arrows.descending .down { opacity: 1; }
  .arrows.ascending .down, .arrows.descending .up { opacity: 0; }

  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid transparent;
    border-radius: 1em;
    font-size: 0.85em;
    font-weight: 600;
    line-height: 1.6;
    white-space: normal;
  }
  .badge.won { color: var(--_won); background: var(--_won-bg); }
  .badge.nominated { color: var(--_nominated); background: var(--_nominated-bg); }
  .badge.pending { color: var(--_pending); background: var(--_pending-bg); }
  .badge.unknown { color: var(--_muted); border: 1px dashed var(--_border); }
  .badge.other { color: var(--_text); background: var(--_raised); border-color: var(--_border); }

  .no-match { color: var(--_muted); }
  .no-match button { margin-inline-start: 0.5em; }


  /*
   * Below 560 px the rows stack: the header row becomes a row of sort buttons, each group's
   * award and date head its rows, and each accolade reads category, result, then recipients.
   * The elements stay a table, so assistive technology still reads rows and headers.
   */
  @container film (width < 560px) {
    .controls { flex-direction: column; align-items: stretch; }
    .filter select { flex: 1 1 8em; }
    table, caption, thead, tbody, tr, th, td { display: block; }
    colgroup { display: none; }
    th, td { border: 0; padding: 0; }
    thead tr { display: flex; flex-wrap: wrap; gap: 0.35em; margin-block-end: 0.3em; }
    thead th { background: none; }
    thead th.sortable { border: 1px solid var(--_border); border-radius: calc(var(--_radius) / 2); background: var(--_raised); }
    thead th.plain {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .sort { padding: 0.2em 0.5em; font-size: 0.9em; gap: 0.3em; }
    tbody { border-block-start: 1px solid var(--_border); padding-block: 0.35em; }
    tbody:last-child { border-block-end: 1px solid var(--_border); }
    tr {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'award award' 'date date' 'category result' 'recipients refs';
      column-gap: 0.5em;
      padding-block: 0.2em;
    }
    .award { grid-area: award; }
    .date { grid-area: date; color: var(--_muted); font-size: 0.9em; }
    .category { grid-area: category; font-weight: 600; }
    .result { grid-area: result; }
    .recipients { grid-area: recipients; }
    td.ref-cell { grid-area: refs; justify-self: end; }
    .grouped tr:not(:first-child) { border-block-start: 1px dashed var(--_border); }
    .grouped .award { font-size: 1.05em; }
    .sorted tbody tr + tr { border-block-start: 1px solid var(--_border); padding-block-start: 0.4em; margin-block-start: 0.2em; }
    .sorted tbody { padding-block: 0.1em; }
    .sorted .award { font-weight: 700; }
    td.no-match { grid-column: 1 / -1; }
  }

  @media (forced-colors: active) {
    th, td, select { border-color: CanvasText; }
    .badge, .badge.unknown { border: 1px solid CanvasText; }
    .badge.unknown { border-style: dashed; }
    .arrows path { fill: ButtonText; }
  }
  @media print {
    .controls, .by-award, .status, .arrows { display: none; }
    .badge { color: #000; background: none; border: 1px solid #555; }
    thead th { background: none; }
  }
`;
