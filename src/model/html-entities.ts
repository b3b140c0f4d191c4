/**
 * HTML character references, decoded one way everywhere: in JSON text a CMS escaped, in the
 * strings of a page's JSON-LD, in a saved page's head, in Lit's server-rendered HTML. Numeric
 * references are all decoded (`&#8211;`, `&#x2014;`); named ones from a table.
 *
 * The named ones come in two tables, the second the first and more: this one, which every
 * element carries (what markup escapes, and the no-break space editors write), and
 * text-entities.ts, which the JSON-LD reader and the importers add and no element loads up
 * front. The well-kept `entities` package knows all 2,231 names, but its table alone is 20 kB
 * gzip (7.0.1), two thirds of an element with Lit, for names pages do not write in their text.
 */

/** What markup escapes, and the no-break space WYSIWYG editors put between words. */
export const MARKUP_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
};

const REFERENCE = /&(?:#(\d+|x[\da-f]+)|([a-z][a-z\d]*));/gi;

/**
 * `text` with its character references decoded; a name the table does not hold, and a number
 * that is no character (`&#0;`, past U+10FFFF), stay as written. Names match as written, else
 * in lower case (`&AMP;`, as old editors wrote them).
 */
export const decodeEntities = (text: string, named = MARKUP_ENTITIES): string =>
  text.replace(REFERENCE, (whole, code?: string, name?: string) => {
    if (code) {
      // "0" + "x2014" or "08211": Number reads both.
      const point = Number('0' + code);
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    const char = named[name!] ?? named[name!.toLowerCase()];
    // A string, not what `&constructor;` finds on the table's prototype.
    return typeof char == 'string' ? char : whole;
  });
