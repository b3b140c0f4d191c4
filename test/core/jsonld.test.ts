import { expect } from '@open-wc/testing';
import '../../src/define/film-infobox.js';
import '../../src/define/film-card.js';
import type { FilmElement } from '../../src/core/film-element.js';
import { parseFilm, toJsonLd } from '../../src/model/index.js';
import { fixture, html, loadBallerina, settled, text } from '../helpers.js';
import { checkForGoogle } from '../model/google-rules.js';

const published = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
const read = (script: HTMLScriptElement) => JSON.parse(script.textContent ?? '') as Record<string, unknown>;
/** The writer is imported on first use: once it is loaded, a task later every widget has written. */
const written = async () => {
  await import('../../src/core/page-jsonld.js');
  await new Promise((resolve) => setTimeout(resolve));
};
const all = <T extends Element>(host: Element, selector: string) => [...host.querySelectorAll<T>(selector)];

describe('FilmElement: the jsonld attribute', () => {
  afterEach(() => published().forEach((s) => s.remove()));

  it('adds the film to the head as schema.org JSON-LD once it is ready', async () => {
    const film = await loadBallerina();
    const host = await fixture(html`<div><film-infobox jsonld .film=${film}></film-infobox></div>`);
    await settled(host.querySelector<FilmElement>('film-infobox')!, 'ready');
    await written();
    const scripts = published();
    expect(scripts).to.have.length(1);
    expect(read(scripts[0])).to.deep.equal(JSON.parse(JSON.stringify(toJsonLd(parseFilm(film).film))));
    expect(read(scripts[0])).to.include({ '@context': 'https://schema.org', '@type': 'Movie', name: 'Ballerina' });
  });

  it('adds nothing without the attribute, or when the film cannot be shown', async () => {
    const host = await fixture(html`<div>
      <film-infobox .film=${{ title: 'Quiet Film' }}></film-infobox>
      <film-infobox jsonld .film=${'not json at all'}></film-infobox>
    </div>`);
    const [quiet, broken] = all<FilmElement>(host, 'film-infobox');
    await settled(quiet, 'ready');
    await settled(broken, 'error');
    await written();
    expect(published()).to.deep.equal([]);
  });

  it('publishes each film once, however many widgets of whatever kind show it', async () => {
    const film = await loadBallerina();
    const other = { title: 'Other Film', year: 2001 };
    const host = await fixture(html`<div>
      <film-infobox jsonld .film=${film}></film-infobox>
      <film-infobox jsonld src="/mock/film"></film-infobox>
      <film-card jsonld .film=${structuredClone(film)}></film-card>
      <film-card jsonld .film=${other}></film-card>
      <film-infobox jsonld .film=${{ ...other }}></film-infobox>
    </div>`);
    for (const el of all<FilmElement>(host, 'film-infobox, film-card')) await settled(el, 'ready');
    await written();
    const names = published().map((s) => read(s).name).sort();
    expect(names).to.deep.equal(['Ballerina', 'Other Film']);
  });

  it('keeps films with the same title and different years apart', async () => {
    const host = await fixture(html`<div>
      <film-infobox jsonld .film=${{ title: 'Ballerina', year: 2023 }}></film-infobox>
      <film-infobox jsonld .film=${{ title: 'Ballerina', year: 1950 }}></film-infobox>
    </div>`);
    for (const el of all<FilmElement>(host, 'film-infobox')) await settled(el, 'ready');
    await written();
    expect(published().map((s) => s.getAttribute('data-film-jsonld')).sort())
      .to.deep.equal(['title:Ballerina|1950', 'title:Ballerina|2023']);
  });

  it('publishes when the attribute is added after the film is shown', async () => {
    const el = await fixture<FilmElement>(html`<film-infobox .film=${{ title: 'Late Film' }}></film-infobox>`);
    await settled(el, 'ready');
    await written();
    expect(published()).to.have.length(0);
    el.setAttribute('jsonld', '');
    await el.updateComplete;
    await written();
    expect(published().map((s) => read(s).name)).to.deep.equal(['Late Film']);
  });

  it('keeps hostile text as data: no markup can close the script', async () => {
    const title = 'Evil</script><img src=x onerror="window.hacked=1">';
    const el = await fixture<FilmElement>(html`<film-infobox jsonld .film=${{ title }}></film-infobox>`);
    await settled(el, 'ready');
    await written();
    const [script] = published();
    expect(script.textContent).not.to.include('</script');
    expect(read(script).name).to.equal(title);
    expect(script.parentElement!.innerHTML).not.to.include('<img');
    expect(document.querySelector('img[src="x"]')).to.equal(null);
  });
});

describe('FilmElement: search engines and what they may read', () => {
  afterEach(() => published().forEach((s) => s.remove()));

  it('publishes the demo film within Google\'s rules: its quoted critics and Rotten Tomatoes are not claimed', async () => {
    const el = await fixture<FilmElement>(html`<film-infobox jsonld .film=${await loadBallerina()}></film-infobox>`);
    await settled(el, 'ready');
    await written();
    const [script] = published();
    const movie = read(script!);
    expect(movie).not.to.have.any.keys('review', 'aggregateRating');
    expect(checkForGoogle(movie)).to.deep.equal([]);
  });

  it('adds no second Movie when the page\'s own JSON-LD already describes the film', async () => {
    const host = await fixture(html`<div>
      <script type="application/ld+json" id="page-ld">${JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'Review' }, { '@type': 'Movie', name: 'Ballerina', dateCreated: '2023-10-06' }] })}</script>
      <film-card jsonld src="#page-ld"></film-card>
      <film-infobox jsonld .film=${{ title: 'Ballerina', year: 2023, runtime: 93 }}></film-infobox>
      <film-infobox jsonld .film=${{ title: 'Ballerina', year: 2025 }}></film-infobox>
    </div>`);
    for (const el of all<FilmElement>(host, 'film-card, film-infobox')) await settled(el, 'ready');
    await written();
    expect(published().map((s) => s.getAttribute('data-film-jsonld'))).to.deep.equal(['title:Ballerina|2025']);
  });

  it('shows the film a src fragment names from a carousel list, else the first, and says which films there are', async () => {
    const list = '/test/fixtures/jsonld/google-carousel.jsonld';
    const host = await fixture(html`<div>
      <film-card src=${`${list}#the-handmaiden`}></film-card>
      <film-card src=${list}></film-card>
      <film-card src=${`${list}#oldboy`}></film-card>
    </div>`);
    const [named, first, unknown] = all<FilmElement>(host, 'film-card');
    await settled(named!, 'ready');
    await settled(first!, 'ready');
    await settled(unknown!, 'error');
    expect(named!.film?.title).to.equal('The Handmaiden');
    expect(named!.problems).to.deep.equal([]);
    expect(first!.film?.title).to.equal('Parasite');
    expect(first!.problems[0]?.message).to.contain('name another after a # in the address, like "films.json#the-handmaiden"');
    expect(unknown!.problems[0]?.message).to.equal('no film in this JSON-LD is named "#oldboy": it has "Parasite", "The Handmaiden", "Ballerina"; name one by its identifier, @id or url');
    expect(text(unknown!.shadowRoot)).to.contain('#oldboy');
  });

  it('lists unknown keys among the element\'s problems, with the key meant', async () => {
    const el = await fixture<FilmElement>(html`<film-card .film=${{ title: 'Ballerina', runtme: 93, director: 'Lee Chung-hyun' }}></film-card>`);
    await settled(el, 'ready');
    expect(el.problems).to.deep.equal([
      { path: 'runtme', message: 'not a field of the film JSON, so it was ignored; did you mean "runtime"?', severity: 'warning' },
      { path: 'director', message: 'not a field of the film JSON, so it was ignored; did you mean "credits.directors"?', severity: 'warning' },
    ]);
  });
});

describe('FilmElement: events for a film set before the element is in the page', () => {
  it('announces film-load once connected, so listeners added meanwhile hear it', async () => {
    const el = document.createElement('film-infobox');
    el.film = { title: 'Early Film' };
    const heard: string[] = [];
    el.addEventListener('film-load', (e) => heard.push(e.detail.film.title));
    expect(heard).to.deep.equal([]);
    document.body.append(el);
    expect(heard).to.deep.equal(['Early Film']);
    el.remove();
    document.body.append(el);
    expect(heard, 'announced once').to.deep.equal(['Early Film']);
    el.remove();
  });
});
