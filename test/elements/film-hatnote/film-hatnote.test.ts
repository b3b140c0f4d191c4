import type { FilmData } from '../../../src/model/types.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/film-hatnote.js';
import type { FilmHatnote } from '../../../src/elements/film-hatnote/film-hatnote.js';
import { fixture, html, loadBallerina, settled, shadow, text } from '../../helpers.js';

const base = (el: Element) => shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
const links = (el: Element) => [...shadow(el).querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]);

async function hatnote(film: FilmData, lang = 'en'): Promise<FilmHatnote> {
  const host = await fixture(html`<div lang=${lang}><film-hatnote></film-hatnote></div>`);
  const el = host.querySelector('film-hatnote')!;
  el.film = film;
  return settled(el, 'ready');
}

const three = {
  title: 'Ballerina',
  year: 2023,
  countries: ['KR'],
  otherFilms: [
    { title: 'Ballerina', year: 2025, url: 'https://en.wikipedia.org/wiki/Ballerina_(2025_film)' },
    { title: 'Ballerina', year: 1950, url: 'https://films.example/ballerina-1950' },
    { title: 'Ballerina' },
  ],
};

describe('<film-hatnote>', () => {
  it('tells Ballerina (2023) from the 2025 film, as a note', async () => {
    const el = await hatnote(await loadBallerina());
    expect(text(base(el))).to.equal(
      'This article is about the 2023 film from South Korea. For the 2025 film of the same name, see Ballerina (2025 film).');
    expect(base(el).getAttribute('role')).to.equal('note');
    expect(base(el).hidden).to.equal(false);
    // The data gives the other film no URL: it is named, not linked.
    expect(shadow(el).querySelector('a')).to.equal(null);
    expect(text(shadow(el).querySelector('.name'))).to.equal('Ballerina (2025 film)');
    await expect(el).to.be.accessible();
  });

  it('is an italic, indented line without a border', async () => {
    const el = await hatnote(await loadBallerina());
    const style = getComputedStyle(base(el));
    expect(style.fontStyle).to.equal('italic');
    expect(style.borderTopStyle).to.equal('none');
    expect(style.borderLeftStyle).to.equal('none');
    // Indented by 1.6em of its own text, which follows the reader's default size (16 px here).
    expect(parseFloat(style.fontSize)).to.equal(16);
    expect(parseFloat(style.paddingLeft)).to.be.closeTo(1.6 * 16, 0.5);
  });

  it('speaks Korean, naming the country in Korean', async () => {
    const el = await hatnote(await loadBallerina(), 'ko');
    expect(text(base(el))).to.equal(
      '이 문서는 2023년 대한민국 영화에 관한 것입니다. 같은 제목의 2025년 영화에 대해서는 Ballerina (2025년 영화) 문서를 참고하십시오.');
    expect(base(el).getAttribute('lang')).to.equal('ko');
    expect(getComputedStyle(base(el)).fontStyle).to.equal('normal');
    await expect(el).to.be.accessible();
  });

  it('leaves out, in Korean, a country written as an English name', async () => {
    const film = { title: 'Ballerina', year: 2023, countries: ['South Korea'], otherFilms: [{ title: 'Ballerina', year: 2025 }] };
    expect(text(base(await hatnote(film, 'ko')))).to.equal(
      '이 문서는 2023년 영화에 관한 것입니다. 같은 제목의 2025년 영화에 대해서는 Ballerina (2025년 영화) 문서를 참고하십시오.');
  });

  it('names countries given as codes in the reader’s language', async () => {
    const film = { title: 'Ballerina', year: 2023, countries: ['KR'], otherFilms: [{ title: 'Ballerina', year: 2025 }] };
    expect(text(base(await hatnote(film, 'ko')))).to.equal(
      '이 문서는 2023년 대한민국 영화에 관한 것입니다. 같은 제목의 2025년 영화에 대해서는 Ballerina (2025년 영화) 문서를 참고하십시오.');
    expect(text(base(await hatnote(film, 'en')))).to.equal(
      'This article is about the 2023 film from South Korea. For the 2025 film of the same name, see Ballerina (2025 film).');
  });

  it('leaves all countries out in Korean when one of them is not a code', async () => {
    const film = { title: 'X', countries: ['KR', 'France'], otherFilms: [{ title: 'X', year: 2001 }] };
    expect(text(base(await hatnote(film, 'ko')))).to.equal('같은 제목의 2001년 영화에 대해서는 X (2001년 영화) 문서를 참고하십시오.');
    expect(text(base(await hatnote(film, 'en')))).to.equal(
      'This article is about the film from South Korea and France. For the 2001 film of the same name, see X (2001 film).');
  });

  it('lists several other films with the language’s list words, linking those with a URL', async () => {
    const el = await hatnote(three);
    expect(text(base(el))).to.equal('This article is about the 2023 film from South Korea. For other films of the same name, '
      + 'see Ballerina (2025 film), Ballerina (1950 film), and Ballerina.');
    expect(links(el)).to.deep.equal([
      ['Ballerina (2025 film)', 'https://en.wikipedia.org/wiki/Ballerina_(2025_film)'],
      ['Ballerina (1950 film)', 'https://films.example/ballerina-1950'],
    ]);
    await expect(el).to.be.accessible();

    const ko = await hatnote(three, 'ko');
    expect(text(base(ko))).to.equal('이 문서는 2023년 대한민국 영화에 관한 것입니다. 같은 제목의 다른 영화에 대해서는 '
      + 'Ballerina (2025년 영화), Ballerina (1950년 영화) 및 Ballerina 문서를 참고하십시오.');
    expect(shadow(ko).querySelectorAll('a')).to.have.length(2);
    await expect(ko).to.be.accessible();
  });

  it('reaches each link with the keyboard', async () => {
    const host = await fixture(html`<div><button>before</button><film-hatnote></film-hatnote></div>`);
    const el = host.querySelector('film-hatnote')!;
    el.film = three;
    await settled(el, 'ready');
    host.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(text(shadow(el).activeElement)).to.equal('Ballerina (2025 film)');
    await sendKeys({ press: 'Tab' });
    expect(text(shadow(el).activeElement)).to.equal('Ballerina (1950 film)');
  });

  it('says only where the other film is when it knows neither year nor country', async () => {
    const el = await hatnote({ title: 'Ballerina', otherFilms: [{ title: 'Ballerina', url: 'https://films.example/b' }] });
    expect(text(base(el))).to.equal('For the other film of the same name, see Ballerina.');
    expect(links(el)).to.deep.equal([['Ballerina', 'https://films.example/b']]);
    const ko = await hatnote({ title: 'Ballerina', otherFilms: [{ title: 'Ballerina' }] }, 'ko');
    expect(text(base(ko))).to.equal('같은 제목의 다른 영화에 대해서는 Ballerina 문서를 참고하십시오.');
  });

  it('shows nothing, and takes no space, when there is nothing to disambiguate', async () => {
    const film = await loadBallerina();
    delete film['otherFilms'];
    const el = await hatnote(film);
    expect(base(el).hidden).to.equal(true);
    expect(base(el).getAttribute('role')).to.equal(null);
    expect(text(base(el))).to.equal('');
    expect(getComputedStyle(base(el)).display).to.equal('none');
    expect(el.getBoundingClientRect().height).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('renders hostile text as text and drops an unsafe link', async () => {
    const bad = '<img src=x onerror=alert(1)>';
    const el = await hatnote({
      title: bad, year: 2020, countries: [bad],
      otherFilms: [{ title: bad, year: 2021, url: 'javascript:alert(1)' }],
    });
    expect(text(base(el))).to.equal(`This article is about the 2020 film from ${bad}. For the 2021 film of the same name, see ${bad} (2021 film).`);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('a')).to.equal(null);
  });

  it('has no heading, whatever heading-level says', async () => {
    for (const lang of ['en', 'ko']) {
      const el = await hatnote(three, lang);
      el.setAttribute('heading-level', '3');
      await el.updateComplete;
      expect(text(base(el))).to.not.equal('');
      expect(shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')).to.have.length(0);
    }
  });
});
