import { html, type TemplateResult } from 'lit';
import { FilmElement } from '../../core/film-element.js';
import { Citations } from '../../core/citations.js';
import { below, heading, titleLevel } from '../../core/heading.js';
import { formatDate, formatDateRange } from '../../model/format.js';
import type { Film, Milestone } from '../../model/types.js';
import { timelineStyles } from './film-timeline.styles.js';
import { addEnglish } from '../../core/strings/index.js';
import { english } from './film-timeline.en.js';
import { sections, tag } from './descriptor.js';

/** Kinds the styles know; an author's own word is kept in the data but drawn as a plain dot. */
const drawnKinds = new Set(['announcement', 'filming', 'premiere', 'release']);

/** Milestone kinds that tell of a release, so a release on the same day is the same event. */
const releaseKinds = new Set(['premiere', 'release']);

/**
 * The film's production and release, in date order: the data's milestones (announcements,
 * principal photography as a span of months, premieres) and the releases that no milestone
 * already tells of, each with its numbered sources.
 *
 * @tagname film-timeline
 * @summary A film's production and release history, as a vertical timeline.
 * @csspart base - The timeline's box.
 * @csspart heading - The timeline's title.
 * @csspart events - The ordered list of events.
 * @csspart event - Each event.
 * @csspart date - Each event's date or span of dates.
 * @csspart text - What happened.
 * @csspart sources - The numbered sources.
 * @cssprop --film-timeline-date-width - Width of the date column in wide layouts (default 11em).
 */
export class FilmTimeline extends FilmElement {
  /** The sections of a film it shows, whose readers it brings. */
  static override readonly sections = sections;
  static { addEnglish(english); }

  static override styles = [...FilmElement.styles, timelineStyles];


  static override readonly tag = tag;

  protected override renderFilm(film: Film): TemplateResult {
    const s = this.strings;
    const events = this.#events(film);
    const cite = new Citations(film.sources, s, this.locale, { facts: events.map((event) => event.sources) });
    const level = titleLevel(this);
    return html`<section part="base" class="base timeline" lang=${this.locale} aria-labelledby="heading">
      ${heading(level, s.timelineHeading, 'heading', 'heading')}
      ${events.length
        ? html`<ol part="events" class="events">${events.map((event) => html`<li part="event"
            class="event ${event.kind && drawnKinds.has(event.kind) ? `kind-${event.kind}` : ''} ${event.end ? 'span' : ''}">
            <p part="date" class="date"><time datetime=${event.date}>${event.end
              ? formatDateRange(event.date, event.end, this.locale)
              : formatDate(event.date, this.locale)}</time></p>
            <p part="text" class="text">${event.text}${cite.mark(event.sources)}</p>
          </li>`)}</ol>`
        : html`<p class="none">${s.timelineEmpty}</p>`}
      ${cite.list(below(level))}
    </section>`;
  }

  /**
   * Milestones, then the releases they leave out, sorted by date (a span by its start; a
   * month before the days in it; on the same date, the data's order).
   *
   * A release is the same event as a milestone when they share a date and the milestone is a
   * premiere or a release (or has no kind, as a bare "released on Netflix" line would): the
   * milestone's own words are kept and the release is not shown again. So the Busan premiere
   * and the Netflix release appear once each, and a second release on the same day (the UK
   * date of the worldwide streaming release) folds into the milestone as well. A release on a
   * day no such milestone covers, such as a later theatrical run, gets its own entry.
   */
  #events(film: Film): Milestone[] {
    const milestones = film.milestones ?? [];
    const told = new Set(milestones.filter((m) => !m.kind || releaseKinds.has(m.kind)).map((m) => m.date));
    const releases: Milestone[] = (film.releases ?? [])
      .filter((release) => !told.has(release.date))
      .map((release) => ({
        date: release.date,
        kind: 'release',
        text: this.strings.timelineRelease(release.place, release.note),
        sources: release.sources,
      }));
    return [...milestones, ...releases]
      .map((event, order) => ({ event, order }))
      .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.order - b.order))
      .map(({ event }) => event);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'film-timeline': FilmTimeline;
  }
}
