import { expect } from '@open-wc/testing';
import '../../src/define/film-infobox.js';
import '../../src/define/film-card.js';
import type { FilmElement } from '../../src/core/film-element.js';
import { parseFilm, toJsonLd } from '../../src/model/index.js';
import { fixture, html, loadBallerina, settled } from '../helpers.js';

const published = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
const read = (script: HTMLScriptElement) => JSON.parse(script.textContent ?? '') as Record<string, unknown>;
/** The writer is imported on first use: once it is loaded, a task later every widget has written. */
const written = async () => {
  await import('../../src/model/jsonld-writer.js');
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
