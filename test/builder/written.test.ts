// What an author wrote in a short form stays written: a poster or a trailer given as its address
// alone ("poster": "https://…") shows that address in its field, and a description typed beside
// it writes the object with the address kept; a cast member given as the actor's name, or with
// the actor's name beside the role, shows that name, and keeps it when a character is typed.
import { expect, waitUntil } from '@open-wc/testing';
import { type Page, closeAll, expectAccessible, labelled, openBuilder, pasteJson, reopen, type } from './page.js';

const poster = 'https://films.example/parasite/poster.jpg';
const trailer = 'https://www.youtube.com/watch?v=5xH0HfJHsaY';
const still = 'https://films.example/parasite/trailer-still.jpg';

/** Opens the form's "Poster and trailer" section, as an author does. */
function openMedia(page: Page): void {
  page.doc.querySelector<HTMLDetailsElement>('details[data-section="media"]')!.open = true;
}

describe('the builder keeps what was written in a short form', function () {
  this.timeout(40000);
  let page: Page;
  afterEach(closeAll);

  it('shows a poster and a trailer given as their addresses, and keeps each address when more is said', async () => {
    page = await openBuilder({ draft: JSON.stringify({ title: 'Parasite', poster, trailer }) });
    openMedia(page);
    const src = labelled(page.holder('poster'), 'Image address');
    const link = labelled(page.holder('trailer'), 'Web address');
    expect(src.value).to.equal(poster);
    expect(link.value).to.equal(trailer);
    expect(labelled(page.holder('poster'), 'What the image shows').value).to.equal('');

    type(labelled(page.holder('poster'), 'What the image shows'), 'The Kim family on a staircase, their eyes covered');
    expect(page.json().poster).to.deep.equal({ src: poster, alt: 'The Kim family on a staircase, their eyes covered' });
    type(labelled(page.holder('trailer'), 'Name'), 'Parasite | Official Trailer');
    expect(page.json().trailer).to.deep.equal({ url: trailer, name: 'Parasite | Official Trailer' });
    expect(src.value).to.equal(poster);
    expect(link.value).to.equal(trailer);

    // Without its description again, the poster stays an object, so that the model asks for one.
    type(labelled(page.holder('poster'), 'What the image shows'), '');
    expect(page.json().poster).to.deep.equal({ src: poster });
    await waitUntil(() => page.holder('poster.alt')?.querySelector('.to-check')?.textContent === 'Check: missing: describe the image for readers who cannot see it',
      'the model asks for the description beside its field');
    type(labelled(page.holder('poster'), 'What the image shows'), 'The Kim family on a staircase, their eyes covered');

    // The infobox shows the poster from the address the author wrote.
    await waitUntil(() => {
      const root = page.preview().shadowRoot;
      return root?.querySelector('img')?.getAttribute('src') === poster || root?.querySelector('.poster-missing')?.textContent?.trim() === 'The Kim family on a staircase, their eyes covered';
    }, 'the preview\'s poster');
    await expectAccessible(page);

    // The draft is kept after a pause in typing; the builder opens it again as it was left.
    page = await reopen(page);
    openMedia(page);
    expect(page.json().poster).to.deep.equal({ src: poster, alt: 'The Kim family on a staircase, their eyes covered' });
    expect(page.json().trailer).to.deep.equal({ url: trailer, name: 'Parasite | Official Trailer' });
    expect(labelled(page.holder('poster'), 'Image address').value).to.equal(poster);
    expect(labelled(page.holder('trailer'), 'Web address').value).to.equal(trailer);
  });

  it('keeps a trailer given as its address when its thumbnail or upload date is given', async () => {
    page = await openBuilder({ draft: JSON.stringify({ title: 'Parasite', trailer }) });
    openMedia(page);
    const thumbnail = page.holder('trailer.thumbnail');
    expect(labelled(thumbnail, 'Image address').value).to.equal('');
    type(labelled(thumbnail, 'Image address'), still);
    expect(page.json().trailer).to.deep.equal({ url: trailer, thumbnail: { src: still } });
    type(labelled(page.holder('trailer'), 'Upload date'), 'May 21, 2019');
    expect(page.json().trailer).to.deep.equal({ url: trailer, thumbnail: { src: still }, date: '2019-05-21' });
    expect(labelled(page.holder('trailer'), 'Web address').value).to.equal(trailer);
  });

  it('shows a thumbnail given as its address, pasted in the JSON view, and keeps it when its description is typed', async () => {
    page = await openBuilder();
    pasteJson(page, JSON.stringify({ title: 'Parasite', trailer: { url: trailer, thumbnail: still } }));
    page.doc.querySelector<HTMLInputElement>('input[name="view"][value="form"]')!.click();
    openMedia(page);
    const thumbnail = page.holder('trailer.thumbnail');
    expect(labelled(thumbnail, 'Image address').value).to.equal(still);
    type(labelled(thumbnail, 'What the image shows'), 'Choi Woo-shik holding a scholar\'s rock');
    expect(page.json().trailer).to.deep.equal({ url: trailer, thumbnail: { src: still, alt: 'Choi Woo-shik holding a scholar\'s rock' } });
    expect(labelled(page.holder('trailer.thumbnail'), 'Image address').value).to.equal(still);
  });

  it('keeps a release, a plot and another film each written as one text when more is said of it', async () => {
    const plot = 'The Kims, all unemployed, take an interest in the wealthy Parks.';
    page = await openBuilder({ draft: JSON.stringify({ title: 'Parasite', releases: ['2019-05-21'], plot, otherFilms: ['Parasite (1982 film)'] }) });
    for (const section of ['releases', 'plot', 'otherFilms']) page.doc.querySelector<HTMLDetailsElement>(`details[data-section="${section}"]`)!.open = true;
    expect(labelled(page.holder('releases[0]'), 'Date').value).to.equal('May 21, 2019');
    type(labelled(page.holder('releases[0]'), 'Place'), 'Cannes Film Festival');
    expect(page.json().releases).to.deep.equal([{ date: '2019-05-21', place: 'Cannes Film Festival' }]);
    expect(labelled(page.holder('plot'), 'Text').value).to.equal(plot);
    type(labelled(page.holder('plot'), 'One line without spoilers'), 'A poor family works its way into a rich one.');
    expect(page.json().plot).to.deep.equal({ text: plot, logline: 'A poor family works its way into a rich one.' });
    expect(labelled(page.holder('otherFilms[0]'), 'Title').value).to.equal('Parasite (1982 film)');
    type(labelled(page.holder('otherFilms[0]'), 'Year'), '1982');
    expect(page.json().otherFilms).to.deep.equal([{ title: 'Parasite (1982 film)', year: 1982 }]);

    // Said no more, each is written as one text again, as the author wrote it.
    type(labelled(page.holder('releases[0]'), 'Place'), '');
    type(labelled(page.holder('otherFilms[0]'), 'Year'), '');
    expect(page.json().releases).to.deep.equal(['2019-05-21']);
    expect(page.json().otherFilms).to.deep.equal(['Parasite (1982 film)']);
    await waitUntil(() => page.preview().status === 'ready' && page.shadowText().includes('May 21, 2019'), `the infobox shows the release (${page.shadowText()})`);
  });

  // The cast's short forms, as film.schema.json allows them: the actor's name alone, the name per
  // language, and the actor's own keys beside the role.
  const songKangHo = 'Song Kang-ho';
  const leeSunKyun = { en: 'Lee Sun-kyun', ko: '이선균' };
  const choYeoJeong = { name: 'Cho Yeo-jeong', character: 'Choi Yeon-gyo', url: 'https://en.wikipedia.org/wiki/Cho_Yeo-jeong' };
  const openCast = (page: Page) => {
    page.doc.querySelector<HTMLDetailsElement>('details[data-section="cast"]')!.open = true;
  };
  /** The text of the actor's name in the cast's row `i`, in the first language when it is given per language. */
  const actorName = (page: Page, i: number) => labelled(page.holder(`cast[${i}].actor`), 'Name').value;

  it('shows an actor written as the cast member, per language or beside the role, and keeps every name when a character is typed', async () => {
    page = await openBuilder({ draft: JSON.stringify({ title: 'Parasite', cast: [songKangHo, leeSunKyun, choYeoJeong] }) });
    openCast(page);
    expect(page.$('summary').textContent!.trim()).to.equal('No problems.');
    expect(actorName(page, 0)).to.equal(songKangHo);
    expect(actorName(page, 1)).to.equal('Lee Sun-kyun');
    expect(page.$<HTMLInputElement>('f-cast-1-actor-name-lang-1').value).to.equal('ko');
    expect(page.$<HTMLInputElement>('f-cast-1-actor-name-1').value).to.equal('이선균');
    expect(actorName(page, 2)).to.equal('Cho Yeo-jeong');
    expect(labelled(page.holder('cast[2]'), 'Character').value).to.equal('Choi Yeon-gyo');
    expect(labelled(page.holder('cast[0]'), 'Character').value).to.equal('');

    type(labelled(page.holder('cast[0]'), 'Character'), 'Kim Ki-taek');
    expect(page.json().cast).to.deep.equal([{ actor: songKangHo, character: 'Kim Ki-taek' }, leeSunKyun, choYeoJeong]);
    type(labelled(page.holder('cast[1]'), 'Character'), 'Park Dong-ik');
    expect(page.json().cast[1]).to.deep.equal({ actor: leeSunKyun, character: 'Park Dong-ik' });
    // Anything said of a row whose actor's keys sit beside the role moves them under `actor`, the url with them.
    type(labelled(page.holder('cast[2]'), 'Note'), 'Yeon-gyo is the Parks\' trusting mother.');
    expect(page.json().cast[2]).to.deep.equal({
      actor: { name: 'Cho Yeo-jeong', url: choYeoJeong.url }, character: 'Choi Yeon-gyo', note: 'Yeon-gyo is the Parks\' trusting mother.',
    });
    expect([0, 1, 2].map((i) => actorName(page, i))).to.deep.equal([songKangHo, 'Lee Sun-kyun', 'Cho Yeo-jeong']);

    // Said no more, the actor's name is the cast member again, as the author wrote it.
    type(labelled(page.holder('cast[1]'), 'Character'), '');
    expect(page.json().cast[1]).to.deep.equal(leeSunKyun);
    type(labelled(page.holder('cast[1]'), 'Character'), 'Park Dong-ik');
    await waitUntil(() => page.$('summary').textContent!.trim() === 'No problems.', `no problems (${page.$('summary').textContent})`);
    await expectAccessible(page);

    // The draft is kept after a pause in typing; the builder opens it again as it was left.
    page = await reopen(page);
    openCast(page);
    expect(page.json().cast).to.deep.equal([
      { actor: songKangHo, character: 'Kim Ki-taek' },
      { actor: leeSunKyun, character: 'Park Dong-ik' },
      { actor: { name: 'Cho Yeo-jeong', url: choYeoJeong.url }, character: 'Choi Yeon-gyo', note: 'Yeon-gyo is the Parks\' trusting mother.' },
    ]);
    expect([0, 1, 2].map((i) => actorName(page, i))).to.deep.equal([songKangHo, 'Lee Sun-kyun', 'Cho Yeo-jeong']);
    expect(page.$<HTMLInputElement>('f-cast-1-actor-name-1').value).to.equal('이선균');
    expect(labelled(page.holder('cast[0]'), 'Character').value).to.equal('Kim Ki-taek');
  });

  it('keeps the url of an actor written beside the role, pasted in the JSON view, when the name is changed', async () => {
    page = await openBuilder();
    // The Korean name under a tag that is none, for the model to name by its row.
    pasteJson(page, JSON.stringify({ title: 'Parasite', cast: [{ name: 'Cho Yeo-jeong', url: choYeoJeong.url }, { en: 'Lee Sun-kyun', korean: '이선균' }] }));
    page.doc.querySelector<HTMLInputElement>('input[name="view"][value="form"]')!.click();
    openCast(page);
    expect(actorName(page, 0)).to.equal('Cho Yeo-jeong');
    expect(actorName(page, 1)).to.equal('Lee Sun-kyun');
    const row = page.holder('cast[1].korean');
    await waitUntil(() => row?.querySelector('.problem'), 'the problem sits by the language\'s row');
    expect(row.querySelector('.problem')!.textContent).to.equal('Problem: "korean" is not a language tag like "en", "ko" or "pt-BR", so this value was left out');

    type(labelled(page.holder('cast[0].actor'), 'Name'), 'Jo Yeo-jeong');
    expect(page.json().cast[0]).to.deep.equal({ actor: { name: 'Jo Yeo-jeong', url: choYeoJeong.url } });
    type(labelled(page.holder('cast[0]'), 'Character'), 'Choi Yeon-gyo');
    expect(page.json().cast[0]).to.deep.equal({ actor: { name: 'Jo Yeo-jeong', url: choYeoJeong.url }, character: 'Choi Yeon-gyo' });
    expect(actorName(page, 0)).to.equal('Jo Yeo-jeong');
    expect(page.json().cast[1]).to.deep.equal({ en: 'Lee Sun-kyun', korean: '이선균' });
  });
});
