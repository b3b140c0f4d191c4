// The README's framework examples, run through each framework's real runtime: the film is
// passed as a property (an object, never an attribute string), and changes flow through.
import { expect } from '@open-wc/testing';
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApp, h, nextTick, ref } from 'vue';
import '../../src/define/film-infobox.js';
import type { FilmInfobox } from '../../src/elements/film-infobox/film-infobox.js';
import { loadBallerina, settled, shadow, text, waitUntil } from '../helpers.js';

const title = (el: Element) => text(shadow(el).querySelector('[part~="title"]'));

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => host.remove());

describe('React 19', () => {
  it('passes the film as a property, and a new film re-renders the element', async () => {
    const film = await loadBallerina();
    const root = createRoot(host);
    root.render(createElement(StrictMode, null, createElement('film-infobox', { film, fields: 'director,runtime', lang: 'en' })));
    await waitUntil(() => host.querySelector('film-infobox'), 'React did not render the element');
    const el = host.querySelector<FilmInfobox>('film-infobox')!;
    await settled(el, 'ready');
    expect(el.hasAttribute('film')).to.equal(false);
    expect(title(el)).to.equal('Ballerina');
    expect([...shadow(el).querySelectorAll('dt')].map(text)).to.deep.equal(['Directed by', 'Running time']);

    root.render(createElement(StrictMode, null, createElement('film-infobox', { film: { title: 'Another Film', runtime: 101 }, fields: 'runtime' })));
    await waitUntil(() => el.film?.title === 'Another Film', 'the new film did not arrive');
    await el.updateComplete;
    expect(title(el)).to.equal('Another Film');
    expect(text(shadow(el).querySelector('dd'))).to.equal('101 minutes');
    root.unmount();
  });

  it('hears film-load through an onfilm-load prop', async () => {
    const loads: string[] = [];
    const root = createRoot(host);
    root.render(createElement('film-infobox', {
      film: { title: 'Heard Film' }, 'onfilm-load': (e: CustomEvent) => loads.push(e.detail.film.title),
    }));
    await waitUntil(() => loads.length > 0, 'no film-load');
    expect(loads).to.deep.equal(['Heard Film']);
    root.unmount();
  });
});

describe('Vue 3', () => {
  it('passes the film as a property, and reacts to a changed film', async () => {
    const film = ref<Record<string, unknown>>(await loadBallerina());
    const loads: string[] = [];
    const app = createApp({
      render: () => h('film-infobox', {
        film: film.value, fields: 'director,runtime',
        onFilmLoad: (e: CustomEvent) => loads.push(e.detail.film.title),
      }),
    });
    app.mount(host);
    const el = host.querySelector<FilmInfobox>('film-infobox')!;
    await settled(el, 'ready');
    expect(el.hasAttribute('film')).to.equal(false);
    expect(title(el)).to.equal('Ballerina');
    expect([...shadow(el).querySelectorAll('dt')].map(text)).to.deep.equal(['Directed by', 'Running time']);

    film.value = { title: 'Changed Film', runtime: 88 };
    await nextTick();
    await waitUntil(() => el.film?.title === 'Changed Film', 'the new film did not arrive');
    await el.updateComplete;
    expect(title(el)).to.equal('Changed Film');
    expect(loads).to.deep.equal(['Ballerina', 'Changed Film']);
    app.unmount();
  });
});
