/**
 * The `jsonld` attribute: the film goes into the page's head as schema.org JSON-LD for search
 * engines, once per film however many widgets show it (and whichever copy of the library they
 * come from): the key is the film's id, else its title and year. A page whose own JSON-LD
 * already describes the film (an SEO plugin's, or the script a widget reads) gets no second
 * Movie node: Google would count the film twice.
 */
import type { Film } from '../model/types.js';
import { toJsonLd } from '../model/jsonld-writer.js';
import { graphOf, moviesOf } from '../model/jsonld-shape.js';
import { scriptText } from './script-text.js';

// Fetched by the pages that ask for JSON-LD, with the writer and every section's reader: search
// engines get the whole film, not only what the element shows.
export { everySection } from '../model/sections/index.js';

type Node = Record<string, unknown>;

/** The Movie nodes of one script of the page's own JSON-LD, found as the reader finds them; read once per script text. */
const moviesRead = new WeakMap<Element, { text: string; movies: Node[] }>();
function moviesIn(script: Element): Node[] {
  const text = script.textContent ?? '';
  const known = moviesRead.get(script);
  if (known?.text === text) return known.movies;
  let movies: Node[] = [];
  try {
    movies = moviesOf(graphOf(JSON.parse(text))).found.map((found) => found.movie);
  } catch {
    // Broken JSON-LD on the page describes nothing search engines can read either.
  }
  moviesRead.set(script, { text, movies });
  return movies;
}

/** Whether a Movie node of the page is this film: the same id or url, else the same title in no other year. */
function describes(movie: Node, film: Film): boolean {
  const ids = [movie['identifier'], movie['@id'], movie['url']].filter((v) => typeof v === 'string');
  if (film.id !== undefined && ids.includes(film.id)) return true;
  if (film.url !== undefined && ids.includes(film.url)) return true;
  const named = typeof movie['name'] === 'string' ? movie['name'] : undefined;
  if (named?.trim() !== film.title) return false;
  const dated = [movie['dateCreated'], movie['datePublished']].find((v) => typeof v === 'string') as string | undefined;
  return film.year === undefined || dated === undefined || dated.startsWith(String(film.year));
}

const pageDescribes = (film: Film) => [...document.querySelectorAll('script[type="application/ld+json"]:not([data-film-jsonld])')]
  .some((script) => moviesIn(script).some((movie) => describes(movie, film)));

export function publishJsonLd(film: Film): void {
  if (typeof document === 'undefined') return;
  const key = film.id ? `id:${film.id}` : `title:${film.title}|${film.year ?? ''}`;
  const published = [...document.head.querySelectorAll('script[data-film-jsonld]')].some((s) => s.getAttribute('data-film-jsonld') === key);
  if (published || pageDescribes(film)) return;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute('data-film-jsonld', key);
  // `<` is escaped so the markup stays safe if the page is ever serialised.
  const text = scriptText(JSON.stringify(toJsonLd(film)).replace(/</g, '\\u003c'));
  if (text === undefined) return;
  script.text = text as string;
  document.head.append(script);
}
