// The pages of a published site: a page for each film with every element its data fills, an
// embed page and an oEmbed response for each of those elements, and the list of films.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml, renderElement, scriptJson } from '../ssr.mjs';

/** The generator every page names, by which publishing again knows a site of its own. */
export const generator = 'film-elements publish';

/** How long a platform may keep an oEmbed response: a day, as WordPress does by default. */
const cacheAge = 86400;

/** What every page's head shares; `root` is the relative way back to the site's top. */
export function head({ title, root, library, extra = [] }) {
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
export async function writeFilm({ film, slug }, { out, base, elements, locale, lang, provider, library, toJsonLd, links = [] }) {
  const pageUrl = new URL(`${encodeURIComponent(slug)}/`, base);
  // Most used first (each element's descriptor): a platform given the film page takes its first
  // oEmbed link, the infobox.
  const shown = elements.filter((element) => element.shows(film));
  const items = shown.map(({ tag, embed }) => ({
    tag, embed, url: new URL(`${embed.path}/`, pageUrl).href, oembedUrl: new URL(`${embed.path}/oembed.json`, pageUrl).href,
  }));

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

  // On the film page every element reads the one copy of the film in `#film`, in its place:
  // above the film, beside it, or in it (one for each review, for the review card).
  const placed = async (place) => {
    const html = [];
    for (const { tag, each } of shown.filter((element) => (element.place ?? 'in') === place)) {
      for (const options of each?.(film) ?? [{}]) html.push(await renderElement(tag, film, { locale, lang, filmFrom: '#film', ...options }));
    }
    return html;
  };
  const [above, beside, main] = [await placed('above'), await placed('beside'), await placed('in')];
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
<nav><a href="../">All films</a>${links.map((link) => ` · ${link}`).join('')}</nav>
<script type="application/json" id="film">
${scriptJson(film)}
</script>
${above.map((html) => `${html}\n`).join('')}<main class="film">
${beside.length ? `<aside>${beside.join('\n')}</aside>\n` : ''}<section>
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
export async function writeIndex(out, films, { locale, lang, library, provider }) {
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

