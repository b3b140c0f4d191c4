import { expect } from '@open-wc/testing';
import { slug } from '../../src/model/slug.js';

describe('slug', () => {
  it('joins lower-case words with hyphens, punctuation and spaces gone', () => {
    expect(slug('Mission: Impossible – Dead Reckoning Part One')).to.equal('mission-impossible-dead-reckoning-part-one');
    expect(slug('  "Heat" (1995)! ')).to.equal('heat-1995');
    expect(slug('The Handmaiden')).to.equal('the-handmaiden');
  });

  it('drops Latin accents and spells ligatures and wide letters plainly', () => {
    expect(slug('Amélie')).to.equal('amelie');
    expect(slug('Crème brûlée à la Señora Ñuñez')).to.equal('creme-brulee-a-la-senora-nunez');
    expect(slug('ﬁn ＡＢＣ')).to.equal('fin-abc');
  });

  it('keeps Korean, Japanese and other scripts whole, in their composed form', () => {
    expect(slug('헤어질 결심')).to.equal('헤어질-결심');
    expect(slug('헤어질 결심')).to.equal('헤어질 결심'.normalize('NFC').replace(' ', '-'));
    expect(slug('万引き家族')).to.equal('万引き家族');
    expect(slug('がっこうの かいだん')).to.equal('がっこうの-かいだん');
    expect(slug('हिन्दी फ़िल्म')).to.equal('हिन्दी-फ़िल्म'.normalize('NFC'));
    expect(slug('Ballerina (발레리나, 2023)')).to.equal('ballerina-발레리나-2023');
  });

  it('gives nothing for nothing, and no hyphen at either end', () => {
    expect(slug('')).to.equal('');
    expect(slug('!!! — ???')).to.equal('');
    expect(slug('-a-')).to.equal('a');
  });

  it('cuts at the length given, never ending on a hyphen', () => {
    expect(slug('The Good, the Bad and the Ugly', 8)).to.equal('the-good');
    expect(slug('The Good, the Bad and the Ugly', 9)).to.equal('the-good');
    expect(slug('헤어질 결심', 3)).to.equal('헤어질');
  });
});
