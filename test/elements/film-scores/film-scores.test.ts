import type { FilmData } from '../../../src/model/types.js';
import { expect } from '@open-wc/testing';
import '../../../src/define/film-scores.js';
import { summariseCritics, type FilmScores } from '../../../src/elements/film-scores/film-scores.js';
import type { Review } from '../../../src/model/index.js';
import { fixture, html, loadBallerina, settled, shadow, text } from '../../helpers.js';

async function scores(film: FilmData, attrs: { lang?: string; width?: number } = {}) {
  // The element is the fixture's root, so the fixture waits for its update, not for an
  // animation frame that a page in the background may not get.
  const el = await fixture<FilmScores>(html`<film-scores lang=${attrs.lang ?? 'en'} style="width: ${attrs.width ?? 700}px" .film=${film}></film-scores>`);
  return settled(el, 'ready');
}

const $ = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const noRefs = (s: string) => s.replace(/\s*\[\d+\]/g, '');
/** The text drawn on screen: the words read in place of the drawn separators left out. */
const seen = (node: Element | null | undefined) => {
  const copy = node?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return text(copy);
};
/** Each labelled entry as [label, value], footnote markers removed. */
const entries = (el: Element, scope = '') =>
  $$(el, `${scope} .entry`).map((entry) => [noRefs(text(entry.querySelector('dt'))), seen(entry.querySelector('dd'))]);

const review = (rating?: Review['rating']): Review => ({ id: `r${Math.random()}`, quote: 'Said.', ...(rating ? { rating } : {}) });

describe('<film-scores> with the Ballerina data', () => {
  it('shows the aggregate score with its source, count and average', async () => {
    const el = await scores(await loadBallerina());
    const aggregate = $(el, '.aggregate')!;
    expect(noRefs(text(aggregate.querySelector('dt')))).to.equal('Rotten Tomatoes approval rating');
    expect(seen(aggregate.querySelector('.line'))).to.equal('91% · 11 reviews · average 6.6 out of 10');
    expect(aggregate.querySelector('data')!.getAttribute('value')).to.equal('91');
    expect(aggregate.querySelector('.meter-fill')!.getAttribute('width')).to.equal('91');
    expect(aggregate.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('sums up the critics quoted in the data, labelled as worked out here', async () => {
    const el = await scores(await loadBallerina());
    const critics = $(el, '.critics')!;
    expect(text(critics.querySelector('dt'))).to.equal('Reviews quoted here');
    expect(seen(critics.querySelector('.line'))).to.equal('4 reviews · 2 give a score · mean 3 out of 5');
    expect(text(critics.querySelector('.note'))).to.equal('Worked out from the reviews quoted on this page, not published by any outlet.');
  });

  it('shows viewing figures: period, compact views and hours, chart and rank', async () => {
    const el = await scores(await loadBallerina());
    expect(noRefs(text($(el, '.viewing .group-title')))).to.equal('Viewing figures (Netflix)');
    const [period, ...figures] = entries(el, '.viewing');
    // Browsers space the range's dash differently.
    expect(period![0]).to.equal('Period');
    expect(period![1]).to.match(/^October 9\s*–\s*15, 2023$/);
    expect(figures).to.deep.equal([
      ['Views', '14.7 million'],
      ['Hours viewed', '23.1 million'],
      ['Chart', '1st in Global Top 10 weekly list of the most-watched Netflix TV films (Non-English)'],
    ]);
    expect($$(el, '.viewing data').map((d) => d.getAttribute('value'))).to.deep.equal(['14700000', '23100000']);
    expect(text($(el, '.sources li'))).to.equal('Ballerina (2023 film)');
  });

  it('uses a description list, so each figure is read with its label', async () => {
    const el = await scores(await loadBallerina());
    for (const entry of $$(el, '.entry')) {
      expect(entry.parentElement!.localName).to.equal('dl');
      expect([...entry.children].map((c) => c.localName)).to.deep.equal(['dt', 'dd']);
    }
    expect($(el, 'section')!.getAttribute('aria-label')).to.equal('Ballerina: scores and viewing figures');
  });

  it('speaks Korean inside lang="ko"', async () => {
    const el = await scores(await loadBallerina(), { lang: 'ko' });
    expect(seen($(el, '.aggregate .line'))).to.equal('91% · 리뷰 11편 · 평균 10점 만점에 6.6점');
    expect(seen($(el, '.critics .line'))).to.equal('리뷰 4편 · 2편이 점수를 매김 · 평균 5점 만점에 3점');
    const [period, ...figures] = entries(el, '.viewing');
    expect(period![0]).to.equal('기간');
    expect(period![1]).to.match(/^2023년 10월 9일\s*~\s*15일$/);
    expect(figures).to.deep.equal([
      ['조회수', '1,470만'],
      ['시청 시간', '2,310만 시간'],
      ['순위', 'Global Top 10 weekly list of the most-watched Netflix TV films (Non-English) 1위'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('lays labels beside values when there is room, and above them when narrow', async () => {
    const wide = await scores(await loadBallerina(), { width: 700 });
    const [dt, dd] = [...$(wide, '.viewing .entry')!.children] as HTMLElement[];
    expect(dt!.getBoundingClientRect().top).to.be.closeTo(dd!.getBoundingClientRect().top, 4);
    const narrow = await scores(await loadBallerina(), { width: 240 });
    const [ndt, ndd] = [...$(narrow, '.viewing .entry')!.children] as HTMLElement[];
    expect(ndd!.getBoundingClientRect().top).to.be.at.least(ndt!.getBoundingClientRect().bottom - 1);
    await expect(narrow).to.be.accessible();
  });
});

describe('<film-scores> edge cases', () => {
  it('puts critics on 0 to 100 when their scales differ', async () => {
    const summary = summariseCritics([review({ kind: 'score', value: 3, best: 5 }), review({ kind: 'score', value: 80, best: 100, unit: 'percent' })]);
    expect(summary).to.deep.equal({ reviews: 2, rated: 2, mean: { value: 70, best: 100, percent: false } });
    const el = await scores({ title: 'Mixed', reviews: [{ rating: '3/5', quote: 'a' }, { rating: '80%', quote: 'b' }, { rating: 'Great', quote: 'c' }] });
    expect(seen($(el, '.critics .line'))).to.equal('3 reviews · 2 give a score · mean 70 out of 100');
  });

  it('keeps a shared percent scale as a percentage, and a shared worst value in the sum', () => {
    const percent = summariseCritics([review({ kind: 'score', value: 75, best: 100, unit: 'percent' }), review({ kind: 'score', value: 70, best: 100, unit: 'percent' })]);
    expect(percent.mean).to.deep.equal({ value: 72.5, best: 100, percent: true });
    const fromOne = summariseCritics([review({ kind: 'score', value: 1, best: 10, worst: 1 }), review({ kind: 'score', value: 5, best: 5 })]);
    expect(fromOne.mean).to.deep.equal({ value: 50, best: 100, percent: false });
    const shared = summariseCritics([review({ kind: 'score', value: 1, best: 10, worst: 1 }), review({ kind: 'score', value: 4, best: 10, worst: 1 })]);
    expect(shared.mean).to.deep.equal({ value: 2.5, best: 10, percent: false });
  });

  it('rounds the mean to a tenth and counts zero as a score', () => {
    const summary = summariseCritics([review({ kind: 'score', value: 0, best: 5 }), review({ kind: 'score', value: 3.5, best: 5 }), review({ kind: 'score', value: 4, best: 5 })]);
    expect(summary.mean).to.deep.equal({ value: 2.5, best: 5, percent: false });
  });

  it('says when no quoted review gives a score, and claims no mean', async () => {
    const el = await scores({ title: 'Words Only', reviews: [{ quote: 'Fine.' }, { rating: 'Mixed (Divisive)', quote: 'Hm.' }] });
    expect(seen($(el, '.critics .line'))).to.equal('2 reviews · none gives a score');
    expect($(el, '.critics .note')).to.equal(null);
    expect($(el, '.aggregate')).to.equal(null);
    expect($(el, '.viewing')).to.equal(null);
  });

  it('shows one review in the singular', async () => {
    const el = await scores({ title: 'One', reviews: [{ rating: '4/5', quote: 'Good.' }] });
    expect(seen($(el, '.critics .line'))).to.equal('1 review · 1 gives a score · mean 4 out of 5');
  });

  it('writes an aggregate on a points scale in words and leaves out what is not given', async () => {
    const el = await scores({ title: 'Points', scores: [{ source: 'Metacritic', value: 68, best: 100, url: 'https://example.com/m' }] });
    expect(seen($(el, '.aggregate .line'))).to.equal('68 out of 100');
    expect(($(el, '.aggregate dt a') as HTMLAnchorElement).getAttribute('href')).to.equal('https://example.com/m');
    expect($(el, '.critics')).to.equal(null);
  });

  it('shows small viewing figures in full and only the figures given', async () => {
    const el = await scores({ title: 'Small', viewership: [{ source: 'Cinema', views: 9500, chart: { name: 'Weekend chart', rank: 12 } }] });
    expect(entries(el, '.viewing')).to.deep.equal([['Views', '9,500'], ['Chart', '12th in Weekend chart']]);
    const ranks = await scores({ title: 'Ranks', viewership: [2, 3, 11, 22].map((rank) => ({ source: 'S', chart: { name: 'C', rank } })) });
    expect($$(ranks, '.viewing dd').map(text)).to.deep.equal(['2nd in C', '3rd in C', '11th in C', '22nd in C']);
  });

  it('says so when the film has no scores, reviews or viewing figures', async () => {
    const el = await scores({ title: 'Unseen', runtime: 80 });
    expect(text($(el, '[role="status"]'))).to.equal('This film’s data has no scores or viewing figures.');
    await expect(el).to.be.accessible();
  });

  it('renders hostile names as text', async () => {
    const attack = '<img src=x onerror="window.__pwnedScores=1">';
    const el = await scores({
      title: attack,
      scores: [{ source: attack, name: attack, value: 50, best: 100, unit: 'percent' }],
      viewership: [{ source: attack, chart: { name: attack, rank: 1 } }],
    });
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(noRefs(text($(el, '.aggregate dt')))).to.equal(`${attack} ${attack}`);
    expect(text($(el, '.viewing dd'))).to.equal(`1st in ${attack}`);
    expect((window as { __pwnedScores?: number }).__pwnedScores).to.equal(undefined);
  });
});
