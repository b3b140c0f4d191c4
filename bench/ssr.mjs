// Server rendering: infoboxes per second through Lit SSR (what `film-elements render` uses,
// over the built element) against a plain function that writes the same HTML with template
// strings. Prints JSON.   node bench/ssr.mjs [--runs 15] [--batch 100]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' }, batch: { type: 'string', default: '100' } } });
await import('../dist/define/film-infobox.js');
const { parseFilm } = await import('../dist/model/index.js');
const { infobox, stringElement } = await import('./infobox-markup.mjs');
const raw = JSON.parse(readFileSync(new URL('../demo/data/ballerina.json', import.meta.url), 'utf8'));
const css = customElements.get('film-infobox').elementStyles.map((s) => s.cssText).join('\n');

const lit = () => collectResult(render(html`<film-infobox .film=${raw} .locale=${'en'}></film-infobox>`));
// The element caches the parse of a given object, so the plain function parses once too.
const { film } = parseFilm(raw);
const plain = async () => `<film-infobox><template shadowrootmode="open"><style>${css}</style>${
  infobox(stringElement, film).html}</template></film-infobox>`;

const variants = { 'Lit SSR': lit, 'template strings': plain };
const bytes = Object.fromEntries(await Promise.all(Object.entries(variants).map(async ([k, f]) => [k, (await f()).length])));
for (let i = 0; i < 50; i++) for (const f of Object.values(variants)) await f(); // warm-up
const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
const batch = Number(values.batch);
for (let run = 0; run < Number(values.runs); run++) {
  for (const name of Object.keys(variants).sort(() => Math.random() - 0.5)) {
    globalThis.gc?.();
    const start = performance.now();
    for (let i = 0; i < batch; i++) await variants[name]();
    samples[name].push(batch / ((performance.now() - start) / 1000));
  }
}
console.log(JSON.stringify({ bytes, samples }));
