/**
 * An element reads the sections of a film it shows, with the readers it brings: the infobox
 * carries no reader of reviews or accolades, and its film holds what it reads, whatever other
 * elements or readers are on the page.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/film-infobox.js';
import type { FilmElement } from '../../src/core/film-element.js';
import type { Problem } from '../../src/model/types.js';
import { fixture, html, loadBallerina, settled, text, waitUntil } from '../helpers.js';

/** A film with a broken accolade (no category): an error at `accolades[0].category` where accolades are read. */
const film = {
  title: 'Quiet Film',
  year: 2001,
  cast: [{ actor: 'Jeon Jong-seo', character: 'Ok-ju' }],
  accolades: [{ award: 'Blue Dragon Film Awards' }],
};
const json = JSON.stringify(film);
const paths = (problems: readonly Problem[]) => problems.map((p) => p.path);

describe('FilmElement: the sections an element shows', () => {
  it('reads the sections the infobox shows, and says nothing of those it does not', async () => {
    const host = await fixture(html`<div><script type="application/json" id="quiet">${json}</script><film-infobox src="#quiet"></film-infobox></div>`);
    const infobox = await settled(host.querySelector<FilmElement>('film-infobox')!, 'ready');
    expect(infobox.film!.cast!.map((c) => c.actor.name)).to.deep.equal(['Jeon Jong-seo']);
    expect(text(infobox.shadowRoot!.querySelector('.row'))).to.include('Jeon Jong-seo');
    expect(infobox.film).not.to.have.property('accolades');
    expect(paths(infobox.problems)).to.deep.equal([]);
  });

  it('reads the same text again, with its own sections, for an element that arrives later and shows others', async () => {
    const host = await fixture(html`<div><script type="application/json" id="quiet2">${json}</script><film-infobox src="#quiet2"></film-infobox></div>`);
    const infobox = await settled(host.querySelector<FilmElement>('film-infobox')!, 'ready');
    await import('../../src/define/accolade-table.js');
    const table = document.createElement('accolade-table') as FilmElement;
    table.setAttribute('src', '#quiet2');
    host.append(table);
    await settled(table, 'ready');
    expect(table.film!.accolades).to.equal(undefined, 'the only accolade has no category, so none is kept');
    expect(paths(table.problems)).to.deep.equal(['accolades[0].category']);
    expect(table.problems[0]!.message).to.equal('expected a category, got nothing');
    // Each keeps its own reading: the table shows no cast, the infobox no accolades, whose
    // problem is not its to tell.
    expect(table.film).not.to.have.property('cast');
    expect(infobox.film!.cast!.map((c) => c.actor.name)).to.deep.equal(['Jeon Jong-seo']);
    expect(paths(infobox.problems)).to.deep.equal([]);
  });

  it('puts the whole film into the page\'s JSON-LD, with the sections it does not show', async () => {
    const ballerina = await loadBallerina();
    const host = await fixture(html`<div><film-infobox jsonld .film=${ballerina}></film-infobox></div>`);
    const infobox = await settled(host.querySelector<FilmElement>('film-infobox')!, 'ready');
    const script = () => document.head.querySelector<HTMLScriptElement>('script[type="application/ld+json"]');
    await waitUntil(script, 'no JSON-LD was published', { timeout: 10000 });
    const published = JSON.parse(script()!.textContent!) as Record<string, unknown>;
    // The content rating and the awards come from sections the infobox does not show.
    expect(published).to.include.keys('contentRating', 'award', 'actor');
    // The whole film went to search engines; the infobox still holds only what it shows.
    const { parseFilm } = await import('../../src/model/parse-film.js');
    const { toJsonLd } = await import('../../src/model/jsonld-writer.js');
    expect(published).to.deep.equal(JSON.parse(JSON.stringify(toJsonLd(parseFilm(ballerina).film))));
    expect(infobox.film).not.to.have.property('reviews');
    expect(infobox.film).not.to.have.property('accolades');
    script()!.remove();
  });
});
