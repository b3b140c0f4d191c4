// The builder page's script: the elements (for the preview), the page itself, and what the build
// says of the library, read from `data-lib` (the site's lib/, which site/ and `publish` write).
import '../index.js';
import { FilmBuilder } from './film-builder.js';
import type { Library } from './library.js';

customElements.define('film-builder', FilmBuilder);
const lib = new URL(document.documentElement.dataset.lib ?? '../lib/', location.href);
const library = await (await fetch(new URL('library.json', lib))).json() as Library;
await document.querySelector('film-builder')!.start(lib, library);
document.documentElement.dataset.ready = 'true';
