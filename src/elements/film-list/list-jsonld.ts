/**
 * The list for search engines: an `ItemList` as Google's host carousel reads it, each film a
 * `ListItem` with its `position` (its rank). When every film has its own page (`page`), the list
 * is a summary and each item is only the `url` of that page, where the film's own `Movie` is;
 * otherwise the page holds the whole list and each item is a `Movie` with its name, poster, date
 * and director, and the page's address with the entry's anchor. Nothing else of the film is
 * said: its reviews and scores are other sites' (model/jsonld-writer.ts), never claimed here.
 * A film that could not be read is left out; the others keep their ranks.
 */
import type { Film } from '../../model/types.js';

export interface ListedForSearch {
  rank: number;
  film: Film;
  /** The film's own page, when it has one. */
  page?: string;
  /** The entry's anchor on this page (its id). */
  anchor: string;
}

/** The `ItemList` of `entries` on the page at `pageUrl` (without its fragment), named `name`. */
export function itemList(entries: readonly ListedForSearch[], pageUrl: string, name?: string): Record<string, unknown> | undefined {
  if (!entries.length) return undefined;
  const summary = entries.every((entry) => entry.page);
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    ...(name && { name }),
    itemListElement: entries.map(({ rank, film, page, anchor }) => summary
      ? { '@type': 'ListItem', position: rank, url: page }
      : { '@type': 'ListItem', position: rank, item: movie(film, `${pageUrl}#${anchor}`) }),
  };
}

/** The film as the carousel wants it: name and image required; the date and the directors recommended. */
function movie(film: Film, url: string): Record<string, unknown> {
  const date = film.releases?.map((release) => release.date).filter(Boolean).sort()[0] ?? (film.year !== undefined ? String(film.year) : undefined);
  const directors = film.credits?.directors ?? [];
  return {
    '@type': 'Movie',
    url,
    name: film.title,
    ...(film.poster && { image: film.poster.src }),
    ...(date && { dateCreated: date }),
    ...(directors.length && { director: directors.map((d) => ({ '@type': 'Person', name: d.name })) }),
  };
}
