import type { FilmData, FilmInput } from '../../../src/model/types.js';
import { expect, fixtureSync } from '@open-wc/testing';
import '../../../src/define/content-advisory.js';
import type { ContentAdvisory } from '../../../src/elements/content-advisory/content-advisory.js';
import { html, loadBallerina, settled, shadow, text } from '../../helpers.js';

/** A rendered advisory, fed `film` and settled (the element's update is awaited, not a frame). */
async function advisory(film: FilmData, lang = 'en'): Promise<ContentAdvisory> {
  const host = fixtureSync(html`<div lang=${lang}><content-advisory></content-advisory></div>`);
  const el = host.querySelector('content-advisory')!;
  el.film = film;
  return settled(el, 'ready');
}

/** The breakdown as read: each category's label with its items. */
const breakdown = (el: Element) =>
  [...shadow(el).querySelectorAll('.advisories > li')].map((li) => [
    text(li.querySelector('.category-label')),
    [...li.querySelectorAll('.items > li')].map((item) => text(item)),
  ]);

const rated = (advisories: unknown, extra: Record<string, unknown> = {}) =>
  ({ title: 'Rated Film', contentRating: { rating: 'R', system: 'MPA', advisories, ...extra } }) as FilmInput;

describe('<content-advisory>', () => {
  it('shows the Ballerina rating as a badge and the breakdown as nested lists', async () => {
    const el = await advisory(await loadBallerina());
    const base = shadow(el).querySelector('section')!;
    expect(base.getAttribute('aria-label')).to.equal('Content rating: TV-MA');
    expect(text(shadow(el).querySelector('.title'))).to.equal('Content rating');
    expect(text(shadow(el).querySelector('[part="badge"]'))).to.equal('TV-MA');
    // The data names no system, so none is shown.
    expect(shadow(el).querySelector('[part="system"]')).to.equal(null);
    expect(text(shadow(el).querySelector('.contains'))).to.equal('Contains');
    expect(breakdown(el)).to.deep.equal([
      ['Dialog', ['Cursing']],
      ['Violence', ['Gun violence', 'knife violence', 'general fighting', 'blood', 'minor mutilation', 'implied suicide']],
      ['Sexual content', ['Implied rape scenes']],
      ['Miscellaneous', ['Smoking and drinking']],
    ]);
    // Lists that screen readers announce as lists, each named by its category.
    const outer = shadow(el).querySelector('ul.advisories')!;
    expect(outer.localName).to.equal('ul');
    expect(text(shadow(el).getElementById(outer.getAttribute('aria-labelledby')!))).to.equal('Contains');
    const violence = outer.children[1].querySelector('ul')!;
    expect(text(shadow(el).getElementById(violence.getAttribute('aria-labelledby')!))).to.equal('Violence');
    expect(getComputedStyle(outer).listStyleType).to.equal('none');
    expect(text(shadow(el).querySelector('.rating .refs'))).to.equal('[1]');
    expect(text(shadow(el).querySelector('.sources li'))).to.equal('Ballerina (2023) – Overview');
    await expect(el).to.be.accessible();
  });

  it('speaks Korean', async () => {
    const el = await advisory(await loadBallerina(), 'ko');
    expect(shadow(el).querySelector('section')!.getAttribute('aria-label')).to.equal('관람 등급: TV-MA');
    expect(shadow(el).querySelector('section')!.getAttribute('lang')).to.equal('ko');
    expect(text(shadow(el).querySelector('.title'))).to.equal('관람 등급');
    expect(text(shadow(el).querySelector('.contains'))).to.equal('내용 정보');
    expect(breakdown(el).map(([label]) => label)).to.deep.equal(['대사', '폭력성', '선정성', '기타']);
    // The data's own words stay as written.
    expect(breakdown(el)[0][1]).to.deep.equal(['Cursing']);
    expect(text(shadow(el).querySelector('.sources-title'))).to.equal('출처');
    await expect(el).to.be.accessible();
  });

  it('shows the rating system, the usual category names in any spelling, and unknown ones as written', async () => {
    const el = await advisory(rated([
      { category: 'Miscellaneous', items: ['Smoking'] },
      { category: 'DIALOGUE', items: ['Strong language'] },
      { category: 'Frightening scenes', items: ['Jump scares', 'Gore'] },
    ]));
    expect(text(shadow(el).querySelector('[part="badge"]'))).to.equal('R');
    expect(text(shadow(el).querySelector('[part="system"]'))).to.equal('MPA');
    expect(text(shadow(el).querySelector('.rating'))).to.equal('R MPA');
    expect(breakdown(el)).to.deep.equal([
      ['Miscellaneous', ['Smoking']],
      ['Dialog', ['Strong language']],
      ['Frightening scenes', ['Jump scares', 'Gore']],
    ]);
    await expect(el).to.be.accessible();
    const ko = await advisory(rated([{ category: 'Frightening scenes', items: ['Gore'] }, { category: 'sexual', items: ['Nudity'] }]), 'ko');
    expect(breakdown(ko)).to.deep.equal([['Frightening scenes', ['Gore']], ['선정성', ['Nudity']]]);
  });

  it('reads advisories written as an object keyed by category', async () => {
    const el = await advisory(rated({ violence: ['Fighting'], misc: ['Drinking'] }));
    expect(breakdown(el)).to.deep.equal([['Violence', ['Fighting']], ['Miscellaneous', ['Drinking']]]);
  });

  it('shows a rating alone when there is no breakdown, and skips empty categories', async () => {
    const bare = await advisory({ title: 'Bare', contentRating: '15' });
    expect(text(shadow(bare).querySelector('[part="badge"]'))).to.equal('15');
    expect(shadow(bare).querySelector('.advisories, .contains, [part="system"], .sources')).to.equal(null);
    expect(shadow(bare).querySelector('section')!.getAttribute('aria-label')).to.equal('Content rating: 15');
    await expect(bare).to.be.accessible();
    const empty = await advisory(rated([{ category: 'violence', items: [] }]));
    expect(shadow(empty).querySelector('.advisories, .contains')).to.equal(null);
  });

  it('says so when the film has no content rating', async () => {
    const el = await advisory({ title: 'Unrated', runtime: 80 });
    expect(text(shadow(el).querySelector('.none'))).to.equal('No content rating is given for this film.');
    expect(shadow(el).querySelector('[part="badge"]')).to.equal(null);
    expect(shadow(el).querySelector('section')!.getAttribute('aria-label')).to.equal('Content rating');
    await expect(el).to.be.accessible();
    const ko = await advisory({ title: 'Unrated', runtime: 80 }, 'ko');
    expect(text(shadow(ko).querySelector('.none'))).to.equal('이 영화의 관람 등급 정보가 없습니다.');
  });

  it('renders hostile text as text', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    const el = await advisory({
      title: 'Hostile',
      contentRating: { rating: attack, system: attack, advisories: [{ category: attack, items: [attack, '<b>bold</b>'] }] },
    });
    expect(text(shadow(el).querySelector('[part="badge"]'))).to.equal(attack);
    expect(text(shadow(el).querySelector('[part="system"]'))).to.equal(attack);
    expect(breakdown(el)).to.deep.equal([[attack, [attack, '<b>bold</b>']]]);
    expect(shadow(el).querySelector('img, b')).to.equal(null);
    expect(shadow(el).querySelector('section')!.getAttribute('aria-label')).to.equal(`Content rating: ${attack}`);
  });
});
