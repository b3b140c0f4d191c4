/**
 * The one list the trust suites (accessibility, security, robustness) run over. Adding an
 * element to the library means adding one entry here; test/node/trust-elements.test.mjs fails
 * while a `src/define/<tag>.ts` has no entry.
 */
import type { FilmElement } from '../../src/core/film-element.js';
import '../../src/index.js';

/** A state worth its own accessibility check, reached by attributes or by the reader's hand. */
export interface ExtraState {
  name: string;
  /** Attributes added to the entry's own. */
  attrs?: Record<string, string>;
  /** Runs once the film is shown (a click, a property only a script can set). */
  act?: (el: FilmElement) => void | Promise<void>;
}

export interface TrustedElement {
  tag: string;
  /** Attributes every fixture of this element carries (`review="0"`). */
  attrs?: Record<string, string>;
  /**
   * Shadow-root selectors of the controls a reader operates once the rich film (see
   * fixtures.ts) is shown. Each must be there, reachable by Tab and operable by keys.
   */
  controls?: string[];
  /** Opens everything that waits behind a button, so checks that read all text see it. */
  open?: (el: FilmElement) => void | Promise<void>;
  /** States beyond loading, ready, error, empty and partial. */
  states?: ExtraState[];
}

const click = (selector: string) => (el: FilmElement) => {
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
};

type Open = { spoilersShown: boolean; detailsOpen: boolean };

export const trustedElements: TrustedElement[] = [
  { tag: 'film-infobox', controls: ['a.ref', 'a:not(.ref)'] },
  {
    tag: 'review-card',
    // The blog review: a body with spoilers, details behind "more", footnotes.
    attrs: { review: '3' },
    controls: ['summary.more-button', 'summary.spoiler-button', 'a.ref', 'a[part="link"]'],
    open: (el) => {
      Object.assign(el as unknown as Open, { spoilersShown: true, detailsOpen: true });
    },
    states: [
      { name: 'spoilers revealed', act: click('summary.spoiler-button') },
      { name: 'details open', act: click('summary.more-button') },
      { name: 'the first review', attrs: { review: '0' } },
      { name: 'quote variant', attrs: { review: '0', variant: 'quote' } },
    ],
  },
  {
    tag: 'accolade-table',
    controls: ['button.sort[data-column="award"]', 'button.sort[data-column="result"]', 'select[name="result"]', 'select[name="award"]', 'summary', 'a.ref'],
    states: [
      { name: 'sorted by date, descending', attrs: { sort: '-date' } },
      { name: 'sorted by award', act: click('button.sort[data-column="award"]') },
      { name: 'filtered to wins', attrs: { result: 'won' } },
      { name: 'filtered to nothing', attrs: { result: 'pending' } },
      { name: 'filtered by award and sorted', attrs: { award: 'Blue Dragon Film Awards', sort: 'category' } },
    ],
  },
  {
    tag: 'cast-list',
    attrs: { limit: '2' },
    controls: ['button.show-all', 'summary', 'a.ref'],
    open: (el) => {
      el.setAttribute('expanded', '');
      for (const guide of el.shadowRoot!.querySelectorAll('details')) guide.open = true;
    },
    states: [{ name: 'expanded', attrs: { expanded: '' } }],
  },
  { tag: 'content-advisory', controls: ['a.ref'] },
  {
    tag: 'film-plot',
    controls: ['summary.reveal', '.sources a'],
    open: (el) => el.setAttribute('spoilers', 'shown'),
    states: [
      { name: 'spoilers revealed', act: click('summary.reveal') },
      { name: 'spoilers shown by attribute', attrs: { spoilers: 'shown' } },
    ],
  },
  { tag: 'film-card', controls: ['a.link'] },
  { tag: 'film-hatnote', controls: ['a[part="link"]'] },
  { tag: 'film-scores', controls: ['a.ref'] },
  { tag: 'film-timeline', controls: ['a.ref'] },
  // The rich film's trailer is on the film's own site: a link to it, not a player.
  { tag: 'film-trailer', controls: ['a.cover'] },
  // Given a film, a list of that film alone; its infobox behind the disclosure.
  {
    tag: 'film-list',
    controls: ['details.facts > summary'],
    states: [{ name: 'film information open', act: click('details.facts > summary') }, { name: 'unranked', attrs: { unranked: '' } }],
  },
];
