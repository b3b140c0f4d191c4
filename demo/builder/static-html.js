// Static HTML for a snippet, made in the browser as `film-elements render` makes it on a server:
// Lit SSR renders each element into declarative shadow DOM, with the markers Lit's hydration
// support needs to upgrade it in place. Lit SSR is fetched only when a static snippet is asked for.
//
// It must share one copy of Lit with the elements it renders (Lit SSR reads their internals), so
// the builder takes the elements from dist/index.js with Lit resolved by the demo server.
import { loadStrings } from '../../dist/index.js';
import { staticMarkup } from '../../dist/core/rendered.js';

let ssr;
async function loadSsr() {
  const lit = await import('lit');
  // Lit SSR replaces createRenderRoot for a server, where styles cannot be adopted; the preview's
  // live elements, in this same page, keep the browser's.
  const { createRenderRoot } = lit.LitElement.prototype;
  const [core, result, statics] = await Promise.all([
    import('@lit-labs/ssr'), import('@lit-labs/ssr/lib/render-result.js'), import('lit/static-html.js'),
  ]);
  lit.LitElement.prototype.createRenderRoot = createRenderRoot;
  return { ...core, ...result, ...statics, nothing: lit.nothing };
}

/**
 * The element `tag` for `film` (film JSON as the author wrote it) as HTML with declarative
 * shadow DOM, written exactly as the command line writes it, without the inline JSON child:
 * the snippet gives the film once, by `src`.
 */
export async function staticElement(tag, film, { lang, theme } = {}) {
  const { html, nothing, unsafeStatic, render, collectResult } = await (ssr ??= loadSsr());
  const locale = lang ?? 'en';
  // One pass, as on a server: the words of a language fetched on demand must be here first.
  await loadStrings(locale);
  const name = unsafeStatic(tag);
  const rendered = await collectResult(render(
    html`<${name} lang=${lang ?? nothing} theme=${theme ?? nothing} .film=${film} .locale=${locale}></${name}>`,
  ));
  return staticMarkup(rendered, tag);
}
