// Fields an author fills without knowing JSON: dates as people write them, beside the browser's
// own date control, what a budget or a box-office figure covers, and a trailer's thumbnail and
// upload date.
import { expect, waitUntil } from '@open-wc/testing';
import { type Page, closeAll, describedBy, expectAccessible, labelled, openBuilder, openSection, reopen, type } from './page.js';


describe('the builder\'s fields', function () {
  this.timeout(40000);
  let page: Page;
  afterEach(closeAll);

  it('takes a date as it is written, keeps a year or a month as one, and offers the browser\'s date control for a day', async () => {
    page = await openBuilder({ draft: '{"title": "Heat", "releases": [{"date": "1995-12-15", "place": "United States"}]}' });
    page.doc.querySelector<HTMLDetailsElement>('details[data-section="releases"]')!.open = true;
    const release = page.holder('releases[0]');
    const date = labelled(release, 'Date');
    expect(date.type).to.equal('text');
    expect(date.value, 'a day written out, as the reader reads it back').to.equal('December 15, 1995');
    expect(date.placeholder).to.equal('September 15, 1995 or 1995');
    const day = labelled(release, 'Pick a day');
    expect(day.type).to.equal('date');
    expect(day.value).to.equal('1995-12-15');

    for (const [written, iso] of [['September 15, 1995', '1995-09-15'], ['15 September 1995', '1995-09-15'], ['Sept. 1995', '1995-09'], ['1995', '1995']]) {
      type(date, written);
      expect(page.json().releases[0].date, written).to.equal(iso);
      expect(date.value, 'the field keeps what was typed').to.equal(written);
      expect(day.value, `the date control for ${written}`).to.equal(iso.length === 10 ? iso : '');
    }
    type(date, 'Sept. 1995');
    expect(page.$(date.getAttribute('aria-describedby')!).textContent).to.equal('Reads as September 1995.');

    // A day picked in the date control is written in the text field too.
    day.value = '2001-02-03';
    day.dispatchEvent(new Event('change', { bubbles: true }));
    expect(page.json().releases[0].date).to.equal('2001-02-03');
    expect(labelled(page.holder('releases[0]'), 'Date').value).to.equal('February 3, 2001');

    // What is no date is kept as typed, and the model's problem sits by the field.
    type(date, 'sometime in 1995');
    expect(page.json().releases[0].date).to.equal('sometime in 1995');
    await waitUntil(() => page.holder('releases[0].date')?.querySelector('.problem'), 'the problem sits by the date');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(page);
  });

  it('in Korean, takes a date as Korean writes it, and says a day\'s format once: the date control shows it, the field beside it a year or a month', async () => {
    page = await openBuilder({ ui: 'ko', draft: '{"title": "Heat", "releases": [{"date": "1995-12-15", "place": "United States"}, {"place": "Westwood"}]}' });
    openSection(page, '개봉');
    expect(labelled(page.holder('releases[0]'), '날짜').value, 'a day written out in Korean, as the reader reads it back').to.equal('1995년 12월 15일');
    const release = page.holder('releases[1]');
    const date = labelled(release, '날짜');
    const day = labelled(release, '달력에서 고르기');
    expect(day.type, 'the browser\'s date control, which shows a day as 연도-월-일').to.equal('date');
    expect(date.placeholder).to.equal('1995년 또는 1995년 9월');
    for (const [written, iso] of [['2023년 10월 6일', '2023-10-06'], ['2023년 10월', '2023-10'], ['1995-09-15', '1995-09-15']]) {
      type(date, written);
      expect(page.json().releases[1].date, written).to.equal(iso);
    }
    type(date, 'September 1995');
    expect(page.json().releases[1].date).to.equal('1995-09');
    expect(describedBy(page, date)).to.deep.equal(['1995년 9월(으)로 읽습니다.']);
    await expectAccessible(page);
  });

  it('gives a trailer its thumbnail and upload date, which a reload keeps and the snippet carries', async () => {
    const draft = { title: 'Ballerina', trailer: { url: 'https://www.youtube.com/watch?v=Xl3XgY3pM1o', name: 'Ballerina | Official Trailer | Netflix' } };
    page = await openBuilder({ draft: JSON.stringify(draft) });
    const searchNotes = () => [...page.$('search').querySelectorAll('li')].map((li) => li.textContent!);
    await waitUntil(() => searchNotes().some((line) => line.includes('trailer')), 'the search notes say the trailer lacks them');
    openSection(page, 'Poster and trailer');
    const trailer = page.holder('trailer');
    const thumbnail = page.holder('trailer.thumbnail');
    expect(thumbnail.querySelector('legend')!.textContent).to.equal('Thumbnail');
    const src = labelled(thumbnail, 'Image address');
    expect(describedBy(page, src)).to.deep.equal(['A still from the trailer, not the poster. Search engines show a video only with a thumbnail and an upload date.']);
    type(src, 'https://films.example/ballerina/trailer-still.jpg');
    // An image without its description is to check, beside the field for it.
    const alt = labelled(thumbnail, 'What the image shows');
    expect(describedBy(page, alt)).to.deep.equal(['For readers who cannot see the image: what the still shows, in a sentence.',
      'Check: missing: describe the image for readers who cannot see it']);
    type(alt, 'Jeon Jong-seo on a neon-lit street');
    expect(describedBy(page, alt)).to.deep.equal(['For readers who cannot see the image: what the still shows, in a sentence.']);
    const uploaded = labelled(trailer, 'Upload date');
    expect(describedBy(page, uploaded)).to.deep.equal(['The day the video was put online, as its page shows it.']);
    expect(labelled(trailer, 'Pick a day').type).to.equal('date');
    type(uploaded, 'September 14, 2023');
    const written = { ...draft.trailer, thumbnail: { src: 'https://films.example/ballerina/trailer-still.jpg', alt: 'Jeon Jong-seo on a neon-lit street' }, date: '2023-09-14' };
    expect(page.json().trailer).to.deep.equal(written);
    await waitUntil(() => !searchNotes().some((line) => line.includes('trailer')), `nothing left out of the trailer (${searchNotes().join(' | ')})`);
    await waitUntil(async () => (await page.snippet()).includes('"date": "2023-09-14"'), 'the snippet carries the date', { timeout: 10000 });
    expect(await page.snippet()).to.include('"src": "https://films.example/ballerina/trailer-still.jpg"');
    await expectAccessible(page);

    // The draft is kept after a pause in typing; the builder opens it again as it was left.
    page = await reopen(page);
    openSection(page, 'Poster and trailer');
    expect(page.json().trailer).to.deep.equal(written);
    expect(labelled(page.holder('trailer.thumbnail'), 'Image address').value).to.equal('https://films.example/ballerina/trailer-still.jpg');
    expect(labelled(page.holder('trailer.thumbnail'), 'What the image shows').value).to.equal('Jeon Jong-seo on a neon-lit street');
    expect(labelled(page.holder('trailer'), 'Upload date').value).to.equal('September 14, 2023');
    expect(labelled(page.holder('trailer'), 'Pick a day').value).to.equal('2023-09-14');
  });

  it('gives a cast member a photo with its description, which the cast list shows', async () => {
    page = await openBuilder({ draft: JSON.stringify({ title: 'Ballerina', cast: [{ actor: 'Jeon Jong-seo', character: 'Ok-ju' }] }) });
    openSection(page, 'Cast');
    const photo = page.holder('cast[0].photo');
    expect(photo.querySelector('legend')!.textContent).to.equal('Photo');
    const src = labelled(photo, 'Image address');
    expect(describedBy(page, src)).to.deep.equal(['A photo of the actor, at an address you may use (your own site, or one whose licence allows it).']);
    type(src, '/mock/poster.png');
    const alt = labelled(photo, 'What the image shows');
    expect(describedBy(page, alt)[0]).to.equal('For readers who cannot see the photo: who it shows, such as "Jeon Jong-seo".');
    type(alt, 'Jeon Jong-seo');
    expect(page.json().cast[0]).to.deep.equal({ actor: 'Jeon Jong-seo', character: 'Ok-ju', photo: { src: '/mock/poster.png', alt: 'Jeon Jong-seo' } });

    labelled(page.$('elements'), 'Cast').click();
    await waitUntil(() => page.preview('cast-list')?.status === 'ready' && page.preview('cast-list').shadowRoot!.querySelector('img'), 'the cast list shows the photo');
    const img = page.preview('cast-list').shadowRoot!.querySelector('img')!;
    expect(img.src).to.equal(new URL('/mock/poster.png', location.href).href);
    expect(img.alt).to.equal('Jeon Jong-seo');
    await expectAccessible(page);
  });

  it('says what a box-office figure covers, with a hint, and the infobox shows it', async () => {
    page = await openBuilder({ draft: '{"title": "Heat", "budget": {"amount": 60000000, "currency": "USD"}, "boxOffice": {"amount": 187400000, "currency": "USD"}}' });
    page.doc.querySelector<HTMLDetailsElement>('details[data-section="money"]')!.open = true;
    const covers = labelled(page.holder('boxOffice'), 'What the figure covers');
    expect(page.$(covers.getAttribute('aria-describedby')!).textContent).to.match(/^Optional, in a few words: where or when the figure is from, such as "worldwide"/);
    type(covers, 'worldwide');
    type(labelled(page.holder('budget'), 'What the figure covers'), 'estimated');
    expect(page.json().boxOffice).to.deep.equal({ amount: 187400000, currency: 'USD', note: 'worldwide' });
    expect(page.json().budget).to.deep.equal({ amount: 60000000, currency: 'USD', note: 'estimated' });
    await waitUntil(() => page.preview().status === 'ready' && page.shadowText().includes('(worldwide)'), `the infobox says so (${page.shadowText()})`);
    expect(page.shadowText()).to.contain('(estimated)');
    await expectAccessible(page);
  });
});
