import { expect } from '@open-wc/testing';
import '../../../src/define/film-infobox.js';
import type { FilmInfobox } from '../../../src/elements/film-infobox/film-infobox.js';
import { parseFilm, toJsonLd } from '../../../src/model/index.js';
import { fixture, html, loadBallerina, rows, settled, shadow, text } from '../../helpers.js';

async function infobox(film: unknown, attrs: { fields?: string; lang?: string } = {}) {
  const host = await fixture(html`<div lang=${attrs.lang ?? 'en'}><film-infobox fields=${attrs.fields ?? ''} .film=${film}></film-infobox></div>`);
  return settled(host.querySelector('film-infobox') as FilmInfobox, 'ready');
}

/** Each row's label and its items (list entries, or the one value), footnote markers removed. */
const items = (el: Element) =>
  [...shadow(el).querySelectorAll('.row')].map((row) => {
    const lis = [...row.querySelectorAll('dd li')];
    const values = lis.length ? lis : [row.querySelector('dd')!];
    return [text(row.querySelector('dt')), ...values.map((v) => text(v).replace(/\s*\[\d+\]/g, ''))];
  });

const BALLERINA = [
  ['Directed by', 'Lee Chung-hyun'],
  ['Produced by', 'Byun Seung-min'],
  ['Written by', 'Lee Chung-hyun'],
  ['Screenplay by', 'Lee Chung-hyun'],
  ['Starring', 'Jeon Jong-seo', 'Kim Ji-hoon', 'Park Yu-rim'],
  ['Music by', 'Gray'],
  ['Cinematography', 'Cho Young-jik'],
  ['Edited by', 'Cho Han-ul'],
  ['Production company', 'Climax Studio'],
  ['Distributed by', 'Netflix'],
  ['Release dates',
    "October 5, 2023 (28th Busan International Film Festival) premiere, in the 'Korean Cinema Today – Special Premiere' section",
    'October 6, 2023 (Netflix) streaming, worldwide',
    'October 6, 2023 (Netflix, United Kingdom) streaming'],
  ['Running time', '93 minutes', '92 minutes in another source'],
  ['Country', 'South Korea'],
  ['Language', 'Korean'],
];

const poster = {
  title: 'Poster Film',
  originalTitle: { text: '포스터 영화', lang: 'ko' },
  poster: { src: '/poster.jpg', alt: 'A dancer in the rain', caption: 'Theatrical poster', width: 200, height: 300 },
  credits: { directors: [{ name: 'Linked Person', url: 'https://example.com/person' }, { name: 'Bad Link', url: 'javascript:alert(1)' }] },
};

describe('<film-infobox> with the Ballerina data', () => {
  it('shows the encyclopedia rows in order, with their real texts', async () => {
    const el = await infobox(await loadBallerina());
    expect(text(shadow(el).querySelector('.title'))).to.equal('Ballerina');
    expect(items(el)).to.deep.equal(BALLERINA);
    const starring = shadow(el).querySelectorAll('.row')[4];
    expect(starring.querySelectorAll('dd > ul > li')).to.have.length(3, 'several values are a real list');
  });

  it('numbers its sources and moves focus to one when its marker is followed', async () => {
    const el = await infobox(await loadBallerina());
    const items = [...shadow(el).querySelectorAll('.sources li')];
    expect(items.length).to.be.greaterThan(1);
    const marker = shadow(el).querySelector<HTMLAnchorElement>('a.ref')!;
    expect(marker.getAttribute('aria-label')).to.equal('Source 1');
    marker.click();
    expect(shadow(el).activeElement).to.equal(items[0]);
  });

  it('shows both runtimes where sources disagree', async () => {
    const el = await infobox(await loadBallerina(), { fields: 'runtime' });
    expect(rows(el)).to.have.length(1);
    const runtime = [...shadow(el).querySelectorAll('dd li')].map(text);
    expect(runtime).to.deep.equal(['93 minutes[1][2]', '92 minutes in another source[3]']);
    // Only the sources the shown rows cite are listed, numbered as they first appear.
    expect([...shadow(el).querySelectorAll('.sources li')].map(text)).to.deep.equal([
      'Ballerina (2023 film)', 'Ballerina (2023) – Overview',
      'There’s a Better ‘Ballerina’ Hiding on Netflix and It’s Much More Powerful Than the Ana de Armas Flick, June 26, 2025']);
  });

  it('shows the same rows from the film written as schema.org JSON-LD', async () => {
    const el = await infobox(toJsonLd(parseFilm(await loadBallerina()).film));
    // JSON-LD holds no screenplay credit, top billing, cinematography or second runtime.
    expect(items(el)).to.deep.equal([
      ['Directed by', 'Lee Chung-hyun'],
      ['Produced by', 'Byun Seung-min'],
      ['Written by', 'Lee Chung-hyun'],
      ['Starring', 'Jeon Jong-seo', 'Kim Ji-hoon', 'Park Yu-rim', 'Shin Se-hwi', 'Park Hyung-soo', 'Kim Mu-yeol',
        'Jang Yoon-ju', 'Kim Young-ok', 'Joo Hyun', 'Park Hyoung-soo'],
      ['Music by', 'Gray'],
      ['Edited by', 'Cho Han-ul'],
      ['Production company', 'Climax Studio'],
      ['Distributed by', 'Netflix'],
      ['Release dates',
        "October 5, 2023 (28th Busan International Film Festival) premiere, in the 'Korean Cinema Today – Special Premiere' section",
        'October 6, 2023 (Netflix) streaming, worldwide',
        'October 6, 2023 (Netflix, United Kingdom) streaming'],
      ['Running time', '93 minutes'],
      ['Country', 'South Korea'],
      ['Language', 'Korean'],
    ]);
  });

  it('speaks Korean under lang="ko"', async () => {
    const el = await infobox(await loadBallerina(), { lang: 'ko' });
    expect(items(el)).to.deep.equal([
      ['감독', 'Lee Chung-hyun'], ['제작', 'Byun Seung-min'], ['각본', 'Lee Chung-hyun'], ['각색', 'Lee Chung-hyun'],
      ['출연', 'Jeon Jong-seo', 'Kim Ji-hoon', 'Park Yu-rim'], ['음악', 'Gray'], ['촬영', 'Cho Young-jik'],
      ['편집', 'Cho Han-ul'], ['제작사', 'Climax Studio'], ['배급사', 'Netflix'],
      ['개봉일',
        "2023년 10월 5일 (28th Busan International Film Festival) premiere, in the 'Korean Cinema Today – Special Premiere' section",
        '2023년 10월 6일 (Netflix) streaming, worldwide',
        '2023년 10월 6일 (Netflix, United Kingdom) streaming'],
      ['상영 시간', '1시간 33분', '다른 출처: 1시간 32분'],
      ['국가', '대한민국'], ['언어', '한국어'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('has no accessibility violations', async () => {
    const el = await infobox(await loadBallerina());
    expect(shadow(el).querySelector('section')!.getAttribute('aria-label')).to.equal('Ballerina: film information');
    await expect(el).to.be.accessible();
  });
});

describe('<film-infobox> fields', () => {
  it('picks and orders rows, accepting singular, plural and unknown names', async () => {
    const film = await loadBallerina();
    const el = await infobox(film, { fields: 'runtime, directors,starring,nonsense,runtime' });
    expect(rows(el).map(([label]) => label)).to.deep.equal(['Running time', 'Directed by', 'Starring']);
  });

  it('leaves out rows with no data, never showing them empty', async () => {
    const el = await infobox({ title: 'Sparse', runtime: 80 }, { fields: 'director,runtime,budget' });
    expect(rows(el)).to.deep.equal([['Running time', '80 minutes']]);
  });
});

describe('<film-infobox> titles, poster and links', () => {
  it('shows the original title with its language and a lazy poster with alt text', async () => {
    const el = await infobox(poster);
    const original = shadow(el).querySelector('[part="original-title"]')!;
    expect(text(original)).to.equal('Korean 포스터 영화');
    expect(original.querySelector('[lang="ko"]')!.textContent).to.equal('포스터 영화');
    const img = shadow(el).querySelector('img')!;
    expect(img.getAttribute('alt')).to.equal('A dancer in the rain');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(text(shadow(el).querySelector('figcaption'))).to.equal('Theatrical poster');
    await expect(el).to.be.accessible({ ignoredRules: ['image-redundant-alt'] });
  });

  it('has no image at all when there is no poster', async () => {
    const el = await infobox({ title: 'No Poster', runtime: 90 });
    expect(shadow(el).querySelector('img, figure')).to.equal(null);
  });

  it('links a person only through a safe URL', async () => {
    const el = await infobox(poster);
    const links = [...shadow(el).querySelectorAll('dd a')];
    expect(links.map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([['Linked Person', 'https://example.com/person']]);
    expect(items(el)[0]).to.deep.equal(['Directed by', 'Linked Person', 'Bad Link']);
  });

  it('renders hostile text as text', async () => {
    const attack = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = await infobox({ title: attack, credits: { directors: [attack] } });
    expect(text(shadow(el).querySelector('.title'))).to.equal(attack);
    expect(shadow(el).querySelectorAll('img, script')).to.have.length(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
