/**
 * JSON as WordPress leaves it when an author pastes it into a post: wptexturize curls each
 * straight quote by where it stands (“ after a space or `{ [ ( -`, ” elsewhere, ″ after a digit
 * when a sentence holds several closing candidates), and writes them as `&#8220;` `&#8221;`
 * `&#8243;`; wpautop adds `<p>` around the text and `<br />` at each line's end. The fixtures are
 * written as WordPress writes them, rule by rule, from a clean document whose text already has
 * typographic quotes of its own.
 */
import { expect } from '@open-wc/testing';
import { readJsonText, straightQuotes } from '../../src/model/json-text.js';

/** What the author wrote: the text's own quotes are already typographic. */
export const clean = {
  title: 'Ballerina',
  year: 2023,
  description: 'Ok-ju’s “revenge” film, told in ninety-three minutes',
  releases: [{ date: '2023-10-06', place: 'Netflix' }],
  reviews: [{ outlet: 'The Daily Reel', quote: 'When it comes to “Ballerina,” I’d watch it again…', rating: { value: 3, best: 5 } }],
};

/** wptexturize, then wpautop, of `JSON.stringify(clean, null, 2)`, as the post's HTML holds it. */
export const wordpressed = `<p>{<br />
  &#8220;title&#8221;: &#8220;Ballerina&#8221;,<br />
  &#8220;year&#8221;: 2023,<br />
  &#8220;description&#8221;: &#8220;Ok-ju’s “revenge” film, told in ninety-three minutes&#8221;,<br />
  &#8220;releases&#8221;: [<br />
    {<br />
      &#8220;date&#8221;: &#8220;2023-10-06&#8221;,<br />
      &#8220;place&#8221;: &#8220;Netflix&#8221;<br />
    }<br />
  ],<br />
  &#8220;reviews&#8221;: [<br />
    {<br />
      &#8220;outlet&#8221;: &#8220;The Daily Reel&#8221;,<br />
      &#8220;quote&#8221;: &#8220;When it comes to “Ballerina,” I’d watch it again…&#8221;,<br />
      &#8220;rating&#8221;: {<br />
        &#8220;value&#8221;: 3,<br />
        &#8220;best&#8221;: 5<br />
      }<br />
    }<br />
  ]<br />
}</p>
`;

/** The same post as a browser shows it (the element's text): entities read, `<br />` gone. */
export const shown = (html: string) => {
  const box = document.createElement('div');
  box.innerHTML = html;
  return box.textContent!;
};

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
