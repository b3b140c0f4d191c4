// Several drafts make a list: picked and ordered in the builder, written as a <film-list> snippet
// that a page shows with the films in that order.
import { expect, waitUntil } from '@open-wc/testing';
import { closeAll, expectAccessible, forget, openBuilder, postPage } from './page.js';

// Films made up for the test, each a draft.
const drafts = [
  { id: 'd1', text: JSON.stringify({ title: 'The Quiet Hour', year: 2021, credits: { directors: ['Ada Park'] } }), updated: 3 },
  { id: 'd2', text: JSON.stringify({ title: 'Harbour Lights', year: 2019 }), updated: 2 },
  { id: 'd3', text: JSON.stringify({ title: 'Winter Letters', year: 2024 }), updated: 1 },
];

afterEach(closeAll);

describe('the builder: a list of your films', () => {
  it('picks drafts, orders them by keyboard, and writes a list snippet a page shows in that order', async () => {
    forget();
    localStorage.setItem('film-elements.builder.drafts', JSON.stringify({ current: 'd1', drafts }));
    const page = await openBuilder({ keep: true });
    const { $, doc } = page;
    const rows = () => [...$('list-drafts').querySelectorAll('li')].map((li) => li.querySelector('label')!.textContent);
    expect(rows()).to.deep.equal(['The Quiet Hour', 'Harbour Lights', 'Winter Letters']);
    // Nothing picked: no snippet.
    expect($('list-snippet').hidden).to.equal(true);
    const pick = (id: string) => doc.getElementById(`list-${id}`)!.click();
    pick('d3');
    pick('d1');
    expect(rows()).to.deep.equal(['Winter Letters', 'The Quiet Hour', 'Harbour Lights']);
    // The Quiet Hour moves up, by its button, named with the film.
    const up = [...$('list-drafts').querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === 'Move up: The Quiet Hour')!;
    expect(up.disabled).to.equal(false);
    up.click();
    expect(rows()).to.deep.equal(['The Quiet Hour', 'Winter Letters', 'Harbour Lights']);
    const title = $<HTMLInputElement>('list-title');
    title.value = 'Two I liked';
    title.dispatchEvent(new Event('input'));
    const snippet = $<HTMLTextAreaElement>('list-snippet').value;
    expect(snippet).to.match(/^<script type="module" src="[^"]+film-elements\.loader\.min\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>\n<film-list>/);
    const list = JSON.parse(/<script type="application\/json">\n([^]*?)\n<\/script>/.exec(snippet)![1]!);
    expect(list.title).to.equal('Two I liked');
    expect(list.items.map((item: { film: { title: string } }) => item.film.title)).to.deep.equal(['The Quiet Hour', 'Winter Letters']);
    // The preview is the list itself.
    const preview = $('list-preview').querySelector('film-list')!;
    await waitUntil(() => (preview as unknown as { status: string }).status === 'ready', 'the preview shows the list');
    await expectAccessible(page);

    // On a page, with the builder's own copy of the library, the list reads in that order.
    const post = await postPage(snippet.replace(/src="[^"]+film-elements\.loader\.min\.js" integrity="[^"]+" crossorigin="anonymous"/, 'src="/site/lib/film-elements.loader.min.js"'));
    const shown = () => post.contentDocument!.querySelector('film-list')?.shadowRoot?.querySelectorAll('.film-title') ?? [];
    await waitUntil(() => shown().length === 2, 'the post shows the list', { timeout: 10000 });
    expect([...shown()].map((h) => h.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['1 The Quiet Hour', '2 Winter Letters']);
  });
});
