import { expect, fixtureSync } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/cast-list.js';
import type { CastList } from '../../../src/elements/cast-list/cast-list.js';
import { html, loadBallerina, settled, shadow, text } from '../../helpers.js';

/**
 * A rendered cast list, fed `film` and settled. The fixture is synchronous: the element's own
 * update is awaited, not an animation frame, which never comes in a background test page.
 */
async function castList(film: unknown, template = html`<cast-list></cast-list>`): Promise<CastList> {
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
