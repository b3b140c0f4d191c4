// parseFilm throughput on a large generated film, from the built model; prints JSON.
//   node bench/parse.mjs [--runs 15] [--megabytes 5]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' }, megabytes: { type: 'string', default: '5' } } });
const { parseFilm } = await import(new URL('../dist/model/index.js', import.meta.url));
const seed = JSON.parse(readFileSync(new URL('../demo/data/ballerina.json', import.meta.url), 'utf8'));

/**
 * Ballerina grown to `bytes` of JSON: many reviews (most of it), accolades and cast members.
 * No list passes the 2,000 entries the parser keeps, so every byte is read: past that the
 * reviews grow longer rather than more.
 */
function largeFilm(bytes) {
  const film = structuredClone(seed);
  const reviews = film.reviews.map(({ id, ...review }) => review);
  const accolades = film.accolades ?? [];
  const cast = film.cast ?? [];
  film.reviews = [];
  film.accolades = [];
  film.cast = [];
  let size = JSON.stringify(film).length;
  // Each review's body is long enough that 2,000 reviews (with the rest) reach `bytes`.
  const body = (reviews[0].body ?? '').padEnd(Math.ceil(bytes / 2000) - 600, ' More of the review.');
  for (let i = 0; size < bytes && i < 2000; i++) {
    const review = { ...reviews[i % reviews.length], outlet: `Outlet ${i}`, critic: { name: `Critic ${i}` }, body };
    const accolade = accolades.length ? { ...accolades[i % accolades.length], category: `Category ${i}` } : undefined;
    const member = cast.length ? { ...cast[i % cast.length], character: `Role ${i}` } : undefined;
    film.reviews.push(review);
    size += JSON.stringify(review).length + 1;
    if (accolade && i % 4 === 0) {
      film.accolades.push(accolade);
      size += JSON.stringify(accolade).length + 1;
    }
    if (member && i % 4 === 0) {
      film.cast.push(member);
      size += JSON.stringify(member).length + 1;
    }
  }
  return JSON.stringify(film);
}

const text = largeFilm(Number(values.megabytes) * 1e6);
const object = JSON.parse(text);
const time = (f) => {
  const start = performance.now();
  f();
  return performance.now() - start;
};
for (let i = 0; i < 3; i++) parseFilm(text); // warm-up
const variants = {
  'parseFilm(text)': () => parseFilm(text),
  'parseFilm(object)': () => parseFilm(object),
  'JSON.parse(text) alone': () => JSON.parse(text),
};
const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
for (let run = 0; run < Number(values.runs); run++) {
  for (const name of Object.keys(variants).sort(() => Math.random() - 0.5)) {
    globalThis.gc?.(); // a collection left over from the last sample is not this one's
    samples[name].push(time(variants[name]));
  }
}
const { film, problems } = parseFilm(text);
console.log(JSON.stringify({
  bytes: text.length, reviews: film.reviews?.length ?? 0, accolades: film.accolades?.length ?? 0,
  cast: film.cast?.length ?? 0, problems: problems.length, samples,
}));
