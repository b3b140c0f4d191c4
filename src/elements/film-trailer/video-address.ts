/**
 * Where a trailer plays: the video host's player for an address on YouTube or Vimeo, in the form
 * that sets no cookies before play (`youtube-nocookie.com`, Vimeo's `dnt=1`). Any other address
 * is a page of its own, which the element links to. No DOM: it runs on a server too.
 */

/** A trailer the element can play in its own frame. */
export interface Player {
  host: 'youtube' | 'vimeo';
  /** The video's id on its host. */
  id: string;
  /** The player's address, which starts the video as it opens. */
  embed: string;
}

// A YouTube id is 11 characters of the URL-safe base64 alphabet.
const YOUTUBE_ID = /^[\w-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;
// An unlisted Vimeo video needs its hash as well as its id.
const VIMEO_HASH = /^[\da-f]{6,20}$/i;

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com']);
const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com']);

const youtube = (id: string | undefined): Player | undefined =>
  id && YOUTUBE_ID.test(id) ? { host: 'youtube', id, embed: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1` } : undefined;

function vimeo(id: string | undefined, hash: string | undefined): Player | undefined {
  if (!id || !VIMEO_ID.test(id)) return undefined;
  const unlisted = hash && VIMEO_HASH.test(hash) ? `&h=${hash}` : '';
  return { host: 'vimeo', id, embed: `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1${unlisted}` };
}

/**
 * The player for a trailer's address, from the forms such addresses take: `youtube.com/watch?v=`,
 * `youtu.be/`, `/embed/`, `/shorts/` (also on `m.` and `youtube-nocookie.com`), `vimeo.com/<id>`
 * (`/<id>/<hash>` when unlisted, `/channels/<name>/<id>`) and `player.vimeo.com/video/<id>`. Undefined for anything else.
 */
export function playerFor(address: string): Player | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase();
  const [first, second, third] = url.pathname.split('/').filter(Boolean);
  if (host === 'youtu.be') return youtube(first);
  if (YOUTUBE_HOSTS.has(host)) {
    if (first === 'watch') return youtube(url.searchParams.get('v') ?? undefined);
    if (first === 'embed' || first === 'shorts' || first === 'live' || first === 'v') return youtube(second);
    return undefined;
  }
  if (VIMEO_HOSTS.has(host)) {
    if (host === 'player.vimeo.com') return first === 'video' ? vimeo(second, url.searchParams.get('h') ?? undefined) : undefined;
    // A video in a channel: vimeo.com/channels/<channel>/<id>.
    if (first === 'channels') return vimeo(third, undefined);
    return vimeo(first, second ?? url.searchParams.get('h') ?? undefined);
  }
  return undefined;
}
