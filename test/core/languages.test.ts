// The interface in eight languages: each element's labels in each, counted words by each
// language's plural rules, right to left in Arabic, and tables fetched only by the pages that
// speak them. The first test runs before any table is fetched in this file's page.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { FilmElement } from '../../src/core/film-element.js';
import type { FilmInput } from '../../src/model/types.js';
import { loadStrings, stringsFor, stringsPending } from '../../src/core/strings/index.js';
import { directionOf } from '../../src/core/lang-watch.js';
import { fixture, html, loadBallerina, rows, settled, text, waitUntil } from '../helpers.js';

const tables = /\/strings\/(ko|ja|zh|es|fr|de|ar)\.(ts|js)\b/;
const fetchedTables = () => performance.getEntriesByType('resource').map((e) => e.name).filter((name) => tables.test(name));

/** Renders `tag` inside a block with `lang` (and `dir`, when given), as a page would. */
async function place(tag: string, lang: string, film: FilmInput, attrs: Record<string, string> = {}, dir?: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${dir ?? ''}></div>`);
  if (!dir) wrapper.removeAttribute('dir');
  const el = document.createElement(tag) as FilmElement;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.film = film;
  wrapper.append(el);
  await settled(el, 'ready');
  return el;
}

const LANGS = ['en', 'ko', 'ja', 'zh', 'es', 'fr', 'de', 'ar'] as const;
type Lang = (typeof LANGS)[number];

/** One label per element per language, as each language's encyclopedia or usage words it. */
const LABELS: Record<string, { attrs?: Record<string, string>; words: Record<Lang, string> }> = {
  'film-infobox': { words: { en: 'Directed by', ko: '감독', ja: '監督', zh: '导演', es: 'Dirección', fr: 'Réalisation', de: 'Regie', ar: 'إخراج' } },
  'cast-list': { words: { en: 'Cast', ko: '출연진', ja: 'キャスト', zh: '演员表', es: 'Reparto', fr: 'Distribution', de: 'Besetzung', ar: 'طاقم التمثيل' } },
  'film-plot': { words: { en: 'Plot', ko: '줄거리', ja: 'あらすじ', zh: '剧情', es: 'Argumento', fr: 'Synopsis', de: 'Handlung', ar: 'القصة' } },
  'content-advisory': { words: { en: 'Content rating', ko: '관람 등급', ja: 'レーティング', zh: '分级', es: 'Clasificación por edades', fr: 'Classification', de: 'Altersfreigabe', ar: 'التصنيف العمري' } },
  'accolade-table': { words: { en: 'Award', ko: '시상식', ja: '賞', zh: '奖项', es: 'Premio', fr: 'Récompense', de: 'Preis', ar: 'الجائزة' } },
  'film-scores': { words: { en: 'Critics', ko: '평단의 평가', ja: '批評家', zh: '影评人', es: 'Crítica', fr: 'Critique', de: 'Kritik', ar: 'النقّاد' } },
  'film-timeline': { words: { en: 'Production and release', ko: '제작 및 공개', ja: '製作と公開', zh: '制作与上映', es: 'Producción y estreno', fr: 'Production et sortie', de: 'Produktion und Veröffentlichung', ar: 'الإنتاج والصدور' } },
  'review-card': { attrs: { review: 'blog-review' }, words: { en: 'Verdict', ko: '총평', ja: '総評', zh: '总评', es: 'Veredicto', fr: 'Verdict', de: 'Fazit', ar: 'الحكم' } },
  'film-card': { words: { en: 'Directed by Lee Chung-hyun', ko: 'Lee Chung-hyun 감독', ja: '監督：Lee Chung-hyun', zh: '导演：Lee Chung-hyun', es: 'Dirigida por Lee Chung-hyun', fr: 'Réalisé par Lee Chung-hyun', de: 'Regie: Lee Chung-hyun', ar: 'إخراج Lee Chung-hyun' } },
  'film-hatnote': { words: { en: 'This article is about the', ko: '이 문서는', ja: 'この記事は', zh: '本文介绍的是', es: 'Este artículo trata sobre la película', fr: 'Cet article concerne le film', de: 'Dieser Artikel behandelt den Film', ar: 'هذه المقالة عن الفيلم' } },
};

describe('Interface languages', () => {
  it('an English page fetches no other language’s table', async () => {
    const el = await place('film-infobox', 'en', { title: 'Ballerina', runtime: 93 });
    expect(rows(el)).to.deep.equal([['Running time', '93 minutes']]);
    expect(fetchedTables()).to.deep.equal([]);
  });

  it('fetches only the table of the language a page speaks', async () => {
    const el = await place('film-infobox', 'de', { title: 'Ballerina', runtime: 93 });
    expect(rows(el)).to.deep.equal([['Länge', '93 Minuten']]);
    expect(fetchedTables().map((name) => tables.exec(name)![1])).to.deep.equal(['de']);
  });

  it('says loading in the page’s language while its table arrives', async () => {
    const pending = stringsPending('ar-EG');
    expect(pending?.loading).to.equal('جارٍ تحميل معلومات الفيلم…');
    const el = document.createElement('film-infobox') as FilmElement;
    el.setAttribute('lang', 'ar');
    el.film = { title: 'Ballerina', runtime: 93 };
    document.body.append(el);
    try {
      await el.updateComplete.then(() => undefined, () => undefined);
      await settled(el, 'ready');
      expect(rows(el)).to.deep.equal([['مدة العرض', new Intl.NumberFormat('ar', { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(93)]]);
    } finally {
      el.remove();
    }
  });

  for (const [tag, { attrs, words }] of Object.entries(LABELS)) {
    it(`<${tag}> speaks each language`, async () => {
      const film = await loadBallerina();
      for (const lang of LANGS) {
        const el = await place(tag, lang, film, attrs);
        expect(text(el.shadowRoot), `${tag} in ${lang}`).to.include(words[lang]);
      }
    });
  }

  it('labels the infobox’s rows in each encyclopedia’s words', async () => {
    const film: FilmInput = { title: 'Ballerina', credits: { directors: ['Lee Chung-hyun'], writers: ['Lee Chung-hyun'] }, runtime: 93, budget: { amount: 1000000, currency: 'USD' } };
    const expected: Partial<Record<Lang, string[]>> = {
      ja: ['監督', '脚本', '上映時間', '製作費'],
      zh: ['导演', '编剧', '片长', '成本'],
      es: ['Dirección', 'Guion', 'Duración', 'Presupuesto'],
      fr: ['Réalisation', 'Scénario', 'Durée', 'Budget'],
      de: ['Regie', 'Drehbuch', 'Länge', 'Budget'],
      ar: ['إخراج', 'سيناريو', 'مدة العرض', 'الميزانية'],
    };
    for (const [lang, labels] of Object.entries(expected)) {
      const el = await place('film-infobox', lang, film);
      expect(rows(el).map(([label]) => label), lang).to.deep.equal(labels);
    }
  });

  it('writes runtimes, money and dates through Intl in each language', async () => {
    const film: FilmInput = { title: 'Ballerina', runtime: 93, budget: { amount: 1000000, currency: 'USD' } };
    for (const lang of ['ja', 'ar', 'fr'] as const) {
      const el = await place('film-infobox', lang, film);
      // A whole amount, written without cents.
      const money = new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(1000000).replace(/\s+/g, ' ');
      expect(rows(el)[1]![1], lang).to.equal(money);
    }
    const ja = await place('film-infobox', 'ja', film);
    // Minutes, the unit right after the number, as Japanese Wikipedia's film infobox writes them.
    expect(rows(ja)[0]![1]).to.equal('93分');
    for (const [lang, runtime] of [['zh', '93分钟'], ['de', '93 Minuten'], ['es', '93 minutos']]) {
      expect(rows(await place('film-infobox', lang!, film))[0]![1], lang).to.equal(runtime);
    }
    const ar = await place('film-infobox', 'ar', film);
    expect(rows(ar)[0]![1]).to.equal(new Intl.NumberFormat('ar', { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(93));
  });

  it('counts reviews in Arabic with its six plural forms', async () => {
    const ar = (n: number) => new Intl.NumberFormat('ar').format(n);
    const said: [number, string][] = [
      [0, 'لا مراجعات'], [1, 'مراجعة واحدة'], [2, 'مراجعتان'],
      [3, `${ar(3)} مراجعات`], [10, `${ar(10)} مراجعات`], [11, `${ar(11)} مراجعة`], [99, `${ar(99)} مراجعة`], [100, `${ar(100)} مراجعة`],
    ];
    for (const [n, words] of said) {
      const el = await place('film-scores', 'ar', { title: 'Ballerina', scores: [{ source: 'Rotten Tomatoes', value: 91, best: 100, unit: 'percent', count: n }] });
      expect(text(el.shadowRoot), `${n} reviews`).to.include(words);
    }
    const s = stringsFor('ar');
    expect([1, 2, 3, 11, 100].map((n) => s.reviewReaderRatings(n)))
      .to.deep.equal(['تقييم واحد', 'تقييمان', `${ar(3)} تقييمات`, `${ar(11)} تقييمًا`, `${ar(100)} تقييم`]);
  });

  it('counts in Korean and Japanese with one form, and in French with 0 and 1 singular', async () => {
    await Promise.all(['ko', 'ja', 'fr'].map(loadStrings));
    expect([1, 2, 11].map((n) => stringsFor('ko').scoresReviews(n))).to.deep.equal(['리뷰 1편', '리뷰 2편', '리뷰 11편']);
    expect([1, 2, 11].map((n) => stringsFor('ja').scoresReviews(n))).to.deep.equal(['レビュー1件', 'レビュー2件', 'レビュー11件']);
    expect([0, 1, 2].map((n) => stringsFor('fr').scoresReviews(n))).to.deep.equal(['0 critique', '1 critique', '2 critiques']);
  });

  it('gives traditional-script Chinese English rather than simplified labels', async () => {
    await loadStrings('zh');
    expect(stringsFor('zh-CN').directors).to.equal('导演');
    expect(stringsFor('zh-Hans').directors).to.equal('导演');
    expect(stringsFor('zh-SG').directors).to.equal('导演');
    for (const tag of ['zh-TW', 'zh-Hant', 'zh-HK', 'zh-Hant-TW']) expect(stringsFor(tag).directors, tag).to.equal('Directed by');
  });

});

describe('Right to left', () => {
  it('knows which languages are written right to left, with or without a region or script', () => {
    const rtl = ['ar', 'ar-EG', 'he', 'iw', 'fa', 'ur', 'ps', 'ckb', 'ug', 'yi', 'dv', 'sd', 'pa-PK', 'az-IR', 'uz-AF', 'ms-Arab', 'en-Arab'];
    const ltr = ['en', 'en-GB', 'ko', 'ja', 'zh-Hant', 'es', 'fr', 'de', 'pa', 'az', 'ku', 'ar-Latn', 'xx', 'not a tag!'];
    expect(rtl.filter((tag) => directionOf(tag) !== 'rtl'), 'read as left to right').to.deep.equal([]);
    expect(ltr.filter((tag) => directionOf(tag) !== 'ltr'), 'read as right to left').to.deep.equal([]);
  });

  it('lays out an Arabic element right to left when the page sets no dir', async () => {
    const el = await place('film-infobox', 'ar', { title: 'Ballerina', credits: { directors: ['Lee Chung-hyun'] }, runtime: 93 }, { style: 'width: 600px' });
    expect(el.getAttribute('dir')).to.equal('rtl');
    const base = el.shadowRoot!.querySelector('.base')!;
    expect(getComputedStyle(base).direction).to.equal('rtl');
    // The label column sits on the right of its value, as in Arabic Wikipedia's infobox.
    const row = el.shadowRoot!.querySelector('.row')!;
    const [dt, dd] = [row.querySelector('dt')!.getBoundingClientRect(), row.querySelector('dd')!.getBoundingClientRect()];
    expect(dt.left).to.be.greaterThan(dd.right - 1);
    expect(dt.right).to.be.closeTo(base.getBoundingClientRect().right, 20);
  });

  it('keeps the labels on the left in a left-to-right language', async () => {
    const el = await place('film-infobox', 'en', { title: 'Ballerina', runtime: 93 }, { style: 'width: 600px' });
    expect(el.hasAttribute('dir')).to.equal(false);
    const row = el.shadowRoot!.querySelector('.row')!;
    expect(row.querySelector('dt')!.getBoundingClientRect().right).to.be.lessThan(row.querySelector('dd')!.getBoundingClientRect().left + 1);
  });

  it('follows the page’s dir over the language, and the author’s dir on the element', async () => {
    const ltr = await place('film-infobox', 'ar', { title: 'Ballerina', runtime: 93 }, {}, 'ltr');
    expect(ltr.hasAttribute('dir')).to.equal(false);
    expect(getComputedStyle(ltr.shadowRoot!.querySelector('.base')!).direction).to.equal('ltr');
    const hebrewPage = await place('film-card', 'en', { title: 'Ballerina' }, {}, 'rtl');
    expect(getComputedStyle(hebrewPage.shadowRoot!.querySelector('.base')!).direction).to.equal('rtl');
    const own = await place('film-card', 'ar', { title: 'Ballerina' }, { dir: 'ltr' });
    expect(own.getAttribute('dir')).to.equal('ltr');
  });

  it('turns with the language: Arabic to English and back', async () => {
    const el = await place('film-plot', 'ar', { title: 'Ballerina', plot: { logline: 'A bodyguard seeks revenge.' } });
    const wrapper = el.parentElement!;
    expect(el.getAttribute('dir')).to.equal('rtl');
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => !el.hasAttribute('dir'), 'dir removed with the Arabic');
    wrapper.setAttribute('lang', 'ar');
    await waitUntil(() => el.getAttribute('dir') === 'rtl', 'dir back with the Arabic');
    wrapper.setAttribute('dir', 'ltr');
    await waitUntil(() => !el.hasAttribute('dir'), 'the page’s own dir wins');
  });

  it('in Arabic, ArrowLeft moves to the next footnote marker, as the text runs', async () => {
    const film: FilmInput = {
      title: 'Ballerina', runtime: 93, credits: { directors: [{ name: 'Lee Chung-hyun', sources: ['a'] }], writers: [{ name: 'Lee Chung-hyun', sources: ['b'] }] },
      sources: [{ id: 'a', title: 'Encyclopedia' }, { id: 'b', title: 'Preview' }],
    } as FilmInput;
    const el = await place('film-infobox', 'ar', film, { style: 'width: 600px' });
    const markers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('a.ref')];
    expect(markers.length).to.be.greaterThan(1);
    markers[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.shadowRoot!.activeElement).to.equal(markers[1]);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(markers[0]);
  });

  it('mirrors the meters and puts footnote markers after the text, on its left', async () => {
    const el = await place('film-infobox', 'ar', { title: 'Ballerina', runtime: 93, sources: [{ id: 'a', title: 'Encyclopedia' }], credits: { directors: [{ name: 'Lee Chung-hyun', sources: ['a'] }] } } as FilmInput, { style: 'width: 600px' });
    const marker = el.shadowRoot!.querySelector('.refs')!;
    const name = [...marker.parentElement!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('Lee'))!;
    const words = document.createRange();
    words.selectNodeContents(name);
    // The marker follows the name in reading order, so it sits at the name's left end.
    expect(marker.getBoundingClientRect().right).to.be.closeTo(words.getBoundingClientRect().left, 4);
    const card = await place('review-card', 'ar', { title: 'Ballerina', reviews: [{ outlet: 'Outlet', rating: { value: 3, best: 5 }, quote: 'A quote.' }] } as FilmInput);
    const stars = card.shadowRoot!.querySelector('.stars')!;
    expect(getComputedStyle(stars).transform).to.not.equal('none');
  });
});
