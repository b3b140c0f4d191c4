import type { FilmData } from '../../../src/model/types.js';
import { expect } from '@open-wc/testing';
import '../../../src/define/film-infobox.js';
import type { FilmInfobox } from '../../../src/elements/film-infobox/film-infobox.js';
import { parseFilm, toJsonLd } from '../../../src/model/index.js';
import { fixture, html, loadBallerina, rows, settled, shadow, text, waitUntil } from '../../helpers.js';

async function infobox(film: FilmData, attrs: { fields?: string; lang?: string } = {}) {
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
  poster: { src: '/mock/poster.png', alt: 'A dancer in the rain', caption: 'Theatrical poster', width: 200, height: 300 },
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
      ['상영 시간', '93분', '다른 출처: 92분'],
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

/**
 * A film as the importer writes an article from Wikipedia: the article backs every fact, and a
 * few facts cite a source of their own as well.
 */
const imported = {
  title: 'Parasite',
  sources: [
    { id: 'wikipedia', title: 'Parasite – Wikipedia', kind: 'encyclopedia', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Parasite_(2019_film)' },
    { id: 'bbfc', title: 'Parasite (15)', publisher: 'British Board of Film Classification' },
    { id: 'bom', title: 'Parasite (2019)', publisher: 'Box Office Mojo' },
  ],
  credits: {
    directors: [{ name: 'Bong Joon-ho', sources: ['wikipedia'] }],
    writers: [{ name: 'Bong Joon-ho', sources: ['wikipedia'] }, { name: 'Han Jin-won', sources: ['wikipedia'] }],
    starring: ['Song Kang-ho', 'Lee Sun-kyun', 'Cho Yeo-jeong', 'Choi Woo-shik'].map((name) => ({ name, sources: ['wikipedia'] })),
    music: [{ name: 'Jung Jae-il', sources: ['wikipedia'] }],
  },
  companies: { production: [{ name: 'Barunson E&A', sources: ['wikipedia'] }], distributors: [{ name: 'CJ Entertainment', sources: ['wikipedia'] }] },
  releases: [{ date: '2019-05-21', place: 'Cannes', sources: ['wikipedia'] }, { date: '2019-05-30', place: 'South Korea', sources: ['wikipedia'] }],
  runtime: [{ value: 132, sources: ['wikipedia', 'bbfc'] }],
  budget: { amount: 15_500_000_000, currency: 'KRW', sources: ['wikipedia'] },
  boxOffice: { amount: 262_100_000, currency: 'USD', note: 'worldwide', sources: ['wikipedia', 'bom'] },
};

describe('<film-infobox> one source behind every fact', () => {
  const markers = (el: Element) => [...shadow(el).querySelectorAll('a.ref')].map((a) => [text(a), a.getAttribute('title')]);

  it('names it once in the sources line and marks only the facts another source backs', async () => {
    const el = await infobox(imported);
    const [mainLine] = shadow(el).querySelectorAll('[part="sources"] .main-source');
    expect(text(mainLine)).to.equal('Main source: Parasite – Wikipedia');
    expect(mainLine!.querySelector('a')!.getAttribute('href')).to.equal('https://en.wikipedia.org/wiki/Parasite_(2019_film)');
    expect(markers(el)).to.deep.equal([['[1]', 'Parasite (15)'], ['[2]', 'Parasite (2019)']]);
    expect(rows(el).find(([label]) => label === 'Running time')).to.deep.equal(['Running time', '132 minutes[1]']);
    expect(rows(el).find(([label]) => label === 'Directed by')).to.deep.equal(['Directed by', 'Bong Joon-ho']);
    expect([...shadow(el).querySelectorAll('.sources li')].map(text)).to.deep.equal([
      'Parasite (15), British Board of Film Classification', 'Parasite (2019), Box Office Mojo']);
    await expect(el).to.be.accessible();
    const ko = await infobox(imported, { lang: 'ko' });
    expect(text(shadow(ko).querySelector('.main-source'))).to.equal('주 출처: Parasite – Wikipedia');
    expect([...shadow(ko).querySelectorAll('a.ref')].map((a) => a.getAttribute('aria-label'))).to.deep.equal(['출처 1', '출처 2']);
    expect(rows(ko).find(([label]) => label === '흥행 수입')).to.deep.equal(['흥행 수입', 'US$262,100,000 (worldwide)[2]']);
    await expect(ko).to.be.accessible();
  });

  it('has no marker and no numbered list when that source backs every fact alone', async () => {
    const alone = { ...imported, runtime: [{ value: 132, sources: ['wikipedia'] }], boxOffice: { ...imported.boxOffice, sources: ['wikipedia'] } };
    const el = await infobox(alone);
    expect(shadow(el).querySelectorAll('a.ref, .ref-hint, .sources ol, .sources-title')).to.have.length(0);
    expect(text(shadow(el).querySelector('[part="sources"]'))).to.equal('Source: Parasite – Wikipedia');
    await expect(el).to.be.accessible();
    const ko = await infobox(alone, { lang: 'ko' });
    expect(shadow(ko).querySelectorAll('a.ref')).to.have.length(0);
    expect(text(shadow(ko).querySelector('[part="sources"]'))).to.equal('출처: Parasite – Wikipedia');
    expect(rows(ko).find(([label]) => label === '상영 시간')).to.deep.equal(['상영 시간', '132분']);
    await expect(ko).to.be.accessible();
  });

  it('marks every source of a fact the sources disagree on, the main one too', async () => {
    const disputed = { ...imported, runtime: [{ value: 132, sources: ['wikipedia'] }, { value: 131, sources: ['bbfc'] }] };
    const el = await infobox(disputed);
    const runtime = [...shadow(el).querySelectorAll('.row')].find((row) => text(row.querySelector('dt')) === 'Running time')!;
    expect([...runtime.querySelectorAll('li')].map(text)).to.deep.equal(['132 minutes[1]', '131 minutes in another source[2]']);
    expect([...shadow(el).querySelectorAll('.sources li')].map(text)).to.deep.equal([
      'Parasite – Wikipedia', 'Parasite (15), British Board of Film Classification', 'Parasite (2019), Box Office Mojo']);
    expect(text(shadow(el).querySelector('.main-source'))).to.equal('Main source: Parasite – Wikipedia');
    expect(shadow(el).querySelectorAll('.row a.ref')).to.have.length(3, 'only the runtimes and the box office are marked');
  });

  it('keeps every marker for Ballerina, whose facts several sources back', async () => {
    const el = await infobox(await loadBallerina());
    expect(shadow(el).querySelector('.main-source')).to.equal(null);
    expect([...shadow(el).querySelectorAll('.sources li')].map(text)).to.have.length(4);
    // Every shown fact cites a source, and each is marked.
    const values = [...shadow(el).querySelectorAll('dd li, dd:not(:has(li))')].filter((v) => !v.closest('.row')?.textContent?.match(/Country|Language/));
    for (const value of values) expect(value.querySelector('a.ref'), text(value)).to.not.equal(null);
    const ko = await infobox(await loadBallerina(), { lang: 'ko' });
    expect(shadow(ko).querySelector('.main-source')).to.equal(null);
    expect(shadow(ko).querySelector('a.ref')!.getAttribute('aria-label')).to.equal('출처 1');
  });
});

describe('<film-infobox> amounts', () => {
  it('writes a whole amount without cents, and its note when the data has one', async () => {
    const film = {
      title: 'Sums',
      budget: { amount: 7_563_728, currency: 'USD', note: 'US' },
      boxOffice: { amount: 1_250_000.5, currency: 'USD' },
    };
    const el = await infobox(film);
    expect(rows(el)).to.deep.equal([['Budget', '$7,563,728 (US)'], ['Box office', '$1,250,000.50']]);
    const de = await infobox(film, { lang: 'de' });
    expect(rows(de).map(([, value]) => value!.replace(/\s/g, ' '))).to.deep.equal(['7.563.728 $ (US)', '1.250.000,50 $']);
  });
});

describe('<film-infobox> a poster that does not load', () => {
  it('shows its description in its place, or nothing when it has none', async () => {
    const el = await infobox({ ...poster, poster: { ...poster.poster, src: '/mock/missing.png' } });
    await waitUntil(() => !shadow(el).querySelector('img'), 'the broken image went');
    expect(shadow(el).querySelector('figure')).to.equal(null);
    expect(text(shadow(el).querySelector('[part="poster"]'))).to.equal('A dancer in the rain');
    await expect(el).to.be.accessible();
    const bare = await infobox({ ...poster, poster: { src: '/mock/missing.png', alt: '' } }, { lang: 'ko' });
    await waitUntil(() => !shadow(bare).querySelector('img'), 'the broken image went');
    expect(shadow(bare).querySelector('[part="poster"]')).to.equal(null);
  });

  it('keeps a poster that loads', async () => {
    const el = await infobox(poster);
    const img = shadow(el).querySelector('img')!;
    await waitUntil(() => img.complete, 'the poster loaded');
    await el.updateComplete;
    expect(shadow(el).querySelector('img')).to.equal(img);
    expect(img.naturalWidth).to.be.above(0);
  });
});

describe('<film-infobox> in a row of widgets', () => {
  it('keeps a paragraph\'s margin from its neighbours, which a theme can set to zero', async () => {
    for (const lang of ['en', 'ko']) {
      const host = await fixture(html`<div lang=${lang} style="display: flow-root">
        <film-infobox .film=${{ title: 'A', runtime: 90 }}></film-infobox><film-infobox .film=${{ title: 'B', runtime: 91 }}></film-infobox>
        <film-infobox style="--film-block-margin: 0" .film=${{ title: 'C', runtime: 92 }}></film-infobox></div>`);
      const [a, b, c] = [...host.querySelectorAll('film-infobox')] as FilmInfobox[];
      await Promise.all([a, b, c].map((el) => settled(el!, 'ready')));
      const medium = parseFloat(getComputedStyle(a!).fontSize);
      // One margin between two widgets (they fold, as paragraphs' do), none inside the row's box above the first.
      // Layout units: Firefox's are 1/60 px.
      expect(b!.getBoundingClientRect().top - a!.getBoundingClientRect().bottom, lang).to.be.closeTo(medium, 0.02);
      expect(a!.getBoundingClientRect().top - host.getBoundingClientRect().top).to.be.closeTo(medium, 0.02);
      expect(getComputedStyle(c!).marginBlockStart).to.equal('0px');
      expect(c!.getBoundingClientRect().top - b!.getBoundingClientRect().bottom, 'the margin of the one before').to.be.closeTo(medium, 0.02);
      expect(host.getBoundingClientRect().bottom - c!.getBoundingClientRect().bottom, 'none after the last').to.be.closeTo(0, 0.02);
    }
  });
});

describe('<film-infobox> footnote markers and lists', () => {
  const sources = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, title: `Source ${id.toUpperCase()}` }));
  const cited = (n: number) => sources.slice(0, n).map((s) => s.id);

  it('writes a marker of one to five sources as links numbered in the order first cited', async () => {
    const el = await infobox({
      title: 'Cited',
      sources,
      credits: {
        directors: [{ name: 'One', sources: cited(1) }],
        producers: [{ name: 'Two', sources: ['b', 'a'] }],
        writers: [{ name: 'Three', sources: cited(3) }],
        // Source A backs five facts of six: not nearly every one, so it is marked on each.
        narrators: [{ name: 'Six', sources: ['b'] }],
        music: [{ name: 'Four', sources: cited(4) }],
        editors: [{ name: 'Five', sources: cited(5) }],
      },
    });
    const markers = [...shadow(el).querySelectorAll('sup.refs')].map((sup) => [...sup.children].map((a) =>
      [a.localName, a.className, a.getAttribute('href'), a.getAttribute('aria-label'), a.getAttribute('title'), a.textContent]));
    const link = (n: number, id: string) => ['a', 'ref', `#source-${n}`, `Source ${n}`, `Source ${id}`, `[${n}]`];
    expect(markers).to.deep.equal([
      [link(1, 'A')],
      [link(2, 'B'), link(1, 'A')],
      [link(1, 'A'), link(2, 'B'), link(3, 'C')],
      [link(2, 'B')],
      [link(1, 'A'), link(2, 'B'), link(3, 'C'), link(4, 'D')],
      [link(1, 'A'), link(2, 'B'), link(3, 'C'), link(4, 'D'), link(5, 'E')],
    ]);
    expect([...shadow(el).querySelectorAll('.sources li')].map((li) => [li.id, text(li)])).to.deep.equal(
      sources.map((s, i) => [`source-${i + 1}`, s.title]));
  });

  it('lists two, three and four values as real lists, each with its own marker', async () => {
    const el = await infobox({
      title: 'Listed',
      sources,
      countries: ['KR', 'US'],
      languages: ['ko', 'en', 'Klingon'],
      credits: { starring: ['W', { name: 'X', sources: ['c'] }, 'Y', { name: 'Z', sources: ['a', 'b'] }] },
    });
    expect(items(el)).to.deep.equal([
      ['Starring', 'W', 'X', 'Y', 'Z'],
      ['Countries', 'South Korea', 'United States'],
      ['Languages', 'Korean', 'English', 'Klingon'],
    ]);
    const starring = shadow(el).querySelectorAll('.row')[0]!;
    expect([...starring.querySelectorAll('li')].map(text)).to.deep.equal(['W', 'X[1]', 'Y', 'Z[2][3]']);
    for (const row of shadow(el).querySelectorAll('.row')) expect(row.querySelector('dd > ul')).to.not.equal(null);
  });
});

describe('<film-infobox> updates', () => {
  const title = (el: Element) => text(shadow(el).querySelector('.title'));

  it('keeps the facts it drew when the film is set again with only its title changed', async () => {
    const film = await loadBallerina();
    const el = await infobox(film);
    const facts = shadow(el).querySelector('dl')!;
    const marker = shadow(el).querySelector('a.ref')!;
    const footnotes = shadow(el).querySelector('footer')!;
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(shadow(el), { subtree: true, childList: true, characterData: true, attributes: true });
    el.film = { ...film, title: 'Ballerina (restored)' };
    await el.updateComplete;
    writes.push(...observer.takeRecords());
    observer.disconnect();
    // Only the title and the box's name are written, as a hand-written update would.
    expect(writes.map((w) => [w.type, w.attributeName ?? (w.target.parentNode as Element).className])).to.deep.equal([
      ['attributes', 'aria-label'], ['characterData', 'title']]);
    expect(title(el)).to.equal('Ballerina (restored)');
    expect(shadow(el).querySelector('section')!.getAttribute('aria-label')).to.equal('Ballerina (restored): film information');
    expect(shadow(el).querySelector('dl')).to.equal(facts);
    expect(shadow(el).querySelector('a.ref')).to.equal(marker);
    expect(shadow(el).querySelector('footer')).to.equal(footnotes);
    expect(items(el)).to.deep.equal(BALLERINA);
  });

  it('draws a changed fact and its footnotes again', async () => {
    const film = await loadBallerina();
    const el = await infobox(film, { fields: 'runtime' });
    el.film = { ...film, runtime: [{ value: 95, sources: ['preview'] }] };
    await el.updateComplete;
    expect(rows(el)).to.deep.equal([['Running time', '95 minutes[1]']]);
    expect([...shadow(el).querySelectorAll('.sources li')].map(text)).to.deep.equal(['Upcoming Netflix film Ballerina']);
  });

  it('follows a change of its rows and of its language', async () => {
    const film = await loadBallerina();
    const el = await infobox(film, { fields: 'runtime' });
    expect(rows(el).map(([label]) => label)).to.deep.equal(['Running time']);
    el.fields = 'country,director';
    await el.updateComplete;
    expect(rows(el)).to.deep.equal([['Country', 'South Korea'], ['Directed by', 'Lee Chung-hyun[1][2][3][4]']]);
    el.removeAttribute('fields');
    await el.updateComplete;
    expect(items(el)).to.deep.equal(BALLERINA);
    el.parentElement!.lang = 'ko';
    await waitUntil(() => rows(el)[0]?.[0] === '감독', 'the labels turn Korean');
    await el.updateComplete;
    expect(items(el)[12]).to.deep.equal(['국가', '대한민국']);
  });

  it('shows one film in two infoboxes with different rows, each numbering its own footnotes', async () => {
    const film = await loadBallerina();
    const host = await fixture(html`<div lang="en">
      <film-infobox .film=${film}></film-infobox><film-infobox fields="runtime" .film=${film}></film-infobox></div>`);
    const [all, runtime] = [...host.querySelectorAll('film-infobox')] as FilmInfobox[];
    await settled(all!, 'ready');
    await settled(runtime!, 'ready');
    expect(items(all!)).to.deep.equal(BALLERINA);
    expect(items(runtime!)).to.deep.equal([['Running time', '93 minutes', '92 minutes in another source']]);
    expect(shadow(all!).querySelectorAll('.sources li')).to.have.length(4);
    expect(shadow(runtime!).querySelectorAll('.sources li')).to.have.length(3);
  });
});
