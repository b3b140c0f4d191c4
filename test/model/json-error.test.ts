import { expect } from '@open-wc/testing';
import { jsonErrorAt } from '../../src/model/json-error.js';
import { readJsonText } from '../../src/model/json-text.js';

/** Broken JSON as authors break it, and the offset where V8 or Gecko says it stops being JSON. */
const BROKEN: Array<[string, number]> = [
  ['{"title": "Ballerina",}', 22],
  ['{title: "Ballerina"}', 1],
  ['{"title" "Ballerina"}', 9],
  ['["KR", "US"', 11],
  ['{"title": "Oldboy", "runtime": 120,\n  "countries": ["KR"]', 57],
  ['{"released": tru}', 13],
  ['{"note": "a \\q"}', 13],
  ['{"note": "two\nlines"}', 13],
  ['{"budget": -}', 12],
  ['{"budget": 1.}', 13],
  ['{"budget": 1e}', 13],
  ['{"year": 02023}', 10],
  ['{"title": "\\u12"}', 15],
  ['{"genres": ["drama" "thriller"]}', 20],
  ['{"title": "Ballerina"} and more', 23],
  ['{"title": "Ballerina"', 21],
];

describe('jsonErrorAt: where text stops being JSON', () => {
  it('finds the first character that cannot stand where it is, as V8 and Gecko count it', () => {
    for (const [text, offset] of BROKEN) expect(jsonErrorAt(text), text).to.equal(offset);
    expect(jsonErrorAt('“title”: “Ballerina”')).to.equal(0);
  });

  it('agrees with this engine wherever its parser names a place', () => {
    for (const [text] of BROKEN) {
      let message = '';
      try {
        JSON.parse(text);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, text).to.not.equal('');
      const position = /at position (\d+)/.exec(message);
      if (position) expect(jsonErrorAt(text), text).to.equal(Number(position[1]));
      const lineColumn = /line (\d+) column (\d+)/.exec(message);
      if (lineColumn) {
        const before = text.slice(0, jsonErrorAt(text));
        expect([before.split('\n').length, before.length - before.lastIndexOf('\n')], text)
          .to.deep.equal([Number(lineColumn[1]), Number(lineColumn[2])]);
      }
    }
  });

  it('is the length of JSON that is whole', () => {
    for (const text of ['{}', ' [1, -0.5e+3, "a\\u00e9", true, null] ', '"x"']) expect(jsonErrorAt(text)).to.equal(text.length);
  });
});

describe('readJsonText: where the parser stopped, in every engine', () => {
  it('reads two list items with no comma between as an error, not as one text', () => {
    expect(readJsonText('{"genres": ["drama" "thriller"]}')).to.include({ line: 1, column: 21 });
  });

  it('gives a line and column for every broken text, WebKit\'s included', () => {
    for (const [text, offset] of BROKEN) {
      const read = readJsonText(text);
      expect(read, text).to.have.property('error');
      const before = text.slice(0, offset);
      expect(read, text).to.include({ line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') });
    }
  });
});
