// The files a published site carries beside its pages: the library (checked against the hash
// the build recorded), the builder, the embeds' height script, the site's styles and the
// headers for hosts that read a `_headers` file.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Refusal, dist } from '../film-file.mjs';

/**
 * Tells the page around an embed how tall the embed is, in WordPress's message (with the secret
 * WordPress puts in the iframe's URL) and in a plain one of our own. A classic script, because
 * in `sandbox="allow-scripts"` the page has no origin and a module script from the site would
 * need CORS headers the host may not send.
 */
const heightScript = `// Tells the page around this embed how tall it is, whenever that changes.
(function () {
  if (window.parent === window || typeof ResizeObserver !== 'function') return;
  var found = /[#?&]secret=([A-Za-z0-9]+)/.exec(location.hash);
  var last = 0;
  new ResizeObserver(function () {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (!height || height === last) return;
    last = height;
    window.parent.postMessage({ type: 'film-elements:height', height: height }, '*');
    if (found) window.parent.postMessage({ message: 'height', value: height, secret: found[1] }, '*');
  }).observe(document.documentElement);
})();
`;

const siteCss = `/* The site around the elements: the elements bring their own styles. */
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0 auto; padding: 1rem; max-inline-size: 72rem; }
body.embed { margin: 0; padding: 0; max-inline-size: none; background: transparent; }
/* An embed's frame is the widget's own size: no margin around it. */
body.embed { --film-block-margin: 0; }
.film { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 1fr); }
.film > * { min-inline-size: 0; }
@media (min-width: 48rem) {
  .film { grid-template-columns: minmax(0, 1fr) 26rem; align-items: start; }
  .film > aside { grid-column: 2; grid-row: 1 / span 20; }
}
.film > section { display: grid; gap: 1rem; }
.embed-list code { overflow-wrap: anywhere; }
.films { list-style: none; padding: 0; display: grid; gap: 1.5rem; }
`;

/** Headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages): see the README. */
const headersFile = `# The library files may be fetched by embeds in sandboxed iframes, which have no origin.
/lib/*
  Access-Control-Allow-Origin: *
`;

const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Writes the library (the loader and everything it may import, the one-file bundle, integrity.json and
 * library.json), the loader checked against the hash the build recorded; and the builder beside it.
 */
export function copyLibrary(lib) {
  const loader = 'film-elements.loader.min.js';
  let integrity;
  try {
    integrity = JSON.parse(readFileSync(new URL('integrity.json', dist), 'utf8'))[loader];
  } catch {
    integrity = undefined;
  }
  const bytes = readFileSync(new URL(loader, dist));
  if (!integrity || sha384(bytes) !== integrity) {
    throw new Refusal(`dist/${loader} does not match dist/integrity.json: run \`npm run build\` again.`);
  }
  mkdirSync(lib, { recursive: true });
  const { files } = JSON.parse(readFileSync(new URL('library.json', dist), 'utf8'));
  for (const file of [...files, 'library.json']) {
    mkdirSync(dirname(join(lib, file)), { recursive: true });
    cpSync(fileURLToPath(new URL(file, dist)), join(lib, file));
  }
  cpSync(fileURLToPath(new URL('builder/', dist)), join(lib, '../builder'), { recursive: true });
  writeFileSync(join(lib, 'embed-height.js'), heightScript);
  writeFileSync(join(lib, 'site.css'), siteCss);
  return { loader, integrity };
}

/** Writes the `_headers` file beside the pages. */
export const writeHeaders = (out) => writeFileSync(join(out, '_headers'), headersFile);
