/**
 * `film-elements/server`: an element as static HTML, in Node. Lit SSR renders it into declarative
 * shadow DOM, which a browser shows before any script runs and which the element's script (or
 * the loader) upgrades in place. `film-elements render` and `publish` write exactly this.
 *
 *   import { renderElement } from 'film-elements/server';
 *   const html = await renderElement('film-infobox', film, { lang: 'ko', theme: 'dark' });
 *
 * Lit SSR (`@lit-labs/ssr`) is an optional peer dependency: without it, the call rejects with a
 * `RenderRefusal` that says what to install.
 */
import { readFilm } from './model/parse-film.js';
import { whyNotAFilm } from './model/read-film.js';
import type { FilmData, ParseResult } from './model/types.js';
import { filmJson } from './import/film-writer.js';
import { loadStrings } from './core/strings/index.js';
import { staticMarkup } from './core/rendered.js';

/** Why `renderElement` could not render: one sentence to show as it is. */
export class RenderRefusal extends Error {
  override name = 'RenderRefusal';
}

export interface RenderOptions {
  /**
   * The language to render in (a BCP 47 tag: `ko`, `pt-BR`), written as the element's `lang`.
   * Without it, English, and no `lang` attribute: the element then follows the page's.
   */
  lang?: string;
  /** `light`, `dark` or `auto` (the default: the reader's preference), written as `theme`. */
  theme?: 'light' | 'dark' | 'auto';
  /** The level of the element's title in the page's outline, 1 to 6, written as `heading-level`. */
  headingLevel?: number;
  /** Which review an element that shows one review shows: its id. */
  review?: string;
  /**
   * Where the element reads its film when its script upgrades it: `#id` of a JSON script on the
   * page, written as `src` (one copy for many elements). Without it the film follows inside the
   * element, as an inline JSON script.
   */
  filmFrom?: string;
}

/** Written in by the build: one tag per `src/define/*.ts`, as for the loader. */
declare const __FILM_TAGS__: readonly string[];
/** The tags this package defines. */
export const tags: readonly string[] = [...__FILM_TAGS__].sort();

/** Text that may stand inside a quoted attribute or an element's text. */
const escapeHtml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
/** JSON that cannot end its `<script>` or open a comment there. */
const scriptJson = (value: unknown): string => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

/** What rendering takes from Lit SSR and Lit. */
interface Ssr {
  render: typeof import('@lit-labs/ssr').render;
  collectResult: typeof import('@lit-labs/ssr/lib/render-result.js').collectResult;
  html: typeof import('lit/static-html.js').html;
  unsafeStatic: typeof import('lit/static-html.js').unsafeStatic;
  nothing: unknown;
}
let ssr: Promise<Ssr> | undefined;

/** Lit SSR, loaded once; it also puts the DOM shim in place that the element classes need to load. */
function loadSsr(): Promise<Ssr> {
  ssr ??= (async (): Promise<Ssr> => {
    // Lit SSR first: its DOM shim must be in place before Lit's element classes load.
    const { render } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html, unsafeStatic } = await import('lit/static-html.js');
    const { nothing } = await import('lit');
    return { render, collectResult, html, unsafeStatic, nothing };
  })().catch((error: { code?: string }) => {
    ssr = undefined;
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new RenderRefusal('rendering needs @lit-labs/ssr next to film-elements: `npm install @lit-labs/ssr`.');
  });
  return ssr;
}

/** The language as a canonical tag, or a refusal that names it. */
function canonicalLang(lang: string): string {
  try {
    const [tag] = Intl.getCanonicalLocales(lang);
    if (tag) return tag;
  } catch { /* refused below */ }
  throw new RenderRefusal(`"${lang}" is not a language tag (try en or ko).`);
}

/**
 * The element `tag` showing `film` (film JSON, schema.org JSON-LD, or either as JSON text) as
 * static HTML: the host element with its shadow root in a `<template shadowrootmode="open">`, its
 * record of what it was rendered with, and the film as an inline JSON child (or a `src` naming
 * `options.filmFrom`). Rejects with a `RenderRefusal` for an unknown tag, a bad option, data that
 * is not a film, or a missing `@lit-labs/ssr`.
 */
export async function renderElement(tag: string, film: FilmData, options: RenderOptions = {}): Promise<string> {
  if (!tags.includes(tag)) throw new RenderRefusal(`<${tag}> is not an element of film-elements: use one of ${tags.join(', ')}.`);
  const { theme, headingLevel, review, filmFrom } = options;
  if (theme !== undefined && !['light', 'dark', 'auto'].includes(theme)) {
    throw new RenderRefusal(`theme must be light, dark or auto, not "${String(theme)}".`);
  }
  if (headingLevel !== undefined && !(Number.isInteger(headingLevel) && headingLevel >= 1 && headingLevel <= 6)) {
    throw new RenderRefusal(`headingLevel must be a whole number from 1 to 6, not ${String(headingLevel)}.`);
  }
  const lang = options.lang === undefined ? undefined : canonicalLang(options.lang);
  const locale = lang ?? 'en';
  const read: ParseResult = await readFilm(film);
  const notAFilm = whyNotAFilm(read);
  if (notAFilm !== undefined) throw new RenderRefusal(`the data is not a film: ${notAFilm}.`);
  const { html, nothing, unsafeStatic, render, collectResult } = await loadSsr();
  // The element is given the film as read, written back as film JSON (with its text per
  // language as the author's maps), which reads back the same. Given JSON-LD it would fetch its
  // JSON-LD reader first, and a server renders in one pass (so does the upgrade in the browser,
  // which must find the film at once to match this HTML).
  const json = filmJson(read.film);
  await import(`./define/${tag}.js`);
  // One pass: the words of a language fetched on demand must be here first.
  await loadStrings(locale);
  const name = unsafeStatic(tag); // one of `tags`
  const rendered = await collectResult(render(
    html`<${name} lang=${lang ?? nothing} theme=${theme ?? nothing} heading-level=${headingLevel ?? nothing} review=${review ?? nothing} .film=${json} .locale=${locale}></${name}>`,
  ));
  const element = staticMarkup(rendered, tag);
  if (filmFrom) return element.replace(new RegExp(`^<${tag}`), `<${tag} src="${escapeHtml(filmFrom)}"`);
  // The element reads its film again from this child when the script upgrades it.
  return element.replace(new RegExp(`</${tag}>$`), `<script type="application/json">\n${scriptJson(json)}\n</script></${tag}>`);
}

/**
 * `<film-list>` showing `list` (a list document whose films are given inline), as static HTML:
 * each film's infobox drawn inside its closed disclosure, which opens without JavaScript, and the
 * list as an inline JSON child, which the element reads when the script upgrades it.
 */
export async function renderList(list: object, options: Pick<RenderOptions, 'lang' | 'theme'> & { unranked?: boolean } = {}): Promise<string> {
  const lang = options.lang === undefined ? undefined : canonicalLang(options.lang);
  const locale = lang ?? 'en';
  const { html, nothing, render, collectResult } = await loadSsr();
  await import('./define/film-list.js');
  await import('./define/film-infobox.js');
  await loadStrings(locale);
  const rendered = await collectResult(render(
    html`<film-list lang=${lang ?? nothing} theme=${options.theme ?? nothing} ?unranked=${options.unranked} .list=${list} .locale=${locale}></film-list>`,
  ));
  const element = staticMarkup(rendered, 'film-list');
  return element.replace(/<\/film-list>$/, `<script type="application/json">\n${scriptJson(list)}\n</script></film-list>`);
}
