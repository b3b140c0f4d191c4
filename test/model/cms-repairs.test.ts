/**
 * JSON as WordPress leaves it when an author pastes it into a post (the fixtures, wordpress.ts,
 * are written as WordPress writes them), and the rule that tells a delimiter from a quote.
 */
import { expect } from '@open-wc/testing';
import { readJsonText, straightQuotes } from '../../src/model/json-text.js';
import { clean, shown, wordpressed } from './wordpress.js';

describe('readJsonText: JSON a WordPress editor curled', () => {
  it('reads the post as WordPress stores it: paragraphs, line breaks, entities, curled delimiters', () => {
    const read = readJsonText(wordpressed);
    expect(read).to.have.property('value').that.deep.equals(clean);
    expect(read).to.have.property('repairs').that.includes('typographic quotes around keys and values were read as plain quotes');
  });

  it('reads the text a browser shows of it, with the text’s own quotes kept as written', () => {
    expect(readJsonText(shown(wordpressed))).to.have.property('value').that.deep.equals(clean);
  });

  it('reads compact JSON, where WordPress opens with ” after `:` and `,` and closes a number with ″', () => {
    // `{"title":"Ballerina","year":"2023"}`: only the quote after `{` opens a sentence; in the one
    // sentence left, candidates not after a digit close (”), the one after a digit is a prime (″),
    // and every other quote becomes ”.
    const curled = '{“title”:”Ballerina”,”year”:”2023″}';
    expect(readJsonText(curled)).to.have.property('value').that.deep.equals({ title: 'Ballerina', year: '2023' });
  });

  it('reads quotes a clean document escaped, which the editor curled after the backslash', () => {
    // `{ "quote": "He said \"no\" twice" }`: no escaped quote opens (a backslash is before it),
    // so each is a closing one.
    const curled = '{ “quote”: “He said \\”no\\” twice” }';
    expect(readJsonText(curled)).to.have.property('value').that.deep.equals({ quote: 'He said "no" twice' });
  });

  it('tells a delimiter from a quote by where it stands', () => {
    const cases: Array<[string, unknown]> = [
      // A comma inside the text's own quotes, then more text: the quote is the text's.
      ['{“quote”: “when it comes to “Ballerina,” I’d…”}', { quote: 'when it comes to “Ballerina,” I’d…' }],
      // A closing quote before `}` or `]` ends the value only where JSON goes on after it.
      ['[“a “b” c”, “d”]', ['a “b” c', 'd']],
      ['{“a”: “x”, “b”: [“y”, 2]}', { a: 'x', b: ['y', 2] }],
      // A German opening quote, and a straight quote left inside the text.
      ['{„title”: „Das „Boot” "classic"”}', { title: 'Das „Boot” "classic"' }],
    ];
    for (const [curled, value] of cases) expect(JSON.parse(straightQuotes(curled)), curled).to.deep.equal(value);
  });

  it('leaves text it cannot mend as it was, so the parser’s own complaint and place come back', () => {
    expect(straightQuotes('{“title”: “Ballerina}')).to.equal('{“title”: “Ballerina}');
    const read = readJsonText('{“title”: “Ballerina}');
    expect(read).to.have.property('error');
  });
});
