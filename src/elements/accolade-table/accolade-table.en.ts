import { count } from '../../core/strings/en.js';

/** The English words of `<accolade-table>`, added to the English table when it is defined (core/strings/en.ts). */
export const english = {
  accoladeTitle: (title: string) => (title ? `Accolades for ${title}` : 'Accolades'),
  accoladeAward: 'Award',
  accoladeDate: 'Date of ceremony',
  accoladeCategory: 'Category',
  accoladeRecipients: 'Recipient(s)',
  accoladeResult: 'Result',
  accoladeRefs: 'Ref.',
  accoladeWon: 'Won',
  accoladeNominated: 'Nominated',
  accoladePending: 'Pending',
  accoladeUnknown: 'Unknown',
  /** Rows whose result is not known are neither wins nor nominations: they are counted apart. */
  accoladeTotals: (wins: number, nominations: number, pending: number, unknown: number) => {
    const known = !nominations ? '' :
      (wins ? `${count(wins, 'win', 'wins')} from ${count(nominations, 'nomination', 'nominations')}` : count(nominations, 'nomination', 'nominations')) +
      (pending ? `, ${pending.toLocaleString('en')} pending` : '');
    if (!unknown) return known || count(0, 'nomination', 'nominations');
    const n = unknown.toLocaleString('en');
    return known ? `${known}; ${n} more with no known result` : `${n} listed, ${unknown === 1 ? 'result' : 'results'} not known`;
  },
  accoladeAwardTotals: (award: string, totals: string) => `${award}: ${totals}`,
  accoladeByAward: 'By award',
  accoladeAllResults: 'All results',
  accoladeAllAwards: 'All awards',
  accoladeOption: (label: string, n: number) => `${label} (${n.toLocaleString('en')})`,
  accoladeSeveral: (labels: string[]) => labels.join(', '),
  accoladeAscending: 'ascending',
  accoladeDescending: 'descending',
  accoladeStatus: (shown: number, total: number, filtered: boolean, sort?: { column: string; direction: string }) =>
    [
      filtered ? `Showing ${shown.toLocaleString('en')} of ${count(total, 'accolade', 'accolades')}` : '',
      sort ? `${filtered ? 'sorted' : 'Sorted'} by ${sort.column.toLowerCase()}, ${sort.direction}; not grouped by award` : '',
    ].filter(Boolean).join(', ') + (filtered || sort ? '.' : ''),
  accoladeNoMatch: 'No accolades match these filters.',
  accoladeShowAll: 'Show all',
  accoladeNone: 'No accolades are listed for this film.',
};

type AccoladeTableWords = typeof english;
declare module '../../core/strings/en.js' {
  interface ElementWords extends AccoladeTableWords {}
}
