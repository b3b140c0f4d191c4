/**
 * A checker for JSON-LD, written from Google's documented rules for the Movie carousel, review
 * snippets (Review), AggregateRating and videos (VideoObject), with Search Console's words for each fault. It checks
 * what markup can show: required fields, values within their scales, valid parents, text that
 * is not double-escaped. (Who wrote a review is a guideline no markup can prove; the writer's
 * tests check that directly.)
 */

type Node = Record<string, unknown>;

/** The types Google shows review snippets for, as the parent of `review` / `aggregateRating`. */
const REVIEWABLE = [
  'Book', 'Course', 'CreativeWorkSeason', 'CreativeWorkSeries', 'Episode', 'Event', 'Game', 'HowTo', 'LocalBusiness',
  'MediaObject', 'Movie', 'MusicPlaylist', 'MusicRecording', 'Organization', 'Product', 'Recipe', 'SoftwareApplication',
];

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const types = (n: Node): string[] => (Array.isArray(n['@type']) ? n['@type'] : [n['@type']]).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^(?:schema:|https?:\/\/schema\.org\/)/, ''));
const is = (n: Node, type: string) => types(n).includes(type);
const many = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** A number as Google reads `ratingValue`: a number, or text that is one. */
function number(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z]+);/i;
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

function checkRating(rating: unknown, where: string, faults: string[]): void {
  if (!isNode(rating)) return void faults.push(`${where}: Missing field "reviewRating"`);
  const value = number(rating['ratingValue']);
  if (rating['ratingValue'] === undefined) return void faults.push(`${where}: Missing field "ratingValue"`);
  if (value === undefined) return void faults.push(`${where}: Invalid value in field "ratingValue"`);
  // Without bestRating and worstRating, Google reads the scale as 1 to 5.
  const best = rating['bestRating'] === undefined ? 5 : number(rating['bestRating']);
  const worst = rating['worstRating'] === undefined ? 1 : number(rating['worstRating']);
  if (best === undefined || worst === undefined || best <= worst) return void faults.push(`${where}: Invalid value in field "bestRating"`);
  if (value < worst || value > best) faults.push(`${where}: Rating value ${value} is out of range ${worst}–${best}`);
}

function checkReview(review: Node, where: string, parent: Node | undefined, faults: string[]): void {
  const reviewed = parent ?? (isNode(review['itemReviewed']) ? review['itemReviewed'] : undefined);
  if (!reviewed) faults.push(`${where}: Missing field "itemReviewed"`);
  else if (!REVIEWABLE.some((t) => is(reviewed, t))) faults.push(`${where}: Invalid object type for field "itemReviewed"`);
  const author = many(review['author'])[0];
  if (!isNode(author) || !nonEmpty(author['name'])) faults.push(`${where}: Missing field "author"`);
  else {
    if (!is(author, 'Person') && !is(author, 'Organization')) faults.push(`${where}: Invalid object type for field "author"`);
    if ((author['name'] as string).length >= 100) faults.push(`${where}: Invalid string length in field "name"`);
  }
  checkRating(review['reviewRating'], `${where}.reviewRating`, faults);
  if (review['datePublished'] !== undefined && !ISO_DATE.test(String(review['datePublished']))) faults.push(`${where}: Invalid datetime value for "datePublished"`);
}

function checkAggregate(rating: Node, where: string, parent: Node | undefined, faults: string[]): void {
  const reviewed = parent ?? (isNode(rating['itemReviewed']) ? rating['itemReviewed'] : undefined);
  if (!reviewed) faults.push(`${where}: Missing field "itemReviewed"`);
  else if (!REVIEWABLE.some((t) => is(reviewed, t))) faults.push(`${where}: Invalid object type for field "itemReviewed"`);
  checkRating(rating, where, faults);
  const counts = ['ratingCount', 'reviewCount'].filter((k) => rating[k] !== undefined);
  if (!counts.length) faults.push(`${where}: Either "ratingCount" or "reviewCount" should be specified`);
  for (const k of counts) {
    const n = number(rating[k]);
    if (n === undefined || !Number.isInteger(n) || n < 1) faults.push(`${where}: Value in field "${k}" must be positive`);
  }
  // An aggregate that names its author or links elsewhere is another site's: Google forbids marking it up.
  if (rating['author'] !== undefined) faults.push(`${where}: an aggregate rating credited to "${(rating['author'] as Node)['name']}" is another site's`);
}

function checkMovie(movie: Node, where: string, inCarousel: boolean, faults: string[]): void {
  if (!nonEmpty(movie['name'])) faults.push(`${where}: Missing field "name"`);
  const images = many(movie['image']);
  if (inCarousel && !images.length) faults.push(`${where}: Missing field "image"`);
  for (const image of images) {
    const url = isNode(image) ? image['url'] ?? image['contentUrl'] : image;
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) faults.push(`${where}: Invalid value in field "image"`);
  }
}

/** Google's video rich results: a name, a thumbnail it can fetch and the date the video was published. */
function checkVideo(video: Node, where: string, faults: string[]): void {
  if (!nonEmpty(video['name'])) faults.push(`${where}: Missing field "name"`);
  const thumbnails = many(video['thumbnailUrl']);
  if (!thumbnails.length) faults.push(`${where}: Missing field "thumbnailUrl"`);
  if (thumbnails.some((url) => typeof url !== 'string' || !/^https?:\/\//.test(url))) faults.push(`${where}: Invalid URL in field "thumbnailUrl"`);
  if (video['uploadDate'] === undefined) faults.push(`${where}: Missing field "uploadDate"`);
  else if (!ISO_DATE.test(String(video['uploadDate']))) faults.push(`${where}: Invalid datetime value for "uploadDate"`);
}

/** Every fault the rules find in a JSON-LD document, as `path: Search Console's words`. */
export function checkForGoogle(document: unknown): string[] {
  const faults: string[] = [];
  const visit = (value: unknown, where: string, parent: Node | undefined, key: string | undefined, inCarousel: boolean) => {
    if (typeof value === 'string' && ENTITY.test(value)) faults.push(`${where}: HTML entity left in the text (${value.match(ENTITY)![0]})`);
    if (Array.isArray(value)) return value.forEach((item, i) => visit(item, `${where}[${i}]`, parent, key, inCarousel));
    if (!isNode(value)) return;
    const from = key === 'review' || key === 'aggregateRating' ? parent : undefined;
    if (is(value, 'Review')) checkReview(value, where, from, faults);
    if (is(value, 'AggregateRating')) checkAggregate(value, where, from, faults);
    if (is(value, 'Movie')) checkMovie(value, where, inCarousel, faults);
    if (is(value, 'VideoObject')) checkVideo(value, where, faults);
    if (is(value, 'ListItem') && value['position'] === undefined) faults.push(`${where}: Missing field "position"`);
    const carousel = is(value, 'ItemList');
    for (const [k, v] of Object.entries(value)) {
      visit(v, where ? `${where}.${k}` : k, value, k, carousel || (inCarousel && (k === 'item' || k === 'itemListElement')));
    }
  };
  visit(document, '', undefined, undefined, false);
  return faults;
}
