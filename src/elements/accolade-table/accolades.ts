import type { Strings } from '../../core/strings/index.js';
import { formatDate } from '../../model/format.js';
import type { Accolade, Film } from '../../model/types.js';

/** A film's accolades worked out once per film and language: rows, groups, counts and totals. */

/** The four results the element names itself; any other word is shown as written. */
export type ResultKind = 'won' | 'nominated' | 'pending' | 'unknown' | 'other';

/** One accolade, prepared once per film and language. */
export interface Entry {
  /** Stable for the film: the accolade's place in the data. */
  key: number;
  accolade: Accolade;
  kind: ResultKind;
  /** The result as a filter token: `won`, `unknown`, or the data's own word in lower case. */
  token: string;
  /** The badge text. */
  label: string;
  dateText: string;
  group: Group;
}

/** The accolades of one award at one ceremony: the rows that share spanned cells. */
export interface Group {
  /** Stable for the film: the group's place in the data. */
  id: number;
  award: string;
  date?: string;
  dateText: string;
}

/** What rows come to: a row whose result is not known is neither a win nor a nomination. */
export interface Tally {
  wins: number;
  nominations: number;
  pending: number;
  unknown: number;
}

/** What a film's accolades come to in one language, worked out once: words and counts. */
export interface Prepared {
  entries: Entry[];
  /** Awards in the order the data first names them, with their counts and filter option. */
  awards: { name: string; tally: Tally; totals: string; option: string }[];
  /** Result tokens present, in a fixed order, with their labels, counts and filter option. */
  results: { token: string; label: string; count: number; option: string }[];
  totals: string;
}

export const RANK: Record<ResultKind, number> = { won: 0, nominated: 1, pending: 2, other: 3, unknown: 4 };
const KNOWN = new Set(['won', 'nominated', 'pending']);

const prepared = new WeakMap<Film, Map<string, Prepared>>();
const collators = new Map<string, Intl.Collator>();

export function collator(locale: string): Intl.Collator {
  let found = collators.get(locale);
  if (!found) collators.set(locale, (found = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' })));
  return found;
}

function tally(entries: Entry[]): Tally {
  let wins = 0;
  let pending = 0;
  let unknown = 0;
  for (const e of entries) {
    if (e.kind === 'won') wins++;
    else if (e.kind === 'pending') pending++;
    else if (e.kind === 'unknown') unknown++;
  }
  // A result the data names in its own words ("Shortlisted") is a nomination that ended so.
  return { wins, nominations: entries.length - unknown, pending, unknown };
}

export function prepare(film: Film, locale: string, s: Strings): Prepared {
  let byLocale = prepared.get(film);
  if (!byLocale) prepared.set(film, (byLocale = new Map()));
  const found = byLocale.get(locale);
  if (found) return found;

  const groups = new Map<string, Group>();
  const entries: Entry[] = (film.accolades ?? []).map((accolade, key) => {
    const groupKey = `${accolade.award}\u0000${accolade.date ?? ''}`;
    let group = groups.get(groupKey);
    if (!group) {
      const dateText = accolade.date ? formatDate(accolade.date, locale) : '';
      groups.set(groupKey, (group = { id: groups.size, award: accolade.award, date: accolade.date, dateText }));
    }
    const written = accolade.result?.trim();
    const lower = written?.toLowerCase();
    const kind: ResultKind = !lower ? 'unknown' : KNOWN.has(lower) ? (lower as ResultKind) : 'other';
    const label = kind === 'other' ? written! : s[`accolade${kind[0].toUpperCase()}${kind.slice(1)}` as 'accoladeWon'];
    return { key, accolade, kind, token: lower || 'unknown', label, dateText: group.dateText, group };
  });

  const byAward = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = byAward.get(e.accolade.award);
    if (list) list.push(e);
    else byAward.set(e.accolade.award, [e]);
  }
  const results = new Map<string, { token: string; label: string; count: number; rank: number }>();
  for (const e of entries) {
    const r = results.get(e.token);
    if (r) r.count++;
    else results.set(e.token, { token: e.token, label: e.label, count: 1, rank: RANK[e.kind] });
  }
  const totals = ({ wins, nominations, pending, unknown }: Tally) => s.accoladeTotals(wins, nominations, pending, unknown);

  const ready: Prepared = {
    entries,
    awards: [...byAward].map(([name, list]) => {
      const counted = tally(list);
      return { name, tally: counted, totals: totals(counted), option: s.accoladeOption(name, list.length) };
    }),
    results: [...results.values()].sort((a, b) => a.rank - b.rank)
      .map((r) => ({ ...r, option: s.accoladeOption(r.label, r.count) })),
    totals: totals(tally(entries)),
  };
  byLocale.set(locale, ready);
  return ready;
}
