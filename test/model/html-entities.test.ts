import { expect } from '@open-wc/testing';
import { MARKUP_ENTITIES, decodeEntities } from '../../src/model/html-entities.js';
import { TEXT_ENTITIES } from '../../src/model/text-entities.js';

describe('decodeEntities', () => {
  it('decodes what markup escapes, in any case of name', () => {
    expect(decodeEntities('&lt;b&gt; &amp; &quot;Heat&quot; &apos;95')).to.equal('<b> & "Heat" \'95');
    expect(decodeEntities('&AMP; &Lt;')).to.equal('& <');
    expect(decodeEntities('Jeon&nbsp;Jong-seo')).to.equal('Jeon\u00a0Jong-seo');
  });

  it('decodes every numeric reference that is a character, decimal or hex', () => {
    expect(decodeEntities('&#8211; &#x2014; &#X41; &#039; &#0000065; &#x1F3AC;')).to.equal('– — A \' A 🎬');
    expect(decodeEntities('&#0; &#x110000; &#99999999999;')).to.equal('&#0; &#x110000; &#99999999999;');
  });

  it('leaves names it does not hold, prototype keys and bare ampersands as written', () => {
    expect(decodeEntities('&mdash; &frac12; &constructor; &toString; &__proto__; Q&A &amp')).to.equal('&mdash; &frac12; &constructor; &toString; &__proto__; Q&A &amp');
  });

  it('with the text table, decodes what pages write in their text as well', () => {
    expect(decodeEntities('Ok-ju&rsquo;s revenge &ndash; &ldquo;Ballerina&rdquo;&hellip; &eacute;t&eacute; &copy;', TEXT_ENTITIES))
      .to.equal('Ok-ju’s revenge – “Ballerina”… été ©');
    for (const [name, char] of Object.entries(MARKUP_ENTITIES)) expect(TEXT_ENTITIES[name]).to.equal(char);
  });

  it('decodes each reference once: an escaped ampersand does not start another', () => {
    expect(decodeEntities('&amp;lt; &amp;#38;', TEXT_ENTITIES)).to.equal('&lt; &#38;');
  });
});
