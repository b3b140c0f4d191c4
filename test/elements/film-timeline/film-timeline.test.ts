import type { FilmData } from '../../../src/model/types.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/film-timeline.js';
import type { FilmTimeline } from '../../../src/elements/film-timeline/film-timeline.js';
import { fixture, html, loadBallerina, settled, shadow, text } from '../../helpers.js';

const events = (el: Element) => [...shadow(el).querySelectorAll('[part~="event"]')];
const dates = (el: Element) => events(el).map((li) => text(li.querySelector('time')));
const datetimes = (el: Element) => events(el).map((li) => li.querySelector('time')!.getAttribute('datetime'));
const texts = (el: Element) => events(el).map((li) => text(li.querySelector('[part~="text"]')));

/** Ballerina with its first two milestones cited from other sources than the encyclopedia. */
async function mixed(): Promise<FilmData> {
  const film = await loadBallerina();
  const [first, second] = film.milestones as { sources?: string[] }[];
  first!.sources = ['preview'];
  second!.sources = ['blog-review'];
  return film;
}

async function timeline(film: FilmData, lang = 'en', width = 320): Promise<FilmTimeline> {
  const host = await fixture(html`<div lang=${lang}><film-timeline style="width: ${width}px"></film-timeline></div>`);
  const el = host.querySelector('film-timeline')!;
  el.film = film;
  return settled(el, 'ready');
}

describe('<film-timeline>', () => {
  it('lists Ballerina’s production and release in date order, naming once the one source behind every event', async () => {
    const el = await timeline(await loadBallerina());
    const section = shadow(el).querySelector('section')!;
    expect(section.getAttribute('aria-labelledby')).to.equal('heading');
    expect(text(shadow(el).querySelector('#heading'))).to.equal('Production and release');
    expect(shadow(el).querySelector('ol[part~="events"]')).to.exist;
    expect(dates(el)).to.deep.equal(['April 2022', 'June – October 2022', 'January 2023', 'October 5, 2023', 'October 6, 2023']);
    expect(datetimes(el)).to.deep.equal(['2022-04', '2022-06', '2023-01', '2023-10-05', '2023-10-06']);
    expect(texts(el)).to.deep.equal([
      'Netflix confirmed the production and announced the cast and crew.',
      'Principal photography, from June to late October 2022.',
      'Netflix announced its line-up of upcoming Korean films, listing Ballerina among the 6 Korean movies coming to the platform.',
      'Premiere at the 28th Busan International Film Festival, in the \'Korean Cinema Today – Special Premiere\' section.',
      'Streaming on Netflix worldwide.',
    ]);
    // The releases on 5 and 6 October (including the UK date) are the premiere and release milestones.
    expect(text(shadow(el))).not.to.contain('United Kingdom');
    expect(events(el)[1]!.classList.contains('span')).to.equal(true);
    expect(events(el)[3]!.classList.contains('kind-premiere')).to.equal(true);
    // Every event cites the encyclopedia: it is named once, with no marker and no numbered list.
    expect(shadow(el).querySelector('a.ref')).to.equal(null);
    expect(shadow(el).querySelector('.sources ol')).to.equal(null);
    expect(text(shadow(el).querySelector('[part~="sources"] .main-source'))).to.equal('Source: Ballerina (2023 film)');
    await expect(el).to.be.accessible();
  });

  it('keeps the markers when the events cite several sources', async () => {
    const el = await timeline(await mixed());
    const ref = events(el)[0]!.querySelector('a.ref')!;
    expect(ref.getAttribute('href')).to.equal('#source-1');
    expect(ref.getAttribute('aria-label')).to.equal('Source 1');
    expect(text(shadow(el).querySelector('#source-1'))).to.contain('Upcoming Netflix film Ballerina');
    expect(texts(el).filter((t) => /\[\d\]$/.test(t))).to.have.length(5);
    expect(shadow(el).querySelector('.main-source')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks Korean', async () => {
    const el = await timeline(await loadBallerina(), 'ko');
    expect(text(shadow(el).querySelector('#heading'))).to.equal('제작 및 공개');
    // Engines disagree on spaces around the Korean tilde ("6월~10월", "6월 ~ 10월").
    expect(dates(el).map((date) => date.replace(/\s*~\s*/, '~'))).to.deep.equal(['2022년 4월', '2022년 6월~10월', '2023년 1월', '2023년 10월 5일', '2023년 10월 6일']);
    expect(text(shadow(el).querySelector('.main-source'))).to.equal('출처: Ballerina (2023 film)');
    const mixedKo = await timeline(await mixed(), 'ko');
    expect(text(shadow(mixedKo).querySelector('.sources-title'))).to.equal('출처');
    expect(events(mixedKo)[0]!.querySelector('a.ref')!.getAttribute('aria-label')).to.equal('출처 1');
    await expect(el).to.be.accessible();
  });

  it('adds the releases no milestone tells of, and sorts everything by date', async () => {
    const el = await timeline({
      title: 'Merged',
      milestones: [
        { date: '2024-03-01', kind: 'premiere', text: 'Festival premiere.' },
        { date: '2023-05', kind: 'announcement', text: 'Announced.' },
        { date: '2024-05-10', kind: 'announcement', text: 'Trailer released.' },
      ],
      releases: [
        { date: '2024-03-01', place: 'Berlin', note: 'premiere' },
        { date: '2024-05-10', place: 'Seoul', note: 'theatrical' },
        { date: '2023-05-20', note: 'private screening' },
        { date: '2025-01-01' },
      ],
    });
    expect(dates(el)).to.deep.equal(['May 2023', 'May 20, 2023', 'March 1, 2024', 'May 10, 2024', 'May 10, 2024', 'January 1, 2025']);
    expect(texts(el)).to.deep.equal([
      'Announced.',
      'Released (private screening)',
      'Festival premiere.',
      'Trailer released.',
      // An announcement on the day of a release does not stand for it.
      'Released: Seoul (theatrical)',
      'Released',
    ]);
    expect(events(el)[4]!.classList.contains('kind-release')).to.equal(true);
    expect(shadow(el).querySelector('.sources')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('builds a timeline from releases alone, in Korean too', async () => {
    const film = { title: 'R', releases: [{ date: '2023-10-06', place: 'Netflix', note: 'streaming' }] };
    expect(texts(await timeline(film))).to.deep.equal(['Released: Netflix (streaming)']);
    const ko = await timeline(film, 'ko');
    expect(texts(ko)).to.deep.equal(['공개: Netflix (streaming)']);
    expect(dates(ko)).to.deep.equal(['2023년 10월 6일']);
  });

  it('says so when it knows no dates', async () => {
    const el = await timeline({ title: 'No Dates', year: 2020 });
    expect(shadow(el).querySelector('ol')).to.equal(null);
    expect(text(shadow(el).querySelector('.none'))).to.equal('No production or release dates are known.');
    await expect(el).to.be.accessible();
    const ko = await timeline({ title: 'No Dates' }, 'ko');
    expect(text(shadow(ko).querySelector('.none'))).to.equal('알려진 제작·공개 일정이 없습니다.');
  });

  it('moves focus to the source when a footnote is followed with the keyboard', async () => {
    const el = await timeline(await mixed());
    const ref = events(el)[2]!.querySelector<HTMLAnchorElement>('a.ref')!;
    ref.focus();
    expect(shadow(el).activeElement).to.equal(ref);
    await sendKeys({ press: 'Enter' });
    expect(shadow(el).activeElement?.id).to.equal('source-3');
  });

  it('renders hostile text as text', async () => {
    const bad = '<img src=x onerror=alert(1)>';
    const el = await timeline({
      title: bad,
      milestones: [{ date: '2020-01', kind: bad, text: bad }],
      releases: [{ date: '2021-02-03', place: bad, note: bad }],
    });
    expect(texts(el)).to.deep.equal([bad, `Released: ${bad} (${bad})`]);
    expect(shadow(el).querySelector('img')).to.equal(null);
    // An author's own kind word never becomes a class name.
    expect(events(el)[0]!.className.trim()).to.equal('event');
  });

  it('puts the dates in their own column when wide', async () => {
    const narrow = await timeline(await loadBallerina(), 'en', 240);
    const wide = await timeline(await loadBallerina(), 'en', 900);
    const box = (el: Element, selector: string) => events(el)[0]!.querySelector(selector)!.getBoundingClientRect();
    expect(box(narrow, '.date').bottom).to.be.at.most(box(narrow, '.text').top + 1);
    expect(box(wide, '.date').right).to.be.lessThan(box(wide, '.text').left);
    expect(Math.abs(box(wide, '.date').top - box(wide, '.text').top)).to.be.lessThan(4);
    await expect(wide).to.be.accessible();
  });
});
