import { expect } from '@open-wc/testing';
import { nearestKey } from '../../src/model/near-keys.js';
import { parseFilm } from '../../src/model/parse-film.js';

describe('unknown keys: the nearest known key', () => {
  const cases: Array<[Parameters<typeof nearestKey>[0], string, string | undefined]> = [
    ['film', 'runtme', 'runtime'],
    ['film', 'director', 'credits.directors'],
    ['film', 'Directors', 'credits.directors'],
    ['film', 'genre', 'genres'],
    ['film', 'country', 'countries'],
    ['film', 'run_time', 'runtime'],
    ['film', 'box_office', 'boxOffice'],
    ['film', 'duration', 'runtime'],
    ['film', 'image', 'poster'],
    ['film', 'distributor', 'companies.distributors'],
    ['film', 'plto', 'plot'],
    ['film', 'rottenness', undefined],
    ['review', 'auther', 'critic'],
    ['review', 'critc', 'critic'],
    ['review', 'publisher', 'outlet'],
    ['castMember', 'role', 'character'],
    ['image', 'url', 'src'],
    ['rating', 'outOf', 'best'],
    ['aggregateScore', 'reviewCount', 'count'],
  ];
  for (const [section, key, meant] of cases) {
    it(`${section}: ${key} → ${meant ?? 'nothing near'}`, () => expect(nearestKey(section, key)).to.equal(meant));
  }

  it('checks every section of the film JSON, with paths, and keeps what it knows', () => {
    const { film, problems } = parseFilm({
      title: 'Ballerina',
      credits: { directer: ['Lee Chung-hyun'], directors: [{ name: 'Lee Chung-hyun', nmae: 'x' }] },
      cast: [{ actor: 'Jeon Jong-seo', role: 'Jang Ok-ju' }],
      releases: [{ date: '2023-10-06', palce: 'Netflix' }],
      scores: [{ source: 'Rotten Tomatoes', value: 91, best: 100, average: { value: 6.6, best: 10, of: 11 } }],
      reviews: [{ outlet: 'Paper', rating: { value: 3, best: 5, max: 5 }, criteria: [{ name: 'Story', rating: '3/5', weight: 1 }] }],
      poster: { src: 'https://films.example/p.jpg', alt: 'Poster', href: 'x' },
      trailer: { url: 'https://video.example/1', thumbnail: { src: 'https://video.example/1.jpg', alt: 'Still', size: 3 } },
    });
    expect(film.credits?.directors).to.deep.equal([{ name: 'Lee Chung-hyun' }]);
    expect(film.cast).to.deep.equal([{ actor: { name: 'Jeon Jong-seo' } }]);
    expect(problems.filter((p) => p.message.startsWith('not a field')).map((p) => `${p.severity} ${p.path} → ${p.message.replace(/^.*?(did you mean "(.*)"\?|film\.schema\.json lists the fields)$/, '$2')}`)).to.deep.equal([
      'warning credits.directer → directors',
      'warning credits.directors[0].nmae → name',
      'warning releases[0].palce → place',
      'warning poster.href → src',
      'warning cast[0].role → character',
      'warning reviews[0].rating.max → best',
      'warning reviews[0].criteria[0].weight → ',
      'warning scores[0].average.of → ',
      'warning trailer.thumbnail.size → ',
    ]);
  });
});
