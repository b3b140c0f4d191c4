/**
 * The one slug rule, for a review's id, a citation's id, a published film's folder and the id of
 * a snippet's JSON block: lower case, letters and digits of any script joined by hyphens.
 */

/**
 * `words` as a slug, at most `max` characters: "Amélie" → "amelie", "Mission: Impossible" →
 * "mission-impossible", "헤어질 결심" → "헤어질-결심"; "" when nothing is left.
 *
 * Latin accents go (a reader types "amelie" in an address); the marks other scripts need stay,
 * composed again (the voiced kana of "がっこう", the vowel signs of "हिन्दी"), so no script is
 * cut into hyphens or turned into another word.
 */
export function slug(words: string, max = Infinity): string {
  // Most names are plain ASCII; the Unicode-aware path is much slower and only needed otherwise.
  const plain = /^[\x20-\x7e]*$/.test(words)
    ? words.toLowerCase().replace(/[^a-z0-9]+/g, '-')
    : words.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, '-');
  return plain.replace(/^-+/, '').slice(0, max).replace(/-+$/, '');
}
