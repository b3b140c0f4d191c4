import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/model/url.js';

describe('safeUrl', () => {
  it('keeps http and https links, as parsed', () => {
    expect(safeUrl('https://www.netflix.com/title/81396365')).to.equal('https://www.netflix.com/title/81396365');
    expect(safeUrl('HTTP://Example.com/a b')).to.equal('http://example.com/a%20b');
    expect(safeUrl('  https://example.com/  ')).to.equal('https://example.com/');
  });

  it('keeps relative links as written when there is no base', () => {
    expect(safeUrl('/films/ballerina')).to.equal('/films/ballerina');
    expect(safeUrl('  poster.jpg ')).to.equal('poster.jpg');
    expect(safeUrl('?review=ohmynews')).to.equal('?review=ohmynews');
    expect(safeUrl('#cast')).to.equal('#cast');
  });

  it('resolves relative links against a base', () => {
    expect(safeUrl('poster.jpg', 'https://films.example/ballerina/')).to.equal('https://films.example/ballerina/poster.jpg');
    expect(safeUrl('/a', 'https://films.example/x/y')).to.equal('https://films.example/a');
  });

  it('gives protocol-relative links their absolute form', () => {
    expect(safeUrl('//cdn.example/p.jpg')).to.equal('https://cdn.example/p.jpg');
  });

  const refused: Array<[string, unknown]> = [
    ['javascript', 'javascript:alert(1)'],
    ['mixed case', 'JaVaScRiPt:alert(1)'],
    ['leading space', '   javascript:alert(1)'],
    ['leading control character', '\u0001javascript:alert(1)'],
    ['tab inside the scheme', 'java\tscript:alert(1)'],
    ['newline inside the scheme', 'java\nscript:alert(1)'],
    ['decimal entity', '&#106;avascript:alert(1)'],
    ['hex entity', '&#x6A;avascript:alert(1)'],
    ['entity without semicolon', '&#106avascript:alert(1)'],
    ['encoded colon', 'javascript&colon;alert(1)'],
    ['encoded tab', 'java&#x09;script:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['data image', 'data:image/png;base64,AAAA'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['file', 'file:///etc/passwd'],
    ['ftp', 'ftp://example.com/'],
    ['mailto', 'mailto:someone@example.com'],
    ['empty', ''],
    ['only spaces', '   '],
    ['a number', 42],
    ['null', null],
    ['an object', { href: 'https://example.com' }],
  ];
  for (const [name, raw] of refused) {
    it(`refuses ${name}`, () => {
      expect(safeUrl(raw)).to.equal(undefined);
      expect(safeUrl(raw, 'https://films.example/')).to.equal(undefined);
    });
  }

  it('falls back to no base when the base is not a URL', () => {
    expect(safeUrl('/a', 'not a base')).to.equal('/a');
    expect(safeUrl('https://example.com/', 'not a base')).to.equal('https://example.com/');
  });
});
