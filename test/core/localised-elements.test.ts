/**
 * Names given per language, as elements show them: chosen by the nearest lang, the other
 * spelling under the title, and a lang attribute on a name that is not in the page's language.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/film-infobox.js';
import '../../src/define/cast-list.js';
import type { FilmInfobox } from '../../src/elements/film-infobox/film-infobox.js';
import { fixture, html, settled, shadow, text } from '../helpers.js';

const film = {
  title: { en: 'Ballerina', ko: '발레리나' },
  languages: ['ko'],
  credits: { directors: [{ en: 'Lee Chung-hyun', ko: '이충현' }], producers: ['Byun Seung-min'] },
  cast: [{ actor: { en: 'Jeon Jong-seo', ko: '전종서' }, character: { en: 'Jang Ok-ju', ko: '장옥주' } }],
};

async function infobox(lang: string): Promise<FilmInfobox> {
  const wrapper = await fixture(html`<div lang=${lang}><film-infobox></film-infobox></div>`);
  const el = wrapper.querySelector('film-infobox')!;
  el.film = film;
  return settled(el, 'ready');
}

describe('names per language in the elements', () => {
  it('an English page shows English names and the Korean title under the title, marked as Korean', async () => {
    const el = await infobox('en');
    const root = shadow(el);
    expect(text(root.querySelector('.title'))).to.equal('Ballerina');
    const original = root.querySelector('[part="original-title"] [lang]')!;
    expect([text(original), original.getAttribute('lang')]).to.deep.equal(['발레리나', 'ko']);
    expect(text(root)).to.contain('Lee Chung-hyun');
    expect(root.querySelector('[lang="ko"]')?.textContent).to.equal('발레리나');
  });

  it('a Korean page shows the Korean names, no title twice, and no lang on Korean text', async () => {
    const el = await infobox('ko');
    const root = shadow(el);
    expect(text(root.querySelector('.title'))).to.equal('발레리나');
    expect(root.querySelector('[part="original-title"]')).to.equal(null);
    expect(text(root)).to.contain('이충현');
    expect(text(root)).not.to.contain('Lee Chung-hyun');
    expect(root.querySelectorAll('[lang="ko"]:not(.base)').length).to.equal(0);
  });

  it('a French page falls back to English and marks nothing it cannot tell', async () => {
    const el = await infobox('fr');
    const root = shadow(el);
    expect(text(root.querySelector('.title'))).to.equal('Ballerina');
    const marked = [...root.querySelectorAll('[lang]:not(.base)')].map((e) => [e.getAttribute('lang'), text(e)]);
    expect(marked).to.deep.include(['en', 'Lee Chung-hyun']);
    expect(marked.some(([, t]) => t === 'Byun Seung-min')).to.equal(false);
  });

  it('follows the page when its lang changes', async () => {
    const el = await infobox('en');
    el.parentElement!.setAttribute('lang', 'ko');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(text(shadow(el).querySelector('.title'))).to.equal('발레리나');
  });

  it('the cast list marks a Korean character name inside an English page', async () => {
    const wrapper = await fixture(html`<div lang="en"><cast-list></cast-list></div>`);
    const el = wrapper.querySelector('cast-list')!;
    el.film = { ...film, cast: [{ actor: { ko: '전종서' }, character: { en: 'Jang Ok-ju', ko: '장옥주' } }] };
    await settled(el, 'ready');
    const actor = shadow(el).querySelector('[part="actor"]')!;
    const character = shadow(el).querySelector('[part="character"]')!;
    expect([actor.getAttribute('lang'), text(actor)]).to.deep.equal(['ko', '전종서']);
    expect([character.getAttribute('lang'), text(character)]).to.deep.equal([null, 'Jang Ok-ju']);
  });
});
