// `film-elements publish`: a static site for platforms where no script may be pasted
// (WordPress below `unfiltered_html`, Medium, Ghost's embed card, Substack). An author pastes
// the URL of an embed page on a line of its own; the platform reads the page's oEmbed link and
// shows the element in a sandboxed iframe. Everything is files: any static host serves it.
//
//   <out>/index.html                      the films
//   <out>/<film>/index.html               a film page: every element the data can fill
//   <out>/<film>/<element>/index.html     an embed page: that element alone
//   <out>/<film>/<element>/oembed.json    its oEmbed response
//   <out>/lib/                            the library (as dist/library.json lists it), from dist/
//   <out>/builder/                        the builder, reading that library (dist/builder/)
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Refusal, dist, importBuilt, problemLine, readFilmFile } from '../film-file.mjs';
import { builtTags, escapeHtml, localeOption, renderElement, scriptJson } from '../ssr.mjs';

const generator = 'film-elements publish';

/** What each element needs from a film to show more than "nothing here"; the rest always can. */
const fills = {
  'film-hatnote': (f) => f.otherFilms?.length,
  'review-card': (f) => f.reviews?.length,
  'film-scores': (f) => f.scores?.length || f.reviews?.length || f.viewership?.length,
  'accolade-table': (f) => f.accolades?.length,
  'cast-list': (f) => f.cast?.length,
  'content-advisory': (f) => f.contentRating,
  'film-plot': (f) => f.plot?.logline?.trim() || f.plot?.text?.trim(),
  'film-timeline': (f) => f.milestones?.length || f.releases?.length,
};

/**
 * Each element's name in the site's URLs and words, and its iframe's size in CSS pixels. The
 * height is what readers get where nobody listens to the embed's height messages (WordPress
 * does not, for other sites' embeds): room for a film like the demo's (measured), the rest
 * scrolls inside. The infobox is a sidebar; at 440 px its labels keep to one line.
 */
const embeds = {
  'film-infobox': { path: 'infobox', label: 'Infobox', width: 440, height: 1000 },
  'film-card': { path: 'card', label: 'Card', width: 600, height: 180 },
  'film-hatnote': { path: 'hatnote', label: 'Other films of the same title', width: 600, height: 80 },
  'film-plot': { path: 'plot', label: 'Plot', width: 600, height: 300 },
  'cast-list': { path: 'cast', label: 'Cast', width: 600, height: 600 },
  'review-card': { path: 'review', label: 'Review', width: 600, height: 480 },
  'film-scores': { path: 'scores', label: 'Scores', width: 600, height: 480 },
  'content-advisory': { path: 'advisory', label: 'Content advisory', width: 600, height: 380 },
  'accolade-table': { path: 'accolades', label: 'Accolades', width: 600, height: 400 },
  'film-timeline': { path: 'timeline', label: 'Timeline', width: 600, height: 460 },
};
const embedOf = (tag) => embeds[tag] ?? { path: tag, label: tag, width: 600, height: 480 };

/** How long a platform may keep an oEmbed response: a day, as WordPress does by default. */
const cacheAge = 86400;

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

/** The base URL as a folder URL (ending in `/`), or a refusal. */
function baseUrlOption(value) {
  if (value === undefined) throw new Refusal('--base-url is required: the address the site will be served from, such as https://films.example.com/.', 2);
  let url;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username) {
    throw new Refusal(`--base-url must be an http or https address without query or fragment, such as https://films.example.com/, not "${value}".`, 2);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** A film's folder: its `id` when that is a plain slug, else its title and year. */
function slugOf(film, file) {
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/i.test(film.id ?? '')) return film.id.toLowerCase();
  const title = film.title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  if (!title) throw new Refusal(`${file}: the film has no title to name its pages after: give it a title or an id such as "my-film-2024".`);
  return film.year === undefined ? title : `${title}-${film.year}`;
}

/** Reads every film, refusing any with errors: a published page should not lose data silently. */
async function readFilms(files) {
  const films = [];
  for (const file of files) {
    const { film, problems, notAFilm } = await readFilmFile(file);
    if (notAFilm !== undefined) throw new Refusal(`${file} is not a film: ${notAFilm}.`);
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length) {
      const paths = errors.map((p) => p.path || '(document)').join(', ');
      throw new Refusal(`${file} has ${errors.length === 1 ? 'an error' : `${errors.length} errors`} at ${paths}: fix ${errors.length === 1 ? 'it' : 'them'} first (\`film-elements validate ${file}\` says what is wrong).`);
    }
    for (const problem of problems) console.error(`${file}: ${problemLine(problem)}`);
    const slug = slugOf(film, file);
    if (['lib', 'builder'].includes(slug)) throw new Refusal(`${file} would be published at ${slug}/, where the site keeps its ${slug === 'lib' ? 'library' : 'builder'}: give the film an "id" such as "${slug}-film".`);
    const twin = films.find((f) => f.slug === slug);
    if (twin) throw new Refusal(`${twin.file} and ${file} would both be published at ${slug}/: give one of them another "id".`);
    films.push({ file, film, slug });
  }
  return films.sort((a, b) => (a.slug < b.slug ? -1 : 1));
}

/**
 * The library (the loader and everything it may import, the one-file bundle, integrity.json and
 * library.json), the loader checked against the hash the build recorded; and the builder beside it.
 */
function copyLibrary(lib) {
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

/** What every page's head shares; `root` is the relative way back to the site's top. */
function head({ title, root, library, extra = [] }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${generator}">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${root}lib/site.css">
${extra.join('\n')}${extra.length ? '\n' : ''}<script type="module" src="${root}lib/${library.loader}" integrity="${library.integrity}" crossorigin="anonymous"></script>
</head>`;
}

const filmName = (film) => (film.year === undefined ? film.title : `${film.title} (${film.year})`);
const oembedLink = (url, title) => `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(url)}" title="${escapeHtml(title)}">`;

/**
 * Open Graph for platforms that show a link as a card instead of embedding it (Substack, and
 * Medium or Ghost when they do not embed): title, description and poster.
 */
function openGraph(film, pageUrl, provider) {
  const tags = { 'og:type': 'video.movie', 'og:title': filmName(film), 'og:url': pageUrl.href, 'og:site_name': provider };
  if (film.description) tags['og:description'] = film.description;
  if (film.poster?.src) {
    tags['og:image'] = new URL(film.poster.src, pageUrl).href;
    if (film.poster.alt) tags['og:image:alt'] = film.poster.alt;
  }
  return Object.entries(tags).map(([property, content]) => `<meta property="${property}" content="${escapeHtml(content)}">`);
}

/** The oEmbed response for one element of one film: a sandbox-ready iframe of its embed page. */
function oembed({ film, embed, pageUrl, embedUrl, provider, base }) {
  const title = `${filmName(film)}: ${embed.label}`;
  const response = {
    version: '1.0',
    type: 'rich',
    provider_name: provider,
    provider_url: base.href,
    title,
    width: embed.width,
    height: embed.height,
    html: `<iframe src="${escapeHtml(embedUrl)}" width="${embed.width}" height="${embed.height}" title="${escapeHtml(title)}" frameborder="0" loading="lazy"></iframe>`,
    cache_age: cacheAge,
  };
  if (film.poster?.src) {
    response.thumbnail_url = new URL(film.poster.src, pageUrl).href;
    if (film.poster.width && film.poster.height) {
      response.thumbnail_width = film.poster.width;
      response.thumbnail_height = film.poster.height;
    }
  }
  return response;
}

/** Writes one film's page, and an embed page and oEmbed response for each element it fills. */
async function writeFilm({ film, slug }, { out, base, tags, locale, lang, provider, library, toJsonLd }) {
  const pageUrl = new URL(`${encodeURIComponent(slug)}/`, base);
  // In the table's order: a platform given the film page takes its first oEmbed link, the infobox.
  const order = Object.keys(embeds);
  const rank = (tag) => (order.includes(tag) ? order.indexOf(tag) : order.length);
  const shown = tags.filter((tag) => !fills[tag] || fills[tag](film)).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  const items = shown.map((tag) => {
    const embed = embedOf(tag);
    return { tag, embed, url: new URL(`${embed.path}/`, pageUrl).href, oembedUrl: new URL(`${embed.path}/oembed.json`, pageUrl).href };
  });

  for (const { tag, embed, url, oembedUrl } of items) {
    const dir = join(out, slug, embed.path);
    mkdirSync(dir, { recursive: true });
    const element = await renderElement(tag, film, { locale, lang });
    const title = `${filmName(film)}: ${embed.label}`;
    writeFileSync(join(dir, 'index.html'), `${head({
      title, root: '../../', library,
      extra: ['<meta name="robots" content="noindex">', oembedLink(oembedUrl, title)],
    })}
<body class="embed">
${element}
<script src="../../lib/embed-height.js"></script>
</body>
</html>
`);
    writeFileSync(join(dir, 'oembed.json'), `${JSON.stringify(oembed({ film, embed, pageUrl, embedUrl: url, provider, base }), null, 2)}\n`);
  }

  // On the film page every element reads the one copy of the film in `#film`.
  const render = (tag, options = {}) => renderElement(tag, film, { locale, lang, filmFrom: '#film', ...options });
  const has = (tag) => shown.includes(tag);
  const main = [];
  for (const tag of ['film-card', 'film-plot', 'cast-list']) if (has(tag)) main.push(await render(tag));
  if (has('review-card')) {
    for (const [index, review] of film.reviews.entries()) main.push(await render('review-card', { review: review.id ?? String(index) }));
  }
  const known = new Set(['film-hatnote', 'film-infobox', 'film-card', 'film-plot', 'cast-list', 'review-card']);
  for (const tag of shown) if (!known.has(tag)) main.push(await render(tag));
  const embedList = items.map(({ embed, url }) => `<li>${escapeHtml(embed.label)}: <code>${escapeHtml(url)}</code></li>`);
  const title = filmName(film);
  writeFileSync(join(out, slug, 'index.html'), `${head({
    title, root: '../', library,
    extra: [
      `<link rel="canonical" href="${escapeHtml(pageUrl.href)}">`,
      ...(film.description ? [`<meta name="description" content="${escapeHtml(film.description)}">`] : []),
      ...openGraph(film, pageUrl, provider),
      ...items.map(({ embed, oembedUrl }) => oembedLink(oembedUrl, `${title}: ${embed.label}`)),
      `<script type="application/ld+json">\n${scriptJson(toJsonLd(film))}\n</script>`,
    ],
  })}
<body>
<nav><a href="../">All films</a></nav>
<script type="application/json" id="film">
${scriptJson(film)}
</script>
${has('film-hatnote') ? `${await render('film-hatnote')}\n` : ''}<main class="film">
${has('film-infobox') ? `<aside>${await render('film-infobox')}</aside>\n` : ''}<section>
${main.join('\n')}
</section>
</main>
<footer class="embed-list">
<h2>Embed</h2>
<p>To show a part of this page in a WordPress, Medium, Ghost or Substack post, paste its address on a line of its own:</p>
<ul>
${embedList.join('\n')}
</ul>
</footer>
</body>
</html>
`);
  return { pageUrl: pageUrl.href, embeds: items.map((item) => item.url) };
}

/** The list of films, each with its card. */
async function writeIndex(out, films, { locale, lang, library, provider }) {
  const entries = [];
  for (const { film, slug } of films) {
    entries.push(`<li><h2><a href="${encodeURIComponent(slug)}/">${escapeHtml(filmName(film))}</a></h2>
${await renderElement('film-card', film, { locale, lang })}</li>`);
  }
  writeFileSync(join(out, 'index.html'), `${head({ title: `Films: ${provider}`, root: '', library })}
<body>
<h1>Films</h1>
<ul class="films">
${entries.join('\n')}
</ul>
</body>
</html>
`);
}

const writeReasons = { ENOENT: 'no such directory', ENOTDIR: 'a part of the path is a file', EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'read-only file system', ENOSPC: 'no space left' };
const cannotWrite = (out, error) => new Refusal(`cannot write ${out}: ${writeReasons[error.code] ?? error.code ?? error.message}.`);

/** An existing output folder is replaced only when it is empty or a site this command wrote. */
function checkReplaceable(out) {
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new Refusal(`cannot write ${out}: it is a file.`);
  if (!readdirSync(out).length) return;
  const index = join(out, 'index.html');
  if (!existsSync(index) || !readFileSync(index, 'utf8').includes(`<meta name="generator" content="${generator}">`)) {
    throw new Refusal(`${out} holds files that film-elements publish did not write: choose a new or empty folder.`);
  }
}

/** `film-elements publish <film.json…> --out <dir> --base-url <url>`. */
export async function publish(files, options, usage) {
  if (!files.length) throw new Refusal(`no film file given.\n${usage}`, 2);
  if (!options.out) throw new Refusal('--out is required: the folder to write the site to.', 2);
  const base = baseUrlOption(options['base-url']);
  const locale = localeOption(options.lang);
  const lang = options.lang === undefined ? undefined : locale;
  const provider = options.provider?.trim() || base.host;
  const out = resolve(options.out);
  checkReplaceable(out);
  const tags = await builtTags();
  const { toJsonLd } = await importBuilt('model/index.js');
  const films = await readFilms(files);

  // Written beside the output and moved into place at the end, so that a failure leaves the
  // old site (or nothing) rather than half a site.
  const temporary = join(dirname(out), `.${basename(out)}.publishing-${process.pid}`);
  try {
    mkdirSync(temporary, { recursive: true });
  } catch (error) {
    throw cannotWrite(options.out, error);
  }
  const published = [];
  try {
    const library = copyLibrary(join(temporary, 'lib'));
    writeFileSync(join(temporary, '_headers'), headersFile);
    for (const entry of films) published.push(await writeFilm(entry, { out: temporary, base, tags, locale, lang, provider, library, toJsonLd }));
    await writeIndex(temporary, films, { locale, lang, library, provider });
    const old = `${temporary}-old`;
    if (existsSync(out)) renameSync(out, old);
    try {
      renameSync(temporary, out);
    } catch (error) {
      if (existsSync(old)) renameSync(old, out);
      throw error;
    }
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    if (error instanceof Refusal) throw error;
    if (error?.code && error.syscall) throw cannotWrite(options.out, error);
    throw error;
  }
  for (const { pageUrl, embeds: urls } of published) {
    console.log(`${pageUrl}\n${urls.map((url) => `  embed: ${url}`).join('\n')}`);
  }
  console.log(`published ${published.length} film${published.length === 1 ? '' : 's'} to ${options.out}`);
  return 0;
}
