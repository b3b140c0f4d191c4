import type { FilmData } from '../../../src/model/types.js';
import { expect, fixtureSync } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/cast-list.js';
import type { CastList } from '../../../src/elements/cast-list/cast-list.js';
import { html, loadBallerina, settled, shadow, text } from '../../helpers.js';

/**
 * A rendered cast list, fed `film` and settled. The fixture is synchronous: the element's own
 * update is awaited, not an animation frame, which never comes in a background test page.
 */
async function castList(film: FilmData, template = html`<cast-list></cast-list>`): Promise<CastList> {
  const host = fixtureSync(html`<div>${template}</div>`);
  const el = host.querySelector('cast-list')!;
  el.film = film;
  return settled(el, 'ready');
}

const members = (el: Element) => [...shadow(el).querySelectorAll<HTMLLIElement>('.member')];
const visible = (el: Element) => members(el).filter((li) => !li.hidden && li.offsetParent !== null);
/** An entry's line as read, without its footnote marks. */
function line(li: Element): string {
  const copy = li.querySelector('.line')!.cloneNode(true) as Element;
  copy.querySelectorAll('.refs').forEach((refs) => refs.remove());
  return text(copy);
}
const button = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('.show-all');
/** An entry's character guide: the `<details>` that holds the passages that may give the story away. */
const guide = (li: Element) => li.querySelector<HTMLDetailsElement>('details');
/** Whether the reader can see `node`: a passage in a closed `<details>` is not rendered. */
const shown = (node: Element) => node.checkVisibility() && node.getClientRects().length > 0;

describe('<cast-list>', () => {
  it('lists the Ballerina cast as actor, character and note, in a real list', async () => {
    const el = await castList(await loadBallerina());
    const list = shadow(el).querySelector('ul.cast')!;
    expect(list.getAttribute('part')).to.equal('list');
    expect(shadow(el).querySelector('section')!.getAttribute('aria-label')).to.equal('Cast of Ballerina');
    expect(text(shadow(el).querySelector('.title'))).to.equal('Cast');
    const all = members(el);
    expect(all.length).to.equal(10);
    expect(all.every((li) => li.parentElement === list && li.localName === 'li')).to.equal(true);
    expect(line(all[0])).to.equal('Jeon Jong-seo as Jang Ok-ju, a former bodyguard');
    expect(line(all[1])).to.equal('Kim Ji-hoon as Choi Pro');
    expect(line(all[2])).to.equal("Park Yu-rim as Choi Min-hee, Ok-ju's best friend");
    expect(line(all[3])).to.equal('Shin Se-hwi as a female student');
    // The last entry has no character: the name alone, with nothing dangling.
    expect(line(all[9])).to.equal('Park Hyoung-soo');
    expect(text(all[0].querySelector('.known-for'))).to.equal(
      'Known for Burning (2018), The Call, Bargain, and Money Heist: Korea – Joint Economic Area');
    expect(all[3].querySelector('.known-for')).to.equal(null);
    expect(text(all[0].querySelector('.actor'))).to.equal('Jeon Jong-seo');
    expect(text(all[0].querySelector('.character'))).to.equal('Jang Ok-ju');
    expect(text(all[0].querySelector('.note'))).to.equal('a former bodyguard');
    // Without a limit, everything shows and there is no button.
    expect(visible(el).length).to.equal(10);
    expect(button(el)).to.equal(null);
    // Every entry cites its sources, and the numbered list closes the element.
    expect(text(all[0].querySelector('.refs'))).to.equal('[1][2][3][4]');
    expect(text(shadow(el).querySelector('.sources li'))).to.equal('Ballerina (2023 film)');
    expect(shadow(el).querySelector('.photo')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reads naturally in Korean, keeping the data\'s own text', async () => {
    const el = await castList(await loadBallerina(), html`<div lang="ko"><cast-list limit="3"></cast-list></div>`);
    const all = members(el);
    expect(el.locale).to.equal('ko');
    expect(shadow(el).querySelector('section')!.getAttribute('lang')).to.equal('ko');
    expect(shadow(el).querySelector('section')!.getAttribute('aria-label')).to.equal('Ballerina 출연진');
    expect(text(shadow(el).querySelector('.title'))).to.equal('출연진');
    expect(line(all[0])).to.equal('Jeon Jong-seo — Jang Ok-ju 역 (a former bodyguard)');
    expect(line(all[1])).to.equal('Kim Ji-hoon — Choi Pro 역');
    expect(line(all[9])).to.equal('Park Hyoung-soo');
    expect(text(all[1].querySelector('.known-for'))).to.equal(
      '대표작: Money Heist: Korea – Joint Economic Area 및 Nonstop (2002)');
    expect(text(button(el))).to.equal('전체 10명 보기');
    button(el)!.click();
    await el.updateComplete;
    expect(text(button(el))).to.equal('접기');
    await expect(el).to.be.accessible();
  });

  it('hides the entries after limit behind a Show all button that works from the keyboard', async () => {
    const el = await castList(await loadBallerina(), html`<cast-list limit="3"></cast-list>`);
    const list = shadow(el).querySelector('ul.cast')!;
    const more = button(el)!;
    expect(visible(el).map(line)).to.deep.equal([
      'Jeon Jong-seo as Jang Ok-ju, a former bodyguard',
      'Kim Ji-hoon as Choi Pro',
      "Park Yu-rim as Choi Min-hee, Ok-ju's best friend",
    ]);
    expect(members(el).slice(3).every((li) => li.hidden)).to.equal(true);
    expect(text(more)).to.equal('Show all 10');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(more.getAttribute('aria-controls')).to.equal(list.id);
    expect(list.id).to.not.equal('');
    await expect(el).to.be.accessible();

    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.expanded).to.equal(true);
    expect(el.hasAttribute('expanded')).to.equal(true);
    expect(visible(el).length).to.equal(10);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(text(more)).to.equal('Show fewer');
    // Focus moves to the first entry the button revealed.
    const focused = shadow(el).activeElement;
    expect(focused && members(el).indexOf(focused as HTMLLIElement)).to.equal(3);
    expect(line(focused!)).to.equal('Shin Se-hwi as a female student');
    await expect(el).to.be.accessible();

    more.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.expanded).to.equal(false);
    expect(visible(el).length).to.equal(3);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(text(more)).to.equal('Show all 10');
    expect(shadow(el).activeElement?.getAttribute('part')).to.equal('show-all');
  });

  it('shows everything without a button when limit covers the cast, is zero or is not a number', async () => {
    for (const limit of ['10', '25', '0', 'many']) {
      const el = await castList(await loadBallerina(), html`<cast-list limit=${limit}></cast-list>`);
      expect(visible(el).length, `limit=${limit}`).to.equal(10);
      expect(button(el), `limit=${limit}`).to.equal(null);
    }
    const el = await castList(await loadBallerina(), html`<cast-list limit="9"></cast-list>`);
    expect(visible(el).length).to.equal(9);
    expect(text(button(el))).to.equal('Show all 10');
  });

  it('follows a limit changed after rendering', async () => {
    const el = await castList(await loadBallerina());
    el.limit = 2;
    await el.updateComplete;
    expect(visible(el).length).to.equal(2);
    el.removeAttribute('limit');
    await el.updateComplete;
    expect(visible(el).length).to.equal(10);
    expect(button(el)).to.equal(null);
  });

  it('shows photos with their alt text, lazily and at a fixed size, and an empty frame where one is missing', async () => {
    const el = await castList({
      title: 'Photo Film',
      cast: [
        { actor: 'Ada Actor', character: 'Hero', photo: { src: '/demo/ada.jpg', alt: 'Ada Actor in 2023' } },
        { actor: 'Bo Actor', character: 'Villain' },
        { actor: 'Cy Actor', character: 'Sidekick' },
      ],
    }, html`<cast-list limit="2"></cast-list>`);
    // The limit holds in the layout with photos too.
    expect(visible(el).map(line)).to.deep.equal(['Ada Actor as Hero', 'Bo Actor as Villain']);
    const [first, second] = members(el);
    const img = first.querySelector('img')!;
    expect(img.getAttribute('alt')).to.equal('Ada Actor in 2023');
    expect(img.getAttribute('src')).to.match(/\/demo\/ada\.jpg$/);
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('width')).to.equal('56');
    expect(img.getAttribute('height')).to.equal('56');
    expect(second.querySelector('img')).to.equal(null);
    const frame = second.querySelector<HTMLElement>('.photo')!;
    expect(frame.getBoundingClientRect().width).to.equal(first.querySelector('.photo')!.getBoundingClientRect().width);
    expect(frame.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(line(second)).to.equal('Bo Actor as Villain');
    // An image that fails to load is hidden rather than shown as a broken box.
    expect(img.hidden).to.equal(false);
    img.dispatchEvent(new Event('error'));
    expect(img.hidden).to.equal(true);
    expect(getComputedStyle(img).display).to.equal('none');
    expect(frame.getBoundingClientRect().width).to.be.greaterThan(0);
    button(el)!.click();
    await el.updateComplete;
    expect(visible(el).length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('links an actor when the data gives a URL, and drops an unsafe one', async () => {
    const el = await castList({
      title: 'Linked Film',
      cast: [
        { actor: { name: 'Ada Actor', url: 'https://example.com/ada' }, character: 'Hero' },
        { actor: { name: 'Bo Actor', url: 'javascript:alert(1)' }, note: 'the narrator' },
      ],
    });
    const [first, second] = members(el);
    expect(first.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/ada');
    expect(text(first.querySelector('a'))).to.equal('Ada Actor');
    expect(second.querySelector('a')).to.equal(null);
    // A note without a character still reads well.
    expect(line(second)).to.equal('Bo Actor, the narrator');
    await expect(el).to.be.accessible();
  });

  it('says so when the film has no cast', async () => {
    const el = await castList({ title: 'Castless', runtime: 90 });
    expect(members(el).length).to.equal(0);
    expect(shadow(el).querySelector('ul')).to.equal(null);
    expect(text(shadow(el).querySelector('.none'))).to.equal('No cast is listed for this film.');
    await expect(el).to.be.accessible();
    const ko = await castList({ title: 'Castless', runtime: 90 }, html`<div lang="ko"><cast-list></cast-list></div>`);
    expect(text(shadow(ko).querySelector('.none'))).to.equal('이 영화의 출연진 정보가 없습니다.');
  });

  it('keeps partial entries: a name alone, and bad entries dropped', async () => {
    const el = await castList({ title: 'Partial', cast: ['Solo Actor', { character: 'Nobody' }, { name: 'Flat Actor', character: 'Flat Role' }] });
    expect(members(el).map(line)).to.deep.equal(['Solo Actor', 'Flat Actor as Flat Role']);
    expect(shadow(el).querySelector('.sources')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps what sources write about a character in a closed <details> that opens to the passages', async () => {
    const el = await castList(await loadBallerina());
    const all = members(el);
    // Jang Ok-ju, Choi Pro and Choi Min-hee have guides; the others have none.
    expect(all.map((li) => guide(li) !== null)).to.deep.equal([true, true, true, false, false, false, false, false, false, false]);
    const details = guide(all[2])!;
    const summary = details.querySelector('summary')!;
    expect(details.open).to.equal(false);
    expect(details.getAttribute('part')).to.equal('about');
    expect(summary.getAttribute('part')).to.equal('about-summary');
    expect(summary.parentElement).to.equal(details);
    expect(text(summary)).to.equal('About Choi Min-hee (spoilers)');
    const passages = [...details.querySelectorAll<HTMLElement>('.passage')];
    expect(passages.map((p) => p.getAttribute('part'))).to.deep.equal(['passage', 'passage']);
    // The passages wait behind the summary and cannot be seen.
    expect(passages.some(shown)).to.equal(false);
    expect(shown(summary)).to.equal(true);
    expect(all[2].querySelector('.passage:not(details .passage)')).to.equal(null);
    await expect(el).to.be.accessible();

    // The summary is the control: it opens from the keyboard, with no script of ours.
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(passages.every(shown)).to.equal(true);
    expect(passages.map(text)).to.deep.equal([
      'Min-hee is a ballerina and a very giddy individual in general.[2]',
      'Min-hee is the ill-fated ballerina of the movies’ title. Her death and desperate message imploring Ok-ju to avenge her sets the bloody events that follow in motion.[4]',
    ]);
    // Each passage cites its own source.
    const ref = passages[0].querySelector('.ref')!;
    expect([ref.getAttribute('href'), ref.getAttribute('title')]).to.deep.equal(['#source-2', 'Ballerina (2023) – Overview']);
    // Opening one guide leaves the others closed, and rendering again keeps it open.
    expect(guide(all[0])!.open).to.equal(false);
    el.limit = 5;
    await el.updateComplete;
    expect(details.open).to.equal(true);
    await expect(el).to.be.accessible();

    summary.click();
    expect(details.open).to.equal(false);
    expect(passages.some(shown)).to.equal(false);
  });

  it('names the guide in Korean, keeping the sources\' own text', async () => {
    const el = await castList(await loadBallerina(), html`<div lang="ko"><cast-list></cast-list></div>`);
    const details = guide(members(el)[1])!;
    expect(text(details.querySelector('summary'))).to.equal('Choi Pro 인물 소개 (스포일러)');
    expect(details.open).to.equal(false);
    details.open = true;
    expect(text(details.querySelector('.passage'))).to.equal(
      'A member of the Korean mob, whose area is sex trafficking and drugs.[2]');
    await expect(el).to.be.accessible();
  });

  it('guards every guide, named after the character, or the actor when no character is given', async () => {
    const el = await castList({
      title: 'Guide Film',
      cast: [
        { actor: 'Ada Actor', character: 'Hero', about: [{ text: 'The hero was the villain all along.' }] },
        { actor: 'Bo Actor', about: ['A quiet man who runs a bakery.'] },
      ],
    });
    const [first, second] = members(el);
    for (const li of [first, second]) {
      expect(guide(li)!.open).to.equal(false);
      expect(shown(li.querySelector('.passage')!)).to.equal(false);
    }
    expect(text(first.querySelector('summary'))).to.equal('About Hero (spoilers)');
    expect(text(second.querySelector('summary'))).to.equal('About Bo Actor (spoilers)');
    guide(first)!.querySelector('summary')!.click();
    expect(shown(first.querySelector('.passage')!)).to.equal(true);
    expect(text(first.querySelector('.passage'))).to.equal('The hero was the villain all along.');
    expect(line(first)).to.equal('Ada Actor as Hero');
    await expect(el).to.be.accessible();
  });

  it('renders hostile passages as text', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    const el = await castList({ title: 'Hostile', cast: [{ actor: 'Ada Actor', about: [attack, { text: attack }] }] });
    const details = guide(members(el)[0])!;
    expect([...details.querySelectorAll('.passage')].map(text)).to.deep.equal([attack, attack]);
    expect(shadow(el).querySelector('img, script')).to.equal(null);
  });

  it('renders hostile text as text', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    const el = await castList({
      title: attack,
      cast: [{ actor: attack, character: `<script>alert(2)</script>`, note: attack, knownFor: [attack] }],
    });
    expect(line(members(el)[0])).to.equal(`${attack} as <script>alert(2)</script>, ${attack}`);
    expect(text(members(el)[0].querySelector('.known-for'))).to.equal(`Known for ${attack}`);
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    expect(shadow(el).querySelector('section')!.getAttribute('aria-label')).to.equal(`Cast of ${attack}`);
  });
});
