import { expect } from '@open-wc/testing';
import '../../../src/define/film-list.js';
import type { FilmList } from '../../../src/elements/film-list/film-list.js';
import { fixture, html, settled, waitUntil } from '../../helpers.js';

type Node = Record<string, unknown>;

// Films made up for the tests: no fact here is about a real film.
const films = [
  { title: 'The Quiet Hour', year: 2021, releases: [{ date: '2021-10-07' }, { date: '2021-03-02', place: 'A festival' }],
    credits: { directors: ['Ada Park', 'Bo Kim'] }, poster: { src: '/mock/poster.png', alt: 'A lighthouse' },
    reviews: [{ source: 'Another Site', rating: { value: 4, best: 5 }, quote: 'Calm.' }],
    scores: [{ source: 'An Aggregator', value: 91, best: 100, unit: 'percent' }] },
  { title: 'Harbour Lights', year: 2019, credits: { directors: ['Chae Min'] }, poster: { src: 'https://images.example/harbour.jpg', alt: 'Boats' } },
];

async function published(list: unknown): Promise<Node> {
  const host = await fixture(html`<div><film-list jsonld></film-list></div>`);
  const el = host.querySelector<FilmList>('film-list')!;
  el.list = list;
  await settled(el, 'ready');
  await waitUntil(() => document.head.querySelector('script[data-film-jsonld^="list:"]'), 'the ItemList is in the head');
  return JSON.parse(document.head.querySelector('script[data-film-jsonld^="list:"]')!.textContent!);
}

/** What Google's host carousel asks of every ItemList (developers.google.com/search/docs/appearance/structured-data/carousel). */
function carousel(list: Node): Node[] {
  expect(list['@context']).to.equal('https://schema.org');
  expect(list['@type']).to.equal('ItemList');
  const items = list['itemListElement'] as Node[];
  expect(items.map((item) => item['@type'])).to.deep.equal(items.map(() => 'ListItem'));
  // Positions in order, from 1.
  expect(items.map((item) => item['position'])).to.deep.equal(items.map((_, i) => i + 1));
  // Nothing claims another site's reviews or scores.
  expect(JSON.stringify(list)).to.not.match(/review|Rating/i);
  return items;
}

afterEach(() => document.head.querySelectorAll('script[data-film-jsonld]').forEach((s) => s.remove()));

describe('<film-list jsonld>', () => {
  it('on a page that holds the whole list, each item is a Movie with its name, image, date and director', async () => {
    const items = carousel(await published({ title: 'Two films', items: films.map((film) => ({ film })) }));
    const page = location.href.split('#')[0];
    const movies = items.map((item) => item['item'] as Node);
    // The carousel's required properties (name, image) and its recommended date and director.
    expect(movies.map((m) => m['@type'])).to.deep.equal(['Movie', 'Movie']);
    expect(movies.map((m) => m['name'])).to.deep.equal(['The Quiet Hour', 'Harbour Lights']);
    expect(movies.map((m) => m['image'])).to.deep.equal([new URL('/mock/poster.png', location.href).href, 'https://images.example/harbour.jpg']);
    expect(movies.map((m) => m['dateCreated'])).to.deep.equal(['2021-03-02', '2019']);
    expect(movies[0]!['director']).to.deep.equal([{ '@type': 'Person', name: 'Ada Park' }, { '@type': 'Person', name: 'Bo Kim' }]);
    // Each on this page, at its own anchor: one URL per item.
    expect(movies.map((m) => m['url'])).to.deep.equal([`${page}#film-list-1`, `${page}#film-list-2`]);
    for (const item of items) expect(Object.keys(item).sort()).to.deep.equal(['@type', 'item', 'position']);
  });

  it('when each film has its own page, each item is only the url of that page', async () => {
    const pages = ['https://blog.example/films/quiet-hour/', 'https://blog.example/films/harbour-lights/'];
    const items = carousel(await published({ items: films.map((film, i) => ({ film, page: pages[i] })) }));
    expect(items).to.deep.equal(pages.map((url, i) => ({ '@type': 'ListItem', position: i + 1, url })));
  });

  it('leaves out a film that could not be read, and the others keep their ranks', async () => {
    const list = await published({ items: [{ film: '/mock/film?status=404' }, { film: films[1] }] });
    const items = list['itemListElement'] as Node[];
    expect(items.map((item) => item['position'])).to.deep.equal([2]);
    expect((items[0]!['item'] as Node)['name']).to.equal('Harbour Lights');
  });

  it('writes one ItemList however often the list is drawn', async () => {
    const host = await fixture(html`<div><film-list jsonld></film-list><film-list jsonld></film-list></div>`);
    const lists = [...host.querySelectorAll<FilmList>('film-list')];
    for (const el of lists) el.list = { items: [{ film: films[1] }] };
    await Promise.all(lists.map((el) => settled(el, 'ready')));
    lists[0]!.requestUpdate();
    await lists[0]!.updateComplete;
    expect(document.head.querySelectorAll('script[data-film-jsonld^="list:"]').length).to.equal(1);
  });
});
