// The trailer for search engines: a VideoObject only with what Google requires of one (name,
// thumbnail, upload date); otherwise left out, with the note `validate --search` prints.
import { expect } from '@open-wc/testing';
import '../../../src/define/film-trailer.js';
import type { FilmTrailer } from '../../../src/elements/film-trailer/film-trailer.js';
import { parseFilm } from '../../../src/model/parse-film.js';
import { writeJsonLd } from '../../../src/model/jsonld-writer.js';
import type { FilmData } from '../../../src/model/types.js';
import { fixture, html, settled } from '../../helpers.js';
import { checkForGoogle } from '../../model/google-rules.js';

const whole = { url: 'https://www.youtube.com/watch?v=AbCdEfGhIj0', name: 'Official trailer', thumbnail: { src: 'https://films.example/still.jpg', alt: 'A still' }, date: '2023-09-20' };
const withTrailer = (trailer: Record<string, unknown>): FilmData => ({ title: 'Ballerina', year: 2023, trailer });
const written = (film: FilmData) => writeJsonLd(parseFilm(film).film);

describe('<film-trailer> for search engines', () => {
  it('is a VideoObject with its name, thumbnail and upload date, which Google’s rules accept', () => {
    const { jsonLd, notes } = written(withTrailer(whole));
    expect(jsonLd['trailer']).to.deep.equal({
      '@type': 'VideoObject', name: 'Official trailer', url: whole.url, thumbnailUrl: 'https://films.example/still.jpg', uploadDate: '2023-09-20',
    });
    expect(checkForGoogle(jsonLd)).to.deep.equal([]);
    expect(notes.filter((n) => n.path.startsWith('trailer'))).to.deep.equal([]);
    // And it reads back as it was written.
    expect(parseFilm(jsonLd).film.trailer).to.deep.equal({ ...whole, thumbnail: { src: whole.thumbnail.src, alt: '' } });
  });

  it('is left out when Google would refuse it, with a note that says what it lacks', () => {
    const { date: _, ...undated } = whole;
    const one = written(withTrailer(undated));
    expect(one.jsonLd).not.to.have.property('trailer');
    expect(one.notes.filter((n) => n.path.startsWith('trailer'))).to.deep.equal([{
      path: 'trailer.date', issue: 'Missing field "uploadDate"', level: 'left out',
      why: 'the trailer has no upload date ("date"), which Google requires of a video: it is shown and not marked up',
    }]);
    // The checker would have refused it: what is left out is what Search Console flags.
    expect(checkForGoogle({ '@type': 'VideoObject', name: 'Official trailer', thumbnailUrl: whole.thumbnail.src })).to.deep.equal([': Missing field "uploadDate"']);

    const bare = written(withTrailer({ url: whole.url }));
    expect(bare.jsonLd).not.to.have.property('trailer');
    expect(bare.notes.filter((n) => n.path.startsWith('trailer'))).to.deep.equal([{
      path: 'trailer', issue: 'Missing field "name"', level: 'left out',
      why: 'the trailer has no name, thumbnail or upload date ("name", "thumbnail", "date"), which Google requires of a video: it is shown and not marked up',
    }]);
  });

  it('takes no note of a trailer without an address (nothing is shown, so nothing is left out)', () => {
    const { jsonLd, notes } = written(withTrailer({ name: 'Official trailer' }));
    expect(jsonLd).not.to.have.property('trailer');
    expect(notes.filter((n) => n.path.startsWith('trailer'))).to.deep.equal([]);
  });

  it('the jsonld attribute puts the VideoObject in the page’s head with the film', async () => {
    const host = await fixture(html`<div><film-trailer jsonld .film=${withTrailer(whole)}></film-trailer></div>`);
    await settled(host.querySelector<FilmTrailer>('film-trailer')!, 'ready');
    await import('../../../src/core/page-jsonld.js');
    await new Promise((resolve) => setTimeout(resolve));
    const scripts = [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
    try {
      expect(scripts).to.have.length(1);
      const movie = JSON.parse(scripts[0]!.textContent!);
      expect(movie).to.include({ '@type': 'Movie', name: 'Ballerina' });
      expect(movie.trailer).to.include({ '@type': 'VideoObject', uploadDate: '2023-09-20' });
      expect(checkForGoogle(movie)).to.deep.equal([]);
    } finally {
      scripts.forEach((s) => s.remove());
    }
  });
});
