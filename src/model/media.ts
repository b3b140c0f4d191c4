/**
 * Pictures and trailers: an address as text, or an object with its link, description and size.
 * Both input formats share these; JSON-LD names the fields its own way.
 */
import type { Image, Trailer } from './types.js';
import { type Reader, at, date, num, object, put, sourced, text, url } from './reader.js';

/** An image: a URL as text, or an object with `src` (JSON-LD: `url` or `contentUrl`). */
export function image(r: Reader, value: unknown, path: string): Image | undefined {
  if (typeof value === 'string') {
    const src = url(r, value, path);
    return src === undefined ? undefined : { src, alt: '' };
  }
  const o = object(r, value, path);
  if (!o) return undefined;
  const key = r.jsonLd ? (o['contentUrl'] !== undefined ? 'contentUrl' : 'url') : 'src';
  const src = url(r, o[key], at(path, key));
  if (src === undefined) {
    if (o[key] === undefined) r.error(at(path, key), 'expected the address of the image, got nothing');
    return undefined;
  }
  const caption = text(r, o['caption'], at(path, 'caption'));
  const alt = text(r, o[r.jsonLd ? 'description' : 'alt'], at(path, r.jsonLd ? 'description' : 'alt'));
  if (alt === undefined && !r.jsonLd) r.warn(at(path, 'alt'), 'missing: describe the image for readers who cannot see it');
  const found: Image = { src, alt: alt ?? (r.jsonLd ? caption ?? '' : '') };
  put(found, 'caption', caption);
  put(found, 'width', num(r, o['width'], at(path, 'width'), { min: 1 }));
  put(found, 'height', num(r, o['height'], at(path, 'height'), { min: 1 }));
  return found;
}

/**
 * A trailer: a URL, or an object with a link, a name, a thumbnail and the date it was published.
 * JSON-LD's `VideoObject` may give the link as `embedUrl` or `contentUrl`, the thumbnail as
 * `thumbnailUrl` and the date as `uploadDate`.
 */
export function trailer(r: Reader, value: unknown, path: string): Trailer | undefined {
  if (typeof value === 'string') {
    const link = url(r, value, path);
    return link === undefined ? undefined : { url: link };
  }
  const o = object(r, value, path);
  if (!o) return undefined;
  const found: Trailer = {};
  const link = r.jsonLd ? ['url', 'embedUrl', 'contentUrl'].find((k) => o[k] !== undefined) : 'url';
  if (link) put(found, 'url', url(r, o[link], at(path, link)));
  put(found, 'name', text(r, o['name'], at(path, 'name')));
  const thumb = r.jsonLd && o['thumbnail'] === undefined ? 'thumbnailUrl' : 'thumbnail';
  put(found, 'thumbnail', image(r, Array.isArray(o[thumb]) && r.jsonLd ? (o[thumb] as unknown[])[0] : o[thumb], at(path, thumb)));
  const published = r.jsonLd ? 'uploadDate' : 'date';
  put(found, 'date', date(r, o[published], at(path, published)));
  if (r.jsonLd) return Object.keys(found).length ? found : undefined;
  return sourced(r, o, path, found);
}
