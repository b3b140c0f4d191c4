// A blog post as a WordPress theme serves it, with a film widget at the top of the post: the
// page that the layout-shift test and the Lighthouse figure in BENCHMARKS.md both load. The
// theme's sheet is render-blocking in <head>, as themes' are; the widget is what a blogger pastes.
import { readFileSync } from 'node:fs';

const film = readFileSync(new URL('../demo/data/ballerina.json', import.meta.url), 'utf8');
/** The id of the script that carries the film, which every widget names with `src="#…"`. */
export const filmId = 'film-ballerina-2023';

/**
 * What the blogger pasted: the script-tag snippet (the loader as a classic script above the
 * widget, the film inline), or the builder's static-first one (the widget's HTML, the loader as a
 * module, which need not run before the first paint).
 */
export function snippet(kind, { staticHtml = '' } = {}) {
  const loader = `<script${kind.startsWith('static') ? ' type="module"' : ''} src="/dist/film-elements.loader.min.js"></script>`;
  const data = `<script type="application/json" id="${filmId}">${film.replaceAll('</', '<\\/')}</script>`;
  if (kind === 'script-tag') return `${loader}\n<film-infobox src="#${filmId}">${data}</film-infobox>`;
  if (kind.startsWith('static')) return `${loader}\n${staticHtml.replace(/<\/([a-z-]+)>\s*$/, `${data}</$1>`)}`;
  if (kind === 'none') return '';
  throw new Error(`unknown snippet kind: ${kind}`);
}

const paragraph = (n) => `<p>${'Paragraph ' + n + ' of the review. '}The film follows a former bodyguard who sets out to find
  the man behind her friend’s death, and it moves fast: ninety-three minutes, most of them in the
  dark of Seoul’s nightclubs and hotel corridors. What stays is the friendship the film keeps
  returning to, told in short flashbacks between the fights.</p>`;

/** The whole page, in `lang`: a theme's header, the post's title, the snippet, then the post's text. */
export function blogPost(body, lang = 'en') {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ballerina (2023): a review – A film blog</title>
<meta name="description" content="A review of Ballerina, the 2023 Korean action film by Lee Chung-hyun.">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/bench/blog-theme.css">
</head>
<body>
<header class="site"><a href="/">A film blog</a></header>
<main>
<article>
<h1>Ballerina (2023): a review</h1>
<p class="byline">Posted on 12 October 2023</p>
${body}
${Array.from({ length: 8 }, (_, i) => paragraph(i + 1)).join('\n')}
</article>
</main>
<footer class="site">© A film blog</footer>
</body>
</html>
`;
}
