import { expect } from '@open-wc/testing';
import { playerFor } from '../../../src/elements/film-trailer/video-address.js';

const youtube = 'https://www.youtube-nocookie.com/embed/AbCdEfGhIj0?autoplay=1';

describe('<film-trailer>: the video address', () => {
  it('finds a YouTube video in every form its address takes, and plays it from youtube-nocookie.com', () => {
    for (const address of [
      'https://www.youtube.com/watch?v=AbCdEfGhIj0',
      'https://www.youtube.com/watch?feature=share&v=AbCdEfGhIj0&t=42',
      'http://youtube.com/watch?v=AbCdEfGhIj0',
      'https://m.youtube.com/watch?v=AbCdEfGhIj0',
      'https://youtu.be/AbCdEfGhIj0',
      'https://youtu.be/AbCdEfGhIj0?si=tracking',
      'https://www.youtube.com/embed/AbCdEfGhIj0',
      'https://www.youtube-nocookie.com/embed/AbCdEfGhIj0?rel=0',
      'https://www.youtube.com/shorts/AbCdEfGhIj0',
      'HTTPS://WWW.YOUTUBE.COM/watch?v=AbCdEfGhIj0',
    ]) {
      expect(playerFor(address), address).to.deep.equal({ host: 'youtube', id: 'AbCdEfGhIj0', embed: youtube });
    }
  });

  it('finds a Vimeo video, and plays it with dnt=1 (and an unlisted video with its hash)', () => {
    const played = (id: string, hash = '') => `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1${hash && `&h=${hash}`}`;
    expect(playerFor('https://vimeo.com/76979871')).to.deep.equal({ host: 'vimeo', id: '76979871', embed: played('76979871') });
    expect(playerFor('https://player.vimeo.com/video/76979871')?.embed).to.equal(played('76979871'));
    expect(playerFor('https://vimeo.com/channels/staffpicks/76979871')?.embed).to.equal(played('76979871'));
    expect(playerFor('https://vimeo.com/76979871/8272103f6e')?.embed).to.equal(played('76979871', '8272103f6e'));
    expect(playerFor('https://player.vimeo.com/video/76979871?h=8272103f6e')?.embed).to.equal(played('76979871', '8272103f6e'));
  });

  it('finds nothing in any other address, or in a malformed id', () => {
    for (const address of [
      'https://films.example/ballerina/trailer',
      '/trailers/ballerina',
      'https://www.youtube.com/watch?v=short',
      'https://www.youtube.com/watch?v=AbCdEfGhIj0"><script>',
      'https://www.youtube.com/@netflix',
      'https://youtube.com.evil.example/watch?v=AbCdEfGhIj0',
      'https://notyoutube.com/watch?v=AbCdEfGhIj0',
      'https://vimeo.com/about',
      'https://vimeo.com/channels/staffpicks',
      'javascript:alert(1)',
      'not an address',
    ]) {
      expect(playerFor(address), address).to.equal(undefined);
    }
  });
});
