import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { calendarDate, readDate, readWrittenDate } from '../../src/model/dates.js';
import { parseFilm } from '../../src/model/parse-film.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('the written-date reader', () => {
  it('reads the styles the Manual of Style allows, each to the precision it gives', () => {
    expect(readDate('September 15, 1995')).to.equal('1995-09-15');
    expect(readDate('15 September 1995')).to.equal('1995-09-15');
    expect(readDate('Sept. 15, 1995')).to.equal('1995-09-15');
    expect(readDate('Friday, 15th September 1995')).to.equal('1995-09-15');
    expect(readDate('September 1995')).to.equal('1995-09');
    expect(readDate('1995')).to.equal('1995');
    expect(readDate('1995-9-5')).to.equal('1995-09-05');
    expect(readDate('c. 1950')).to.equal('1950');
  });

  it('reads Korean, Japanese and Chinese dates, with a place after them', () => {
    expect(readDate('2023년 10월 6일')).to.equal('2023-10-06');
    expect(readDate('2023년 10월')).to.equal('2023-10');
    expect(readDate('2023년')).to.equal('2023');
    expect(readDate('2023年10月6日')).to.equal('2023-10-06');
    expect(readWrittenDate('2022년 5월 23일 (칸 영화제)')).to.deep.equal({ date: '2022-05-23', place: '칸 영화제' });
    for (const text of ['2023년 2월 30일', '2023년 13월', '2023년 10월 6일 그리고 7일']) expect(readWrittenDate(text), text).to.equal(undefined);
    const { film } = parseFilm({ title: '발레리나', releases: ['2023년 10월 6일 (넷플릭스)'] });
    expect(film.releases).to.deep.equal([{ date: '2023-10-06', place: '넷플릭스' }]);
  });

  it('reads a place after the date, in brackets, after a dash or a comma', () => {
    expect(readWrittenDate('September 15, 1995 (Toronto)')).to.deep.equal({ date: '1995-09-15', place: 'Toronto' });
    expect(readWrittenDate('15 September 1995 (Toronto International Film Festival)')).to.deep.equal({ date: '1995-09-15', place: 'Toronto International Film Festival' });
    expect(readWrittenDate('September 1995 (Venice)')).to.deep.equal({ date: '1995-09', place: 'Venice' });
    expect(readWrittenDate('1995 (United States)')).to.deep.equal({ date: '1995', place: 'United States' });
    expect(readWrittenDate('October 6, 2023 – Netflix')).to.deep.equal({ date: '2023-10-06', place: 'Netflix' });
    expect(readWrittenDate('5 October 2023, Busan')).to.deep.equal({ date: '2023-10-05', place: 'Busan' });
    // A place is never what a text does not give: a date alone is a date alone.
    expect(readWrittenDate('15 September 1995')).to.deep.equal({ date: '1995-09-15' });
  });

  it('refuses what is not one real date, rather than guess', () => {
    for (const text of ['February 30, 1995', '31 April 1995', 'Smarch 5, 1995', '1995–96', '1995 and 1996', '15/09/1995', 'sometime in 1995', '', '95', '1995 (Toronto']) {
      expect(readWrittenDate(text), text).to.equal(undefined);
    }
    expect(calendarDate('1995', '13')).to.equal(undefined);
    expect(calendarDate('1995', undefined, '5')).to.equal(undefined);
  });

  it('every real day, written in each style, reads back as its ISO date (property)', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1888-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
      fc.constantFrom('mdy', 'dmy', 'my', 'y'), fc.option(fc.constantFrom('Toronto', 'Cannes Film Festival', 'United States')), (when, style, place) => {
        const [y, m, d] = [when.getUTCFullYear(), when.getUTCMonth() + 1, when.getUTCDate()];
        const month = MONTHS[m - 1]!;
        const written = { mdy: `${month} ${d}, ${y}`, dmy: `${d} ${month} ${y}`, my: `${month} ${y}`, y: `${y}` }[style];
        const iso = [String(y), String(m).padStart(2, '0'), String(d).padStart(2, '0')].slice(0, { mdy: 3, dmy: 3, my: 2, y: 1 }[style]).join('-');
        const read = readWrittenDate(place ? `${written} (${place})` : written);
        expect(read).to.deep.equal(place ? { date: iso, place } : { date: iso });
      }));
  });

  it('the model reads written dates with the same reader: film JSON and JSON-LD releases keep the place', () => {
    const { film } = parseFilm({ title: 'Heat', releases: ['December 6, 1995 (Westwood)', { date: '15 December 1995', place: 'United States' }] });
    expect(film.releases).to.deep.equal([{ date: '1995-12-06', place: 'Westwood' }, { date: '1995-12-15', place: 'United States' }]);
    const jsonld = parseFilm({ '@context': 'https://schema.org', '@type': 'Movie', name: 'Heat', datePublished: 'December 15, 1995 (United States)' });
    expect(jsonld.film.releases).to.deep.equal([{ date: '1995-12-15', place: 'United States' }]);
  });
});
