/**
 * The film data model: parse film JSON or schema.org JSON-LD, write JSON-LD back, check URLs,
 * format values for a locale. No DOM and no Lit, so it runs in Node as well as in browsers.
 */
export { parseFilm, readFilm, readReview } from './parse-film.js';
export { whyNotAFilm } from './read-film.js';
export { readJsonText } from './json-text.js';
export { isJsonLd } from './jsonld-detect.js';
export { toJsonLd, writeJsonLd, isoDuration } from './jsonld-writer.js';
export { safeUrl } from './url.js';
export { slug } from './slug.js';
export {
  formatDate, formatDateRange, formatList, formatMoney, formatNumber, formatRuntime, languageName, regionName,
} from './format.js';
export { formatCount, formatPercent, formatRating, ratingPhrase } from './format-scores.js';
export type * from './types.js';
