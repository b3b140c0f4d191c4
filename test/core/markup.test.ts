/**
 * What every element draws, held still: each element in each of its states, for the demo film,
 * the rich film of the trust suites, the demo film as JSON-LD, an IMDb-shaped JSON-LD page and a
 * review given alone, in English and Korean. The shadow markup (Lit's comment markers aside)
 * must equal the markup stored in test/markup/<engine>.json. A change to the code that is meant
 * to leave the output alone (a refactor, a lighter reader) proves it here; a change meant to
 * alter it rewrites the snapshot with `FILM_MARKUP=write npx wtr --files test/core/markup.test.ts`.
 */
import type { FilmData } from '../../src/model/types.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import type { FilmElement } from '../../src/core/film-element.js';
import { parseFilm, toJsonLd } from '../../src/model/index.js';
import { trustedElements } from '../trust/elements.js';
import { richFilm } from '../trust/fixtures.js';
import { loadBallerina } from '../helpers.js';

const engine = navigator.userAgent.includes('Firefox/') ? 'firefox'
  : navigator.userAgent.includes('Chrome/') ? 'chromium' : 'webkit';

/** The test server's port varies between runs: its origin is written as `ORIGIN`. */
const sameOrigin = (markup: string) => markup.replace(/http:\/\/localhost:\d+/g, 'ORIGIN');
const markupOf = (el: Element) => sameOrigin(el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, ''));

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until every picture the element drew has loaded, and any that failed is gone (the element
 * draws its description, or no picture, in its place): the IMDb page's poster is at an address
 * nobody serves, and how soon that is known depends on the engine and the network (at most 5 s).
 * A lazy picture starts loading only near the viewport, so each is brought into view first.
 */
async function settled(el: FilmElement): Promise<void> {
  const pictures = () => [...el.shadowRoot!.querySelectorAll('img')];
  for (const img of pictures()) img.scrollIntoView({ block: 'nearest' });
  const shown = () => pictures().every((img) => img.complete && img.naturalWidth > 0);
  for (let waited = 0; !shown() && waited < 5000; waited += 20) {
    await tick(20);
    await el.updateComplete;
  }
}

async function draw(tag: string, lang: string, attrs: Record<string, string>, set: (el: FilmElement) => void, withStatus = true): Promise<string> {
  const box = document.createElement('div');
  box.lang = lang;
  box.style.width = '640px';
  const el = document.createElement(tag) as FilmElement;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  set(el);
  box.append(el);
  document.body.append(box);
  try {
    for (let i = 0; i < 200 && (el.status === 'loading' || el.status === 'empty'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      if ((el as unknown as { review?: unknown }).review && typeof (el as unknown as { review?: unknown }).review === 'object') break;
    }
    await el.updateComplete;
    await settled(el);
    return withStatus ? `${el.status}\n${markupOf(el)}` : markupOf(el);
  } finally {
    box.remove();
  }
}

describe('markup held still', function () {
  this.timeout(120000);

  it(`every element draws what it drew before (${engine})`, async () => {
    const ballerina = await loadBallerina();
    const imdb = await (await fetch('/test/fixtures/imdb-movie.jsonld')).json();
    const films: Record<string, unknown> = {
      ballerina,
      rich: await richFilm(),
      'ballerina as JSON-LD': toJsonLd(parseFilm(ballerina).film),
      'IMDb page': imdb,
    };
    const drawn: Record<string, string> = {};
    for (const lang of ['en', 'ko']) {
      for (const entry of trustedElements) {
        const states = [{ name: 'default', attrs: {} as Record<string, string> }, ...(entry.states ?? []).filter((s) => s.attrs)];
        for (const [filmName, film] of Object.entries(films)) {
          for (const state of states) {
            const attrs = { ...entry.attrs, ...state.attrs };
            drawn[`${lang} ${entry.tag} ${state.name} ${filmName}`] = await draw(entry.tag, lang, attrs, (el) => {
              el.film = structuredClone(film) as FilmData;
            });
          }
        }
      }
      const reviews = (ballerina['reviews'] as Record<string, unknown>[]);
      const alone: Record<string, unknown> = {
        'film JSON review': reviews[3],
        'JSON-LD review': (imdb as { review: unknown }).review,
        'review with bad fields': { outlet: 'Example Weekly', quote: 'Sharp.', rating: { value: 'three', best: 5 } },
      };
      for (const [name, review] of Object.entries(alone)) {
        drawn[`${lang} review-card alone ${name}`] = await draw('review-card', lang, {}, (el) => {
          (el as unknown as { review: unknown }).review = structuredClone(review);
        }, false);
      }
    }
    const stored = await executeServerCommand('markup-snapshot', { engine, drawn }) as Record<string, string> | null;
    expect(stored, `no markup stored for ${engine}: write it with FILM_MARKUP=write`).to.not.equal(null);
    for (const key of Object.keys(stored!)) stored![key] = sameOrigin(stored![key]!);
    const changed = Object.keys(drawn).filter((key) => stored![key] !== drawn[key]);
    const missing = Object.keys(stored!).filter((key) => !(key in drawn));
    expect(missing, 'cases stored but no longer drawn').to.deep.equal([]);
    for (const key of changed.slice(0, 3)) expect(drawn[key], key).to.equal(stored![key]);
    expect(changed).to.deep.equal([]);
  });
});
