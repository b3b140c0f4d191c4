import { expect } from '@open-wc/testing';
import {
  formatDate, formatDateRange, formatList, formatMoney, formatNumber, formatRuntime,
} from '../../src/model/format.js';
import { formatCount, formatPercent, formatRating, ratingPhrase } from '../../src/model/format-scores.js';

/** Engines differ in the kind of space around dashes (thin, narrow no-break); the words do not. */
const plain = (s: string) => s.replace(/[\s\u2009\u202f]+/g, ' ');

describe('formatDate', () => {
  it('formats partial and full dates in English', () => {
    expect(formatDate('2023', 'en')).to.equal('2023');
    expect(formatDate('2022-04', 'en')).to.equal('April 2022');
    expect(formatDate('2023-10-05', 'en')).to.equal('October 5, 2023');
    expect(formatDate('2023-10-05', 'en-GB')).to.equal('5 October 2023');
  });

  it('formats partial and full dates in Korean', () => {
    expect(formatDate('2023', 'ko')).to.equal('2023년');
    expect(formatDate('2022-04', 'ko')).to.equal('2022년 4월');
    expect(formatDate('2023-10-05', 'ko')).to.equal('2023년 10월 5일');
  });

  it('never shifts the day, whatever the time zone', () => {
    expect(formatDate('2023-01-01', 'en')).to.equal('January 1, 2023');
    expect(formatDate('2023-12-31', 'en')).to.equal('December 31, 2023');
  });

  it('returns text it cannot read as written', () => {
    expect(formatDate('soon', 'en')).to.equal('soon');
  });
});

describe('formatDateRange', () => {
  it('formats the viewership week', () => {
    expect(plain(formatDateRange('2023-10-09', '2023-10-15', 'en'))).to.equal('October 9 – 15, 2023');
    // Engines disagree on spaces around the Korean tilde ("9일~15일", "9일 ~ 15일").
    expect(formatDateRange('2023-10-09', '2023-10-15', 'ko').replace(/\s/g, '')).to.equal('2023년10월9일~15일');
  });

  it('formats month spans such as principal photography', () => {
    expect(plain(formatDateRange('2022-06', '2022-10', 'en'))).to.equal('June – October 2022');
  });

  it('uses the coarser precision of the two ends', () => {
    expect(plain(formatDateRange('2022-06-15', '2022-10', 'en'))).to.equal('June – October 2022');
  });
});

describe('formatRuntime', () => {
  it('says minutes in every language, with the unit where each language puts it', () => {
    expect(formatRuntime(93, 'en')).to.equal('93 minutes');
    expect(formatRuntime(92, 'en-GB')).to.equal('92 minutes');
    // In minutes, in every language, spaced as each language's film infobox writes them.
    expect(formatRuntime(93, 'ko')).to.equal('93분');
    expect(formatRuntime(172, 'ko')).to.equal('172분');
    expect(formatRuntime(45, 'ko')).to.equal('45분');
    expect(formatRuntime(93, 'ja')).to.equal('93分');
    expect(formatRuntime(172, 'ja-JP')).to.equal('172分');
    expect(formatRuntime(93, 'zh')).to.equal('93分钟');
    expect(formatRuntime(93, 'de')).to.equal('93 Minuten');
    expect(plain(formatRuntime(93, 'fr'))).to.equal('93 minutes');
    expect(formatRuntime(93, 'es')).to.equal('93 minutos');
    expect(formatRuntime(1, 'en')).to.equal('1 minute');
    expect(formatRuntime(93, 'ar')).to.match(/^[٩9][٣3] دقيقة$/);
  });
});

describe('numbers, counts, money, percent', () => {
  it('formats numbers per locale', () => {
    expect(formatNumber(14_700_000, 'en')).to.equal('14,700,000');
    expect(formatNumber(6.6, 'de')).to.equal('6,6');
  });

  it('compacts audience figures', () => {
    expect(formatCount(14_700_000, 'en')).to.equal('14.7 million');
    expect(formatCount(23_100_000, 'en')).to.equal('23.1 million');
    expect(formatCount(14_700_000, 'ko')).to.equal('1,470만');
    expect(formatCount(23_100_000, 'ko')).to.equal('2,310만');
  });

  it('leaves small counts whole', () => {
    expect(formatCount(11, 'en')).to.equal('11');
    expect(formatCount(9_999, 'ko')).to.equal('9,999');
  });

  it('formats money with its currency', () => {
    expect(formatMoney({ amount: 100_000_000, currency: 'KRW' }, 'en')).to.equal('₩100,000,000');
    // A whole amount has no cents; cents are kept when the amount has them.
    expect(formatMoney({ amount: 7_563_728, currency: 'USD' }, 'en')).to.equal('$7,563,728');
    expect(formatMoney({ amount: 2_500_000.5, currency: 'USD' }, 'en')).to.equal('$2,500,000.50');
    expect(formatMoney({ amount: 7_563_728, currency: 'USD' }, 'de')).to.match(/^7\.563\.728\s\$$/);
    expect(formatMoney({ amount: 7_563_728, currency: 'USD' }, 'ko')).to.equal('US$7,563,728');
    expect(formatMoney({ amount: 5, currency: 'ZZZ' }, 'en')).to.match(/^ZZZ\s5$|^5 ZZZ$/);
  });

  it('formats percentages written as 0 to 100', () => {
    expect(formatPercent(91, 'en')).to.equal('91%');
    expect(formatPercent(75, 'ko')).to.equal('75%');
  });
});

describe('formatList', () => {
  it('joins names per locale', () => {
    expect(formatList(['Jeon Jong-seo', 'Kim Ji-hoon', 'Park Yu-rim'], 'en')).to.equal('Jeon Jong-seo, Kim Ji-hoon, and Park Yu-rim');
    expect(formatList(['전종서', '김지훈', '박유림'], 'ko')).to.equal('전종서, 김지훈 및 박유림');
    expect(formatList(['1 hour', '33 minutes'], 'en', 'unit')).to.equal('1 hour 33 minutes');
  });
});

describe('formatRating', () => {
  it('says a score on its own scale', () => {
    expect(formatRating({ kind: 'score', value: 3, best: 5 }, 'en')).to.equal('3 out of 5');
    expect(formatRating({ kind: 'score', value: 3, best: 5, unit: 'stars' }, 'ko')).to.equal('5점 만점에 3점');
    expect(formatRating({ kind: 'score', value: 6.6, best: 10 }, 'en')).to.equal('6.6 out of 10');
  });

  it('keeps fractions exact', () => {
    expect(formatRating({ kind: 'score', value: 3.5, best: 5 }, 'en')).to.equal('3.5 out of 5');
    expect(formatRating({ kind: 'score', value: 3.75, best: 5 }, 'en')).to.equal('3.75 out of 5');
  });

  it('says percentages as percentages', () => {
    expect(formatRating({ kind: 'score', value: 75, best: 100, unit: 'percent' }, 'en')).to.equal('75%');
  });

  it('gives grades and verdicts as written', () => {
    expect(formatRating({ kind: 'grade', grade: 'B+' }, 'en')).to.equal('B+');
    expect(formatRating({ kind: 'verdict', label: 'Mixed (Divisive)' }, 'ko')).to.equal('Mixed (Divisive)');
  });

  it("speaks each interface language, and uses English words but the locale's numbers for others", () => {
    expect(ratingPhrase(3.5, 5, 'de')).to.equal('3,5 von 5');
    expect(ratingPhrase(3.5, 5, 'fr')).to.equal('3,5 sur 5');
    expect(ratingPhrase(3.5, 5, 'sv')).to.equal('3,5 out of 5');
  });

  it('falls back to English for a locale the runtime rejects', () => {
    expect(formatRating({ kind: 'score', value: 3, best: 5 }, 'not a locale!')).to.equal('3 out of 5');
  });
});
