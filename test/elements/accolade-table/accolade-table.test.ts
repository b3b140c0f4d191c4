import type { FilmData } from '../../../src/model/types.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/accolade-table.js';
import type { AccoladeTable } from '../../../src/elements/accolade-table/accolade-table.js';
import { fixture, html, loadBallerina, settled, shadow, text } from '../../helpers.js';
import { richFilm } from '../../trust/fixtures.js';

/** Several awards and ceremonies, every result kind, rows of one ceremony apart in the data. */
const festival = {
  title: 'Test Film',
  sources: [
    { id: 'a', title: 'Source A' },
    { id: 'b', title: 'Source B' },
  ],
  accolades: [
    { award: 'Award A', date: '2023', category: 'Best Music', recipients: ['Gray'], result: 'won', sources: ['b'] },
    { award: 'Award B', date: '2023-10-05', category: 'Best Director', recipients: ['Lee'], result: 'nominated' },
    { award: 'Award A', date: '2023', category: 'Best Art Direction', recipients: ['Kim Min-hye'], sources: ['a'] },
    { award: 'Award A', date: '2024', category: 'Best Film', recipients: ['Test Film'], result: 'pending' },
    { award: 'Award B', date: '2023-10-05', category: 'Audience Prize', result: 'Runner-up' },
    { award: 'Award C', category: 'Zeitgeist Prize', recipients: ['Jeon', 'Park'], result: 'won' },
    { award: 'Award B', date: '2023-10-05', category: 'Best Actress', recipients: ['Jeon'], result: 'nominated' },
  ],
};

const root = (el: Element) => shadow(el);
const q = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T>(sel);
const qa = <T extends Element = HTMLElement>(el: Element, sel: string) => [...root(el).querySelectorAll<T>(sel)];
const bodyRows = (el: Element) => qa<HTMLTableRowElement>(el, 'tbody tr');
const cells = (row: Element) => [...row.children].map((c) => text(c));
const column = (el: Element, name: string) => bodyRows(el).map((r) => text(r.querySelector(`.${name}`)));
const sortButton = (el: Element, column: string) => q<HTMLButtonElement>(el, `button.sort[data-column="${column}"]`)!;
const sorted = (el: Element) => qa(el, 'th[aria-sort]').map((th) => [th.id, th.getAttribute('aria-sort')]);
const status = (el: Element) => text(q(el, '[role="status"]'));

async function table(film: FilmData, lang = 'en', width = 900): Promise<AccoladeTable> {
  const host = await fixture(html`<div lang=${lang} style="width: ${width}px"><accolade-table .film=${film}></accolade-table></div>`);
  return settled(host.querySelector('accolade-table')!, 'ready');
}

async function click(el: AccoladeTable, target: HTMLElement) {
  target.click();
  await el.updateComplete;
}

async function choose(el: AccoladeTable, name: string, value: string) {
  const select = q<HTMLSelectElement>(el, `select[name="${name}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<accolade-table>: the Ballerina accolades', () => {
  it('groups the two Blue Dragon rows under one award and ceremony, with unknown results', async () => {
    const el = await table(await loadBallerina());
    expect(text(q(el, 'h2.title'))).to.equal('Accolades for Ballerina');
    // The title is said once: the heading names the region; the table repeats it in no caption.
    expect(q(el, 'caption')).to.equal(null);
    expect(q(el, 'section')!.getAttribute('aria-labelledby')).to.equal(q(el, 'h2.title')!.id);
    // The table is named by the same heading, for a screen reader's list of tables.
    const named = q(el, 'table')!.getAttribute('aria-labelledby')!;
    expect(text(root(el).getElementById(named))).to.equal('Accolades for Ballerina');
    // Two rows whose results were lost are not two nominations.
    expect(text(q(el, '.totals'))).to.equal('2 listed, results not known');
    expect(qa(el, 'thead th').map((th) => text(th))).to.deep.equal(
      ['Award', 'Date of ceremony', 'Category', 'Recipient(s)', 'Result', 'Ref.']);
    const [first, second] = bodyRows(el);
    expect(bodyRows(el)).to.have.length(2);
    expect(cells(first)).to.deep.equal(['Blue Dragon Film Awards', '2023', 'Best Music', 'Gray', 'Unknown', '[1]']);
    // The seed lost this row's first two cells to the span; here the span is real.
    expect(cells(second)).to.deep.equal(['Best Art Direction', 'Kim Min-hye', 'Unknown', '[1]']);
    const award = first.querySelector('th.award')!;
    expect(award.getAttribute('rowspan')).to.equal('2');
    expect(award.getAttribute('scope')).to.equal('rowgroup');
    expect(first.querySelector('th.date')!.getAttribute('rowspan')).to.equal('2');
    expect(second.querySelector('.category')!.getAttribute('headers')).to.equal('col-category award-0 date-0');
    expect(text(q(el, '.sources li'))).to.equal('Ballerina (2023 film)');
    // One award and one kind of result: no filter would change anything.
    expect(q(el, '.controls')).to.equal(null);
    expect(q(el, '.by-award')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks Korean', async () => {
    const el = await table(await loadBallerina(), 'ko');
    expect(text(q(el, '.title'))).to.equal('Ballerina 수상 및 후보 내역');
    expect(text(q(el, '.totals'))).to.equal('2건, 결과 미상');
    expect(qa(el, 'thead th').map((th) => text(th))).to.deep.equal(['시상식', '개최일', '부문', '수상(후보)자', '결과', '출처']);
    expect(column(el, 'badge')).to.deep.equal(['결과 미상', '결과 미상']);
    expect(text(q(el, 'th.date'))).to.equal('2023년');
    expect(text(root(el).getElementById(q(el, 'table')!.getAttribute('aria-labelledby')!))).to.equal('Ballerina 수상 및 후보 내역');
    await expect(el).to.be.accessible();
  });

  it('names once the one source behind every row, with no column of markers', async () => {
    const film = await loadBallerina();
    const accolades = film.accolades!;
    film.accolades = [...accolades, { ...accolades[0]!, category: 'Best Film' }];
    for (const lang of ['en', 'ko']) {
      const el = await table(film, lang);
      expect(bodyRows(el)).to.have.length(3);
      expect(qa(el, 'thead th')).to.have.length(5, 'no column of markers');
      expect(qa(el, 'a.ref, .sources ol')).to.have.length(0);
      expect(text(q(el, '[part="sources"] .main-source'))).to.equal(`${lang === 'ko' ? '출처' : 'Source'}: Ballerina (2023 film)`);
      await expect(el).to.be.accessible();
    }
  });
});

describe('<accolade-table>: grouping', () => {
  it('gathers each award and ceremony into one row group with spanned cells', async () => {
    const el = await table(festival);
    const groups = qa(el, 'tbody');
    expect(groups.map((g) => g.children.length)).to.deep.equal([2, 3, 1, 1]);
    expect(groups.map((g) => text(g.querySelector('th.award')))).to.deep.equal(['Award A', 'Award B', 'Award A', 'Award C']);
    expect(groups.map((g) => text(g.querySelector('.date')))).to.deep.equal(['2023', 'October 5, 2023', '2024', '']);
    expect(groups.map((g) => g.querySelector('th.award')!.getAttribute('rowspan'))).to.deep.equal(['2', '3', '1', '1']);
    expect(column(el, 'category')).to.deep.equal(
      ['Best Music', 'Best Art Direction', 'Best Director', 'Audience Prize', 'Best Actress', 'Best Film', 'Zeitgeist Prize']);
    expect(cells(bodyRows(el)[3])).to.deep.equal(['Audience Prize', '', 'Runner-up', '']);
    expect(cells(bodyRows(el)[6])).to.deep.equal(['Award C', '', 'Zeitgeist Prize', 'Jeon, Park', 'Won', '']);
    await expect(el).to.be.accessible();
  });

  it('names every row\'s award and ceremony through headers that point at real header cells', async () => {
    const el = await table(festival);
    const ids = new Set(qa(el, 'th[id]').map((th) => th.id));
    expect(ids.size).to.equal(qa(el, 'th[id]').length);
    for (const cell of qa(el, 'tbody td[headers], tbody th[headers]')) {
      for (const id of cell.getAttribute('headers')!.split(' ')) {
        expect(ids.has(id), `${id} in ${cell.outerHTML}`).to.equal(true);
        expect(root(el).getElementById(id)!.localName).to.equal('th');
      }
    }
    const actress = bodyRows(el)[4].querySelector('.result')!;
    const named = actress.getAttribute('headers')!.split(' ').map((id) => text(root(el).getElementById(id)));
    expect(named).to.deep.equal(['Result', 'Award B', 'October 5, 2023']);
    // Without a date the row is named by its award alone, and the empty date is no header.
    const undated = bodyRows(el)[6];
    expect(undated.querySelector('td.date')!.getAttribute('rowspan')).to.equal('1');
    expect(undated.querySelector('.category')!.getAttribute('headers')).to.equal('col-category award-3');
  });

  it('shows every result kind as a badge with words, the data\'s own word kept as written', async () => {
    const el = await table(festival);
    const badges = qa(el, '.badge');
    expect(badges.map((b) => `${b.className}: ${text(b)}`)).to.deep.equal([
      'badge won: Won', 'badge unknown: Unknown', 'badge nominated: Nominated', 'badge other: Runner-up',
      'badge nominated: Nominated', 'badge pending: Pending', 'badge won: Won',
    ]);
  });

  it('gives badges colours with AA contrast in both schemes', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await table(festival);
      el.setAttribute('theme', theme);
      await el.updateComplete;
      for (const kind of ['won', 'nominated', 'pending', 'unknown', 'other']) {
        const badge = q(el, `.badge.${kind}`)!;
        const style = getComputedStyle(badge);
        const background = style.backgroundColor === 'rgba(0, 0, 0, 0)'
          ? getComputedStyle(q(el, '.base')!).backgroundColor : style.backgroundColor;
        expect(contrast(style.color, background), `${theme} ${kind}`).to.be.at.least(4.5);
      }
    }
  });
});

describe('<accolade-table>: totals', () => {
  it('counts wins, nominations and pending results, and each award', async () => {
    const el = await table(festival);
    // The row without a result is counted apart, not as a nomination.
    expect(text(q(el, '.totals'))).to.equal('2 wins from 6 nominations, 1 pending; 1 more with no known result');
    expect(text(q(el, '.by-award summary'))).to.equal('By award');
    expect(qa(el, '.by-award li').map((li) => text(li))).to.deep.equal([
      'Award A: 1 win from 2 nominations, 1 pending; 1 more with no known result',
      'Award B: 3 nominations',
      'Award C: 1 win from 1 nomination',
    ]);
    await expect(el).to.be.accessible();
  });

  it('uses each language\'s plural rules', async () => {
    const one = { title: 'One', accolades: [{ award: 'X', category: 'Y', result: 'won' }] };
    expect(text(q(await table(one), '.totals'))).to.equal('1 win from 1 nomination');
    const ko = await table(festival, 'ko');
    expect(text(q(ko, '.totals'))).to.equal('후보 6회 중 2회 수상, 결과 발표 전 1건; 결과 미상 1건');
    expect(qa(ko, '.by-award li').map((li) => text(li))[1]).to.equal('Award B: 후보 3회');
    expect(qa(ko, '.badge').map((b) => text(b))).to.deep.equal(['수상', '결과 미상', '후보', 'Runner-up', '후보', '발표 전', '수상']);
    expect(text(qa(ko, 'tbody .date')[1])).to.equal('2023년 10월 5일');
    await expect(ko).to.be.accessible();
  });

  it('counts the large generated film from its data', async () => {
    const data = await (await fetch('/demo/data/accolades-large.json')).json();
    const results = data.accolades.map((a: { result?: string }) => a.result);
    const wins = results.filter((r: string) => r === 'won').length;
    const pending = results.filter((r: string) => r === 'pending').length;
    const unknown = results.filter((r?: string) => !r?.trim()).length;
    const el = await table(data);
    expect(data.accolades.length).to.be.greaterThan(500);
    expect(unknown, 'the generated film has rows without a result').to.be.greaterThan(0);
    expect(bodyRows(el)).to.have.length(data.accolades.length);
    expect(text(q(el, '.totals'))).to.equal(
      `${wins} wins from ${data.accolades.length - unknown} nominations, ${pending} pending; ${unknown} more with no known result`);
    expect(text(q(el, '.title'))).to.contain('generated');
  });
});

describe('<accolade-table>: sorting', () => {
  it('cycles a column ascending, descending, then back to the grouped rows', async () => {
    const el = await table(festival);
    const button = sortButton(el, 'award');
    expect(sorted(el)).to.deep.equal([]);

    await click(el, button);
    expect(sorted(el)).to.deep.equal([['col-award', 'ascending']]);
    expect(el.getAttribute('sort')).to.equal('award');
    expect(qa(el, 'tbody')).to.have.length(1);
    expect(qa(el, 'tbody th[rowspan]')).to.have.length(0);
    expect(qa(el, 'tbody th.award').every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    expect(column(el, 'award')).to.deep.equal(['Award A', 'Award A', 'Award A', 'Award B', 'Award B', 'Award B', 'Award C']);
    expect(cells(bodyRows(el)[1])).to.deep.equal(['Award A', '2023', 'Best Art Direction', 'Kim Min-hye', 'Unknown', '[2]']);
    expect(status(el)).to.equal('Sorted by award, ascending; not grouped by award.');

    await click(el, button);
    expect(sorted(el)).to.deep.equal([['col-award', 'descending']]);
    expect(el.getAttribute('sort')).to.equal('-award');
    expect(column(el, 'award')).to.deep.equal(['Award C', 'Award B', 'Award B', 'Award B', 'Award A', 'Award A', 'Award A']);
    await expect(el).to.be.accessible();

    await click(el, button);
    expect(sorted(el)).to.deep.equal([]);
    expect(el.hasAttribute('sort')).to.equal(false);
    expect(qa(el, 'tbody')).to.have.length(4);
    expect(status(el)).to.equal('');
  });

  it('sorts by date with undated rows last, by result in a fixed order, and by category', async () => {
    const el = await table(festival);
    el.sort = 'date';
    await el.updateComplete;
    expect(column(el, 'date')).to.deep.equal(['2023', '2023', 'October 5, 2023', 'October 5, 2023', 'October 5, 2023', '2024', '']);
    el.sort = '-date';
    await el.updateComplete;
    expect(column(el, 'date')).to.deep.equal(['2024', 'October 5, 2023', 'October 5, 2023', 'October 5, 2023', '2023', '2023', '']);
    el.sort = 'result';
    await el.updateComplete;
    expect(column(el, 'badge')).to.deep.equal(['Won', 'Won', 'Nominated', 'Nominated', 'Pending', 'Runner-up', 'Unknown']);
    el.sort = '-category';
    await el.updateComplete;
    expect(column(el, 'category')).to.deep.equal(
      ['Zeitgeist Prize', 'Best Music', 'Best Film', 'Best Director', 'Best Art Direction', 'Best Actress', 'Audience Prize']);
    expect(sorted(el)).to.deep.equal([['col-category', 'descending']]);
  });

  it('keeps the sources numbered as the data cites them, however the rows are sorted', async () => {
    const el = await table(festival);
    const refs = () => bodyRows(el).map((r): [string, string] => [text(r.querySelector('.category')), text(r.querySelector('.ref-cell'))]);
    const before = new Map(refs());
    expect(before.get('Best Music')).to.equal('[1]');
    expect(before.get('Best Art Direction')).to.equal('[2]');
    el.sort = '-category';
    await el.updateComplete;
    expect(new Map(refs())).to.deep.equal(before);
    expect(qa(el, '.sources li').map((li) => text(li))).to.deep.equal(['Source B', 'Source A']);
  });

  it('is operated from the keyboard and keeps focus on the sort button', async () => {
    const el = await table(festival);
    const button = sortButton(el, 'date');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sorted(el)).to.deep.equal([['col-date', 'ascending']]);
    expect(root(el).activeElement).to.equal(button);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(sorted(el)).to.deep.equal([['col-date', 'descending']]);
    expect(root(el).activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sorted(el)).to.deep.equal([]);
    expect(qa(el, 'tbody')).to.have.length(4);
    expect(root(el).activeElement).to.equal(button);
  });

  it('moves the rows it already has rather than making new ones', async () => {
    const el = await table(festival);
    el.sort = 'category';
    await el.updateComplete;
    const music = bodyRows(el).find((r) => text(r.querySelector('.category')) === 'Best Music');
    el.sort = '-category';
    await el.updateComplete;
    expect(bodyRows(el).find((r) => text(r.querySelector('.category')) === 'Best Music')).to.equal(music);
    expect(bodyRows(el).indexOf(music!)).to.equal(1);
  });

  it('keeps focus on a row\'s link when the rows are sorted and grouped again', async () => {
    const el = await table(await richFilm());
    const row = (category: string) => bodyRows(el).find((r) => text(r.querySelector('.category')) === category)!;
    const link = (category: string, selector: string) => row(category).querySelector<HTMLAnchorElement>(selector)!;
    // Where focus is, as [row's category, link's address, link's cell]; none when it left the element.
    const focus = () => {
      const active = root(el).activeElement;
      return active && [text(active.closest('tr')?.querySelector('.category')), active.getAttribute('href'), active.closest('td')?.className];
    };

    const person = link('Best New Actress', '.recipients a');
    const href = person.getAttribute('href');
    expect(href).to.match(/\/people\/park-yu-rim$/);
    person.focus();
    el.sort = '-category';
    await el.updateComplete;
    // The sorted view is new rows: the link focused before is gone, and its twin has focus.
    expect(person.isConnected).to.equal(false);
    expect(qa(el, 'tbody.group')).to.have.length(0);
    expect(focus()).to.deep.equal(['Best New Actress', href, 'recipients']);

    // Both Blue Dragon rows cite source 1: focus stays on this row's mark, not the first one.
    const mark = link('Best Art Direction', 'a.ref');
    expect(link('Best Music', 'a.ref').getAttribute('href')).to.equal('#source-1');
    expect(mark.getAttribute('href')).to.equal('#source-1');
    mark.focus();
    el.removeAttribute('sort');
    await el.updateComplete;
    expect(mark.isConnected).to.equal(false);
    expect(qa(el, 'tbody.group')).to.have.length(2);
    expect(focus()).to.deep.equal(['Best Art Direction', '#source-1', 'ref-cell']);

    // A sort button pressed from script, as a toolbar elsewhere on the page might.
    sortButton(el, 'result').click();
    await el.updateComplete;
    expect(sorted(el)).to.deep.equal([['col-result', 'ascending']]);
    expect(focus()).to.deep.equal(['Best Art Direction', '#source-1', 'ref-cell']);
  });

  it('ignores a sort attribute that names no sortable column', async () => {
    const el = await table(festival);
    el.setAttribute('sort', 'recipients');
    await el.updateComplete;
    expect(sorted(el)).to.deep.equal([]);
    expect(qa(el, 'tbody')).to.have.length(4);
  });
});

describe('<accolade-table>: filtering', () => {
  it('filters by the result and award attributes and says what it shows', async () => {
    const el = await table(festival);
    el.setAttribute('result', 'won, unknown');
    await el.updateComplete;
    expect(column(el, 'category')).to.deep.equal(['Best Music', 'Best Art Direction', 'Zeitgeist Prize']);
    expect(status(el)).to.equal('Showing 3 of 7 accolades.');
    expect(q(el, '[role="status"]')!.localName).to.equal('p');
    expect(text(q(el, 'select[name="result"] option:checked'))).to.equal('Won, Unknown');
    // Grouping stays, over the rows that are left.
    expect(qa(el, 'tbody th.award').map((th) => [text(th), th.getAttribute('rowspan')])).to.deep.equal([['Award A', '2'], ['Award C', '1']]);
    await expect(el).to.be.accessible();

    el.setAttribute('award', 'Award C');
    await el.updateComplete;
    expect(column(el, 'category')).to.deep.equal(['Zeitgeist Prize']);
    expect(text(q(el, 'select[name="award"] option:checked'))).to.equal('Award C (1)');
    expect(status(el)).to.equal('Showing 1 of 7 accolades.');

    el.sort = 'category';
    await el.updateComplete;
    expect(status(el)).to.equal('Showing 1 of 7 accolades, sorted by category, ascending; not grouped by award.');
    await expect(el).to.be.accessible();
    // Totals count the film, not the filter.
    expect(text(q(el, '.totals'))).to.equal('2 wins from 6 nominations, 1 pending; 1 more with no known result');
  });

  it('matches award names that hold a comma, and the data\'s own result words', async () => {
    const film = { title: 'Commas', accolades: [
      { award: 'Awards of the Vale, North', category: 'One', result: 'Shortlisted' },
      { award: 'Awards of the Vale', category: 'Two', result: 'won' },
      { award: 'North', category: 'Three', result: 'won' },
    ] };
    const el = await table(film);
    el.setAttribute('award', 'Awards of the Vale, North');
    await el.updateComplete;
    expect(column(el, 'category')).to.deep.equal(['One', 'Two', 'Three']);
    el.award = 'awards of the vale,north';
    el.result = 'shortlisted';
    await el.updateComplete;
    expect(column(el, 'category')).to.deep.equal(['One']);
  });

  it('has labelled controls that reflect into the attributes', async () => {
    const el = await table(festival);
    const labels = qa(el, '.controls label').map((l) => text(l.querySelector('span')));
    expect(labels).to.deep.equal(['Result', 'Award']);
    expect(qa<HTMLOptionElement>(el, 'select[name="result"] option').map((o) => text(o))).to.deep.equal(
      ['All results', 'Won (2)', 'Nominated (2)', 'Pending (1)', 'Runner-up (1)', 'Unknown (1)']);
    expect(qa<HTMLOptionElement>(el, 'select[name="award"] option').map((o) => text(o))).to.deep.equal(
      ['All awards', 'Award A (3)', 'Award B (3)', 'Award C (1)']);

    await choose(el, 'result', 'nominated');
    expect(el.getAttribute('result')).to.equal('nominated');
    expect(column(el, 'category')).to.deep.equal(['Best Director', 'Best Actress']);
    await choose(el, 'award', 'Award A');
    expect(el.getAttribute('award')).to.equal('Award A');
    expect(bodyRows(el)).to.have.length(1);
    expect(text(q(el, '.no-match'))).to.equal('No accolades match these filters. Show all');
    await expect(el).to.be.accessible();

    await choose(el, 'result', '');
    expect(el.hasAttribute('result')).to.equal(false);
    expect(column(el, 'category')).to.deep.equal(['Best Music', 'Best Art Direction', 'Best Film']);
  });

  it('is operated from the keyboard', async () => {
    const el = await table(festival);
    const select = q<HTMLSelectElement>(el, 'select[name="result"]')!;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.getAttribute('result')).to.equal('won');
    expect(column(el, 'badge')).to.deep.equal(['Won', 'Won']);

    el.setAttribute('award', 'Award B');
    await el.updateComplete;
    const showAll = q<HTMLButtonElement>(el, '.no-match button')!;
    showAll.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.hasAttribute('result') || el.hasAttribute('award')).to.equal(false);
    expect(bodyRows(el)).to.have.length(7);
    expect(root(el).activeElement).to.equal(q(el, 'select[name="result"]'));
  });
});

describe('<accolade-table>: narrow containers', () => {
  it('stacks the rows and never overflows at 240 px', async () => {
    const el = await table(festival, 'en', 240);
    const base = q(el, '.base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(getComputedStyle(bodyRows(el)[0]).display).to.equal('grid');
    expect(getComputedStyle(q(el, 'thead tr')!).display).to.equal('flex');
    // The columns without a sort button stay for assistive technology, out of sight.
    expect(getComputedStyle(q(el, '#col-recipients')!).position).to.equal('absolute');
    // Still one table with its headers: the same markup as the wide layout.
    expect(qa(el, 'table')).to.have.length(1);
    expect(sortButton(el, 'award').getBoundingClientRect().width).to.be.greaterThan(0);
    el.sort = 'result';
    await el.updateComplete;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('is a table of rows and cells from 560 px', async () => {
    const el = await table(festival, 'en', 700);
    expect(getComputedStyle(bodyRows(el)[0]).display).to.equal('table-row');
    expect(getComputedStyle(q(el, '#col-recipients')!).position).to.equal('static');
  });
});

describe('<accolade-table>: empty, partial and hostile data', () => {
  it('says so when the film lists no accolades', async () => {
    const el = await table({ title: 'Quiet Film', runtime: 80 });
    expect(text(q(el, '.title'))).to.equal('Accolades for Quiet Film');
    expect(text(q(el, '.none'))).to.equal('No accolades are listed for this film.');
    expect(q(el, 'table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('leaves out what the data does not give: no sources column, no dates, no recipients', async () => {
    const el = await table({ title: 'Bare', accolades: [
      { award: 'Only Award', category: 'First' },
      { award: 'Only Award', category: 'Second', result: 'won' },
    ] });
    expect(qa(el, 'thead th').map((th) => text(th))).to.deep.equal(['Award', 'Date of ceremony', 'Category', 'Recipient(s)', 'Result']);
    expect(cells(bodyRows(el)[0])).to.deep.equal(['Only Award', '', 'First', '', 'Unknown']);
    expect(q(el, 'time')).to.equal(null);
    expect(q(el, '.sources')).to.equal(null);
    expect(text(q(el, '.totals'))).to.equal('1 win from 1 nomination; 1 more with no known result');
    // Two kinds of result: the result filter is offered, the award filter is not.
    expect(qa(el, 'select').map((s) => s.getAttribute('name'))).to.deep.equal(['result']);
    await expect(el).to.be.accessible();
  });

  it('renders hostile text as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await table({ title: evil, accolades: [
      { award: evil, category: evil, recipients: [evil], result: evil },
      { award: 'Plain', category: 'Plain', result: 'won' },
    ] });
    expect(qa(el, 'img')).to.have.length(0);
    expect(text(q(el, '.title'))).to.equal(`Accolades for ${evil}`);
    expect(cells(bodyRows(el)[0])).to.deep.equal([evil, '', evil, evil, evil]);
    expect(qa(el, 'option').some((o) => text(o) === `${evil} (1)`)).to.equal(true);
    el.setAttribute('award', evil);
    el.setAttribute('result', `${evil},won`);
    await el.updateComplete;
    expect(qa(el, 'img')).to.have.length(0);
    expect(column(el, 'category')).to.deep.equal([evil]);
  });
});

/** WCAG contrast of two computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}
