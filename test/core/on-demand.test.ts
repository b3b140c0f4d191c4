// Korean words and the JSON-LD reader are fetched the first time a page needs them. This file
// runs in a page of its own, and its tests run in order: the first ones see a page that has
// fetched neither yet.
import { expect } from '@open-wc/testing';
import '../../src/define/film-infobox.js';
import type { FilmInfobox } from '../../src/elements/film-infobox/film-infobox.js';
import { loadStrings, stringsFor, stringsPending } from '../../src/core/strings/index.js';
import { fixture, html, oneEvent, rows, settled, waitUntil } from '../helpers.js';

const fetched = (module: RegExp) => performance.getEntriesByType('resource').some((e) => module.test(e.name));
const fetchedKorean = () => fetched(/\/strings\/ko\.(ts|js)\b/);
const fetchedJsonLdReader = () => fetched(/\/model\/jsonld-reader\.(ts|js)\b/);

describe('Parts fetched on demand', () => {
  it('leaves Korean unfetched on an English page', async () => {
    const el = await fixture<FilmInfobox>(html`<film-infobox lang="en" .film=${{ title: 'Ballerina', runtime: 93 }}></film-infobox>`);
    await settled(el, 'ready');
    expect(rows(el)).to.deep.equal([['Running time', '93 minutes']]);
    expect(fetchedKorean(), 'Korean fetched by an English page').to.equal(false);
    expect(fetchedJsonLdReader(), 'the JSON-LD reader fetched for film JSON').to.equal(false);
  });

  it('fetches the JSON-LD reader for a JSON-LD film, and shows the film once it is here', async () => {
    const movie = { '@context': 'https://schema.org', '@type': 'Movie', name: 'Linked Film', duration: 'PT93M' };
    const el = await fixture<FilmInfobox>(html`<film-infobox lang="en" .film=${movie}></film-infobox>`);
    // The fixture awaits updateComplete, which includes the render once the reader is here.
    expect(el.status).to.equal('ready');
    expect(el.shadowRoot!.querySelector('.title')?.textContent).to.equal('Linked Film');
    expect(rows(el)).to.deep.equal([['Running time', '93 minutes']]);
    expect(fetchedJsonLdReader()).to.equal(true);
  });

  it('says loading in Korean meanwhile, and gives a failure\'s reason in Korean once its words arrive', async () => {
    const pending = stringsPending('ko-KR');
    expect(pending, 'Korean is still to come').to.not.equal(undefined);
    const el = document.createElement('film-infobox');
    el.setAttribute('lang', 'ko-KR');
    const failed = oneEvent(el, 'film-error');
    el.film = '{ "title": ';
    document.body.append(el);
    try {
      const { detail } = await failed;
      expect(detail.reason).to.include('JSON').and.to.match(/[가-힣]/);
      await settled(el, 'error');
      expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.include(stringsFor('ko').errorTitle);
      expect(fetchedKorean()).to.equal(true);
      expect(pending!.loading).to.equal(stringsFor('ko').loading);
    } finally {
      el.remove();
    }
  });

  it('follows a widget whose language changes to Korean', async () => {
    const el = await fixture<FilmInfobox>(html`<film-infobox lang="en" .film=${{ title: 'Ballerina', runtime: 93 }}></film-infobox>`);
    await settled(el, 'ready');
    el.setAttribute('lang', 'ko');
    await waitUntil(() => el.locale === 'ko', 'the new lang is heard');
    await el.updateComplete;
    expect(rows(el)).to.deep.equal([['상영 시간', '93분']]);
  });

  it('has nothing pending for English, for a language it does not know, or for a table already here', async () => {
    expect(stringsPending('en-GB')).to.equal(undefined);
    expect(stringsPending('sv')).to.equal(undefined);
    await loadStrings('ko');
    expect(stringsPending('ko-KR')).to.equal(undefined);
    expect(stringsFor('ko-KR').retry).to.equal('다시 시도');
    expect(stringsFor('sv').retry).to.equal('Try again');
  });
});
