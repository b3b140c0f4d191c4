/**
 * Text given per language: read from film JSON and JSON-LD, chosen for a reader by the fallback
 * rule (localised.ts), refused with a path where a key is no language tag, and written back to
 * JSON-LD as language-tagged values within Google's rules.
 */
import { expect } from '@open-wc/testing';
import { parseFilm } from '../../src/model/parse-film.js';
import { toJsonLd } from '../../src/model/jsonld-writer.js';
import { chooseTag, langOfText, localise } from '../../src/model/localised.js';
import { checkForGoogle } from './google-rules.js';
import { filmJson } from '../../src/import/film-writer.js';

const korean = {
  title: { en: 'Ballerina', ko: '발레리나' },
  languages: ['ko'],
  credits: { directors: [{ en: 'Lee Chung-hyun', ko: '이충현' }], writers: [{ name: { en: 'Lee Chung-hyun', ko: '이충현' }, altNames: ['Chung-Hyun Lee'] }] },
  cast: [{ actor: { en: 'Jeon Jong-seo', ko: '전종서' }, character: { en: 'Jang Ok-ju', ko: '장옥주' } }],
  reviews: [{ outlet: 'OhmyNews', quote: { ko: '아쉬운 인상', en: 'a disappointing impression' }, pros: [{ en: 'the action', ko: '액션' }] }],
};

describe('text per language: reading film JSON', () => {
  it('reads a language map as a person\'s name, with no problem and no unknown keys', () => {
    const { film, problems } = parseFilm(korean);
    expect(problems).to.deep.equal([]);
    expect(film.credits?.directors?.[0]?.name).to.equal('Lee Chung-hyun');
    expect(film.credits?.directors?.[0]?.localised?.['name']).to.deep.equal({ en: 'Lee Chung-hyun', ko: '이충현' });
    expect(film.cast?.[0]?.actor.name).to.equal('Jeon Jong-seo');
    expect(film.cast?.[0]?.character).to.equal('Jang Ok-ju');
  });

  it('keeps the other spellings as alternative names, each with its language', () => {
    const writer = parseFilm(korean).film.credits!.writers![0]!;
    expect(writer.altNames).to.deep.equal(['이충현', 'Chung-Hyun Lee']);
    expect(writer.localised?.['altNames[0]']).to.deep.equal({ ko: '이충현' });
    expect(writer.localised?.['altNames[1]']).to.equal(undefined);
  });

  it('takes the original title from the title given in the film\'s original language', () => {
    expect(parseFilm(korean).film.originalTitle).to.deep.equal({ text: '발레리나', lang: 'ko' });
  });

  it('refuses a key that is not a language tag, with its path, and keeps the rest', () => {
    const { film, problems } = parseFilm({ title: 'T', credits: { directors: [{ en: 'Lee Chung-hyun', korean: '이충현' }] } });
    expect(film.credits?.directors?.[0]?.name).to.equal('Lee Chung-hyun');
    expect(problems).to.deep.equal([{
      path: 'credits.directors[0].korean', severity: 'error',
      message: '"korean" is not a language tag like "en", "ko" or "pt-BR", so this value was left out',
    }]);
  });

  it('mends a tag written with an underscore, and says so as a note', () => {
    const { film, problems } = parseFilm({ title: { en_GB: 'Ballerina', ko: '발레리나' } });
    expect(film.localised?.['title']).to.deep.equal({ 'en-GB': 'Ballerina', ko: '발레리나' });
    expect(problems.map((p) => [p.path, p.severity])).to.deep.equal([['title.en_GB', 'note']]);
  });

  it('still reports an entity with no name and no language', () => {
    const { problems } = parseFilm({ title: 'T', credits: { directors: [{ url: 'https://example.org' }] } });
    expect(problems.map((p) => p.path)).to.deep.equal(['credits.directors[0].name']);
  });
});

describe('text per language: the fallback rule', () => {
  const map = { 'en-US': 'Ballerina', ko: '발레리나', fr: 'La Ballerine' };
  it('takes the reader\'s exact tag first', () => expect(chooseTag({ 'ko-KR': 'a', ko: 'b' }, 'ko')).to.equal('ko'));
  it('then a value of the reader\'s primary language', () => expect(chooseTag(map, 'ko-KR')).to.equal('ko'));
  it('then, for the original title, the film\'s original language', () => expect(chooseTag(map, 'de', 'ko')).to.equal('ko'));
  it('then English', () => expect(chooseTag(map, 'de')).to.equal('en-US'));
  it('then the first value given', () => expect(chooseTag({ ja: 'バレリーナ', ko: '발레리나' }, 'de')).to.equal('ja'));

  it('localise chooses every field for the reader, once per film and language', () => {
    const { film } = parseFilm(korean);
    const ko = localise(film, 'ko-KR');
    expect(ko.title).to.equal('발레리나');
    expect(ko.credits?.directors?.[0]?.name).to.equal('이충현');
    expect(ko.credits?.writers?.[0]?.altNames).to.deep.equal(['Lee Chung-hyun', 'Chung-Hyun Lee']);
    expect(ko.cast?.[0]?.character).to.equal('장옥주');
    expect(ko.reviews?.[0]?.quote).to.equal('아쉬운 인상');
    expect(ko.reviews?.[0]?.pros).to.deep.equal(['액션']);
    expect(localise(film, 'ko-KR')).to.equal(ko);
    expect(localise(film, 'fr').title).to.equal('Ballerina');
    // The original film is left as it was read.
    expect(film.credits?.directors?.[0]?.name).to.equal('Lee Chung-hyun');
  });

  it('gives back the very film, and its unchanged sections, when nothing is given per language', () => {
    const { film } = parseFilm({ title: 'Plain', credits: { directors: ['A'] }, cast: [{ actor: { en: 'B', ko: '비' } }] });
    expect(localise(parseFilm({ title: 'Plain' }).film, 'ko').title).to.equal('Plain');
    const ko = localise(film, 'ko');
    expect(ko.credits).to.equal(film.credits);
    expect(ko.cast?.[0]?.actor.name).to.equal('비');
  });

  it('says the language of a value that is not the reader\'s, for a lang attribute', () => {
    const { film } = parseFilm({ title: 'T', credits: { directors: [{ ko: '이충현' }, 'Plain Name'] } });
    const [korean, plain] = film.credits!.directors!;
    expect(langOfText(korean, 'name', 'en')).to.equal('ko');
    expect(langOfText(korean, 'name', 'ko-KR')).to.equal(undefined);
    expect(langOfText(plain, 'name', 'en')).to.equal(undefined);
  });
});

describe('text per language: JSON-LD', () => {
  it('reads language-tagged values and a list of them', () => {
    const { film, problems } = parseFilm({
      '@context': 'https://schema.org', '@type': 'Movie',
      name: [{ '@value': 'Ballerina', '@language': 'en' }, { '@value': '발레리나', '@language': 'ko' }],
      director: { '@type': 'Person', name: { '@value': '이충현', '@language': 'ko' } },
    });
    expect(problems).to.deep.equal([]);
    expect(film.title).to.equal('Ballerina');
    expect(localise(film, 'ko').title).to.equal('발레리나');
    expect(langOfText(film.credits?.directors?.[0], 'name', 'en')).to.equal('ko');
  });

  it('reads a context\'s default language and an alternateName in another language', () => {
    const { film } = parseFilm({
      '@context': { '@vocab': 'https://schema.org/', '@language': 'ko' }, '@type': 'Movie', name: '발레리나',
      director: { '@type': 'Person', name: '이충현', alternateName: { '@value': 'Lee Chung-hyun', '@language': 'en' } },
    });
    expect(film.localised?.['title']).to.deep.equal({ ko: '발레리나' });
    const director = film.credits!.directors![0]!;
    expect(director.localised?.['name']).to.deep.equal({ ko: '이충현', en: 'Lee Chung-hyun' });
    expect(localise(film, 'en').credits?.directors?.[0]?.name).to.equal('Lee Chung-hyun');
    expect(localise(film, 'ko').credits?.directors?.[0]?.name).to.equal('이충현');
  });

  it('writes names per language as tagged alternateNames, keeps name plain text, and reads them back', () => {
    const { film } = parseFilm(korean);
    const jsonLd = toJsonLd(film);
    expect(checkForGoogle(jsonLd)).to.deep.equal([]);
    expect(jsonLd['name']).to.equal('Ballerina');
    expect(jsonLd['alternateName']).to.deep.equal([{ '@value': 'Ballerina', '@language': 'en' }, { '@value': '발레리나', '@language': 'ko' }]);
    const director = (jsonLd['director'] as unknown as Array<Record<string, unknown>>)[0]!;
    expect(director['name']).to.equal('Lee Chung-hyun');
    expect(director['alternateName']).to.deep.equal([{ '@value': 'Lee Chung-hyun', '@language': 'en' }, { '@value': '이충현', '@language': 'ko' }]);
    const back = parseFilm(jsonLd).film;
    expect(back.localised?.['title']).to.deep.equal({ en: 'Ballerina', ko: '발레리나' });
    expect(localise(back, 'ko').credits?.directors?.[0]?.name).to.equal('이충현');
    expect(localise(back, 'en').credits?.directors?.[0]?.name).to.equal('Lee Chung-hyun');
  });

  it('writes plain names exactly as before', () => {
    const jsonLd = toJsonLd(parseFilm({ title: 'Plain', credits: { directors: [{ name: 'A', altNames: ['B'] }] } }).film);
    expect(jsonLd['alternateName']).to.equal(undefined);
    expect((jsonLd['director'] as unknown as Array<Record<string, unknown>>)[0]).to.deep.equal({ '@type': 'Person', name: 'A', alternateName: ['B'] });
  });
});

describe('text per language: written back as film JSON', () => {
  it('folds every language back into its field as the author\'s map, and reads back without a problem', () => {
    const out = filmJson(parseFilm(korean).film) as Record<string, any>;
    expect(out['title']).to.deep.equal({ en: 'Ballerina', ko: '발레리나' });
    expect(out['localised']).to.equal(undefined);
    expect(out['credits'].writers[0]).to.deep.equal({ name: { en: 'Lee Chung-hyun', ko: '이충현' }, altNames: ['Chung-Hyun Lee'] });
    expect(out['reviews'][0].pros).to.deep.equal([{ en: 'the action', ko: '액션' }]);
    const again = parseFilm(out);
    expect(again.problems).to.deep.equal([]);
    expect(localise(again.film, 'ko').credits?.writers?.[0]?.name).to.equal('이충현');
  });
});
