import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { FilmElement } from '../../core/film-element.js';
import { Citations } from '../../core/citations.js';
import { below, heading, titleLevel } from '../../core/heading.js';
import type { Accolade, Entity, Film } from '../../model/types.js';
import { accoladeStyles } from './accolade-table.styles.js';
import { collator, prepare, RANK, type Entry, type Prepared } from './accolades.js';
import { addEnglish } from '../../core/strings/index.js';
import { english } from './accolade-table.en.js';
import { sections, tag } from './descriptor.js';

/** The columns a reader can sort by. */
export const accoladeSortColumns = ['award', 'date', 'category', 'result'] as const;

export type AccoladeSortColumn = (typeof accoladeSortColumns)[number];

/** Comma-separated filter values, trimmed and in lower case; commas inside names are kept by `matches`. */
function tokens(value: string | undefined): string[] {
  return (value ?? '').split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
}

/** Whether `name` is one of the comma-separated values, even when the name holds a comma itself. */
function listed(list: string[], name: string): boolean {
  const needle = name.split(',').map((t) => t.trim().toLowerCase()).join(',');
  return `,${list.join(',')},`.includes(`,${needle},`);
}

/** A body row, which knows the accolade it shows (a property, so the markup is unchanged). */
type AccoladeRow = HTMLTableRowElement & { accolade?: number };

/** The links in `row` to `href`, in order. */
function linksTo(row: Element, href: string | null): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>('a[href]')].filter((a) => a.getAttribute('href') === href);
}

/**
 * A film's awards and nominations as an encyclopedia tabulates them: award, date of ceremony,
 * category, recipients, result and sources, with the rows of one award and ceremony grouped by
 * row spans. Results are badges with words; totals are counted from the data. Readers sort by
 * award, date, category or result (sorting lists plain rows; clearing it groups them again)
 * and filter by result and award. In a container narrower than 480 px the rows stack.
 *
 * @tagname accolade-table
 * @summary A film's accolades: grouped, sortable, filterable, with computed totals.
 * @csspart base - The element's box.
 * @csspart title - The title above the table.
 * @csspart totals - The computed totals ("84 wins from 104 nominations").
 * @csspart by-award - The disclosure with the totals of each award.
 * @csspart controls - The result and award filters.
 * @csspart status - The line that says what is shown, read out when it changes.
 * @csspart table - The table.
 * @csspart sort-button - Each column's sort button.
 * @csspart badge - Each result badge.
 * @csspart sources - The numbered sources.
 * @cssprop --film-accolade-won-color - Text of the "Won" badge.
 * @cssprop --film-accolade-won-background - Background of the "Won" badge.
 * @cssprop --film-accolade-nominated-color - Text of the "Nominated" badge.
 * @cssprop --film-accolade-nominated-background - Background of the "Nominated" badge.
 * @cssprop --film-accolade-pending-color - Text of the "Pending" badge.
 * @cssprop --film-accolade-pending-background - Background of the "Pending" badge.
 */
export class AccoladeTable extends FilmElement {
  /** The sections of a film it shows, whose readers it brings. */
  static override readonly sections = sections;
  static { addEnglish(english); }

  static override styles = [...FilmElement.styles, accoladeStyles];

  static override properties = {
    ...FilmElement.properties,
    result: { reflect: true },
    award: { reflect: true },
    sort: { reflect: true },
  };

  /** Results to show, comma-separated: `won`, `nominated`, `pending`, `unknown` or the data's own word. */
  declare result?: string;
  /** Awards to show, comma-separated, by name as the data writes it. */
  declare award?: string;
  /** The sorted column (`award`, `date`, `category`, `result`), `-` first for descending; absent groups the rows. */
  declare sort?: string;

  static override readonly tag = tag;

  /** The sort that `sort` names, if it names one. */
  get sortOrder(): { column: AccoladeSortColumn; descending: boolean } | undefined {
    const match = /^\s*(-)?\s*(\w+)\s*$/.exec(this.sort ?? '');
    const column = match?.[2].toLowerCase() as AccoladeSortColumn | undefined;
    return column && accoladeSortColumns.includes(column) ? { column, descending: !!match![1] } : undefined;
  }

  protected override renderFilm(film: Film): TemplateResult {
    const s = this.strings;
    const data = prepare(film, this.locale, s);
    const level = titleLevel(this);
    // The title is said once: it is the heading, and it names the region; the table is in it.
    const title = heading(level, s.accoladeTitle(film.title), 'title', 'accolades-title');
    if (!data.entries.length) {
      return html`<section part="base" class="base" lang=${this.locale} aria-labelledby="accolades-title">
        ${title}
        <p class="none">${s.accoladeNone}</p>
      </section>`;
    }

    const resultFilter = tokens(this.result);
    const awardFilter = tokens(this.award);
    const filtered = resultFilter.length > 0 || awardFilter.length > 0;
    const visible = filtered
      ? data.entries.filter((e) =>
          (!resultFilter.length || resultFilter.includes(e.token)) &&
          (!awardFilter.length || listed(awardFilter, e.accolade.award)))
      : data.entries;
    const order = this.sortOrder;
    const rows = order ? this.#sorted(visible, order.column, order.descending) : visible;

    const { cite, refs, withRefs } = this.#citations(film, visible, `${this.locale}|${resultFilter}|${awardFilter}`);
    const columns = withRefs ? 6 : 5;
    const columnName: Record<AccoladeSortColumn, string> = {
      award: s.accoladeAward, date: s.accoladeDate, category: s.accoladeCategory, result: s.accoladeResult,
    };
    const status = s.accoladeStatus(visible.length, data.entries.length, filtered,
      order && { column: columnName[order.column], direction: order.descending ? s.accoladeDescending : s.accoladeAscending });

    return html`<section part="base" class="base" lang=${this.locale} aria-labelledby="accolades-title">
      <div class="head">
        ${title}
        <p part="totals" class="totals">${data.totals}</p>
        ${data.awards.length > 1
          ? html`<details part="by-award" class="by-award">
              <summary>${s.accoladeByAward}</summary>
              <ul>${data.awards.map((a) => html`<li>${s.accoladeAwardTotals(a.name, a.totals)}</li>`)}</ul>
            </details>`
          : nothing}
      </div>
      ${this.#controls(data, resultFilter, awardFilter)}
      <p part="status" class="status" role="status">${status}</p>
      <table part="table" class="${order ? 'sorted' : 'grouped'} ${withRefs ? 'with-refs' : ''}" aria-labelledby="accolades-title">
        <colgroup>
          <col class="award"><col class="date"><col class="category"><col class="recipients"><col class="result">${
            withRefs ? html`<col class="ref-cell">` : nothing}
        </colgroup>
        <thead>
          <tr>
            ${this.#sortHeader('award', columnName.award)}
            ${this.#sortHeader('date', columnName.date)}
            ${this.#sortHeader('category', columnName.category)}
            <th scope="col" id="col-recipients" class="plain">${s.accoladeRecipients}</th>
            ${this.#sortHeader('result', columnName.result)}
            ${withRefs ? html`<th scope="col" id="col-refs" class="plain">${s.accoladeRefs}</th>` : nothing}
          </tr>
        </thead>
        ${!rows.length
          ? html`<tbody><tr><td colspan=${columns} class="no-match">
              ${s.accoladeNoMatch}
              <button type="button" class="show-all" @click=${this.#showAll}>${s.accoladeShowAll}</button>
            </td></tr></tbody>`
          : order
            ? html`<tbody>${repeat(rows, (e) => e.key, (e) =>
                guard([e, refs, withRefs], () => this.#plainRow(e, refs, withRefs)))}</tbody>`
            : repeat(this.#groups(rows), (g) => g[0].group.id, (g) => html`<tbody class="group">${
                repeat(g, (e) => e.key, (e, i) =>
                  guard([e, i, g.length, refs, withRefs], () => this.#groupedRow(e, i, g.length, refs, withRefs)))}</tbody>`)}
      </table>
      ${cite.list(below(level))}
    </section>`;
  }

  // Sorting a grouped table (or grouping a sorted one) draws new rows: a link that had focus
  // is gone, so the same link in the same accolade's new row takes focus.
  protected override update(changed: PropertyValues): void {
    const link = this.shadowRoot?.activeElement;
    const row = link instanceof HTMLAnchorElement ? link.closest<AccoladeRow>('tbody tr') : null;
    const href = link?.getAttribute('href') ?? null;
    const nth = row ? linksTo(row, href).indexOf(link as HTMLElement) : -1;
    super.update(changed);
    if (!row || link!.isConnected) return;
    const twin = [...this.renderRoot.querySelectorAll<AccoladeRow>('tbody tr')].find((r) => r.accolade === row.accolade);
    const twins = twin ? linksTo(twin, href) : [];
    (twins[nth] ?? twins[0])?.focus({ preventScroll: true });
  }

  #cited?: { film: Film; key: string; cite: Citations; refs: Map<number, unknown>; withRefs: boolean };

  /**
   * Source marks for the visible rows, numbered in the data's order so that sorting never
   * renumbers them; kept while the film, language and filters stay, so a re-sort reuses every
   * row as it is and only moves it.
   */
  #citations(film: Film, visible: Entry[], key: string) {
    if (this.#cited?.film === film && this.#cited.key === key) return this.#cited;
    const cite = new Citations(film.sources, this.strings, this.locale, { facts: visible.map((e) => this.#refsOf(e.accolade)) });
    const refs = new Map(visible.map((e) => [e.key, cite.mark(this.#refsOf(e.accolade))]));
    const withRefs = [...refs.values()].some((mark) => mark !== nothing);
    return (this.#cited = { film, key, cite, refs, withRefs });
  }

  #refsOf(accolade: Accolade): string[] | undefined {
    const all = [...(accolade.sources ?? []), ...(accolade.recipients ?? []).flatMap((r) => r.sources ?? [])];
    return all.length ? [...new Set(all)] : undefined;
  }

  #sorted(entries: Entry[], column: AccoladeSortColumn, descending: boolean): Entry[] {
    const compare = collator(this.locale).compare;
    const by: Record<AccoladeSortColumn, (a: Entry, b: Entry) => number> = {
      award: (a, b) => compare(a.accolade.award, b.accolade.award),
      category: (a, b) => compare(a.accolade.category, b.accolade.category),
      result: (a, b) => RANK[a.kind] - RANK[b.kind] || (a.kind === 'other' ? compare(a.label, b.label) : 0),
      date: (a, b) => (a.accolade.date ?? '') < (b.accolade.date ?? '') ? -1 : (a.accolade.date ?? '') > (b.accolade.date ?? '') ? 1 : 0,
    };
    const sign = descending ? -1 : 1;
    const order = by[column];
    // Rows without a date go last either way; ties keep the data's order.
    return [...entries].sort((a, b) =>
      column === 'date' && !a.accolade.date !== !b.accolade.date ? (a.accolade.date ? -1 : 1) : sign * order(a, b) || a.key - b.key);
  }

  /** Visible rows gathered by award and ceremony, in the data's order. */
  #groups(entries: Entry[]): Entry[][] {
    const groups = new Map<number, Entry[]>();
    for (const e of entries) {
      const list = groups.get(e.group.id);
      if (list) list.push(e);
      else groups.set(e.group.id, [e]);
    }
    return [...groups.values()];
  }

  #sortHeader(column: AccoladeSortColumn, label: string) {
    const order = this.sortOrder;
    const sorted = order?.column === column ? (order.descending ? 'descending' : 'ascending') : undefined;
    return html`<th scope="col" id="col-${column}" class="sortable" aria-sort=${sorted ?? nothing}>
      <button type="button" part="sort-button" class="sort" data-column=${column} @click=${() => this.#cycle(column)}>
        <span>${label}</span>${this.#arrows(sorted)}
      </button>
    </th>`;
  }

  #arrows(sorted?: 'ascending' | 'descending') {
    return html`<svg class="arrows ${sorted ?? ''}" viewBox="0 0 10 16" width="10" height="16" aria-hidden="true" focusable="false">${
      svg`<path class="up" d="M5 1 9 6H1z"/><path class="down" d="M5 15 1 10h8z"/>`}</svg>`;
  }

  /** Ascending, then descending, then back to the grouped rows. */
  #cycle(column: AccoladeSortColumn): void {
    const order = this.sortOrder;
    if (order?.column !== column) this.sort = column;
    else if (!order.descending) this.sort = `-${column}`;
    else this.sort = undefined;
  }

  #showAll = (): void => {
    this.result = undefined;
    this.award = undefined;
    // The button goes away with the empty row; the first filter (or sort button) takes focus.
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('select, .sort')?.focus());
  };

  #controls(data: Prepared, resultFilter: string[], awardFilter: string[]) {
    const s = this.strings;
    const results = data.results.length > 1 || resultFilter.length > 0;
    const awards = data.awards.length > 1 || awardFilter.length > 0;
    if (!results && !awards) return nothing;

    // A filter that is one of the options selects it; anything else gets an option of its own.
    const resultOne = resultFilter.length === 1 && data.results.find((r) => r.token === resultFilter[0]);
    const awardOne = awardFilter.length > 0 && data.awards.find((a) => listed(awardFilter, a.name) &&
      tokens(a.name).join(',') === awardFilter.join(','));
    return html`<div part="controls" class="controls">
      ${results
        ? html`<label class="filter"><span>${s.accoladeResult}</span>
            <select name="result" @change=${(e: Event) => { this.result = (e.target as HTMLSelectElement).value || undefined; }}>
              <option value="" .selected=${!resultFilter.length}>${s.accoladeAllResults}</option>
              ${resultFilter.length && !resultOne
                ? html`<option value=${this.result!} .selected=${true}>${s.accoladeSeveral(resultFilter.map((t) =>
                    data.results.find((r) => r.token === t)?.label ?? t))}</option>`
                : nothing}
              ${data.results.map((r) => html`<option value=${r.token} .selected=${resultOne === r}>${r.option}</option>`)}
            </select></label>`
        : nothing}
      ${awards
        ? html`<label class="filter"><span>${s.accoladeAward}</span>
            <select name="award" @change=${(e: Event) => { this.award = (e.target as HTMLSelectElement).value || undefined; }}>
              <option value="" .selected=${!awardFilter.length}>${s.accoladeAllAwards}</option>
              ${awardFilter.length && !awardOne
                ? html`<option value=${this.award!} .selected=${true}>${s.accoladeSeveral(this.award!.split(',').map((t) => t.trim()).filter(Boolean))}</option>`
                : nothing}
              ${data.awards.map((a) => html`<option value=${a.name} .selected=${awardOne === a}>${a.option}</option>`)}
            </select></label>`
        : nothing}
    </div>`;
  }

  /** A row of a sorted table: every row names its own award and date. */
  #plainRow(e: Entry, refs: Map<number, unknown>, withRefs: boolean) {
    const { accolade } = e;
    return html`<tr .accolade=${e.key}>
      <th scope="row" class="award">${accolade.award}</th>
      <td class="date">${accolade.date ? html`<time datetime=${accolade.date}>${e.dateText}</time>` : nothing}</td>
      <td class="category">${accolade.category}</td>
      <td class="recipients">${this.#recipients(accolade.recipients)}</td>
      <td class="result">${this.#badge(e)}</td>
      ${withRefs ? html`<td class="ref-cell">${refs.get(e.key)}</td>` : nothing}
    </tr>`;
  }

  /**
   * A row of a group: the first carries the award and date cells that span the group, and
   * every cell names them in `headers`, so each row is read with its own award.
   */
  #groupedRow(e: Entry, index: number, size: number, refs: Map<number, unknown>, withRefs: boolean) {
    const { accolade, group } = e;
    const awardId = `award-${group.id}`;
    const dateId = `date-${group.id}`;
    const row = group.date ? `${awardId} ${dateId}` : awardId;
    return html`<tr .accolade=${e.key}>
      ${index === 0
        ? html`<th scope="rowgroup" rowspan=${size} id=${awardId} headers="col-award" class="award">${group.award}</th>${
            group.date
              ? html`<th scope="rowgroup" rowspan=${size} id=${dateId} headers="col-date ${awardId}" class="date"><time datetime=${group.date}>${group.dateText}</time></th>`
              : html`<td rowspan=${size} class="date"></td>`}`
        : nothing}
      <td class="category" headers="col-category ${row}">${accolade.category}</td>
      <td class="recipients" headers="col-recipients ${row}">${this.#recipients(accolade.recipients)}</td>
      <td class="result" headers="col-result ${row}">${this.#badge(e)}</td>
      ${withRefs ? html`<td class="ref-cell" headers="col-refs ${row}">${refs.get(e.key)}</td>` : nothing}
    </tr>`;
  }

  #recipients(people?: Entity[]) {
    if (!people?.length) return nothing;
    return people.map((person, i) => html`${i ? ', ' : nothing}${person.url ? html`<a href=${person.url}>${person.name}</a>` : person.name}`);
  }

  #badge(e: Entry) {
    return html`<span part="badge" class="badge ${e.kind}">${e.label}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'accolade-table': AccoladeTable;
  }
}
