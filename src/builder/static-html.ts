// Static HTML for a snippet, made in the browser as `film-elements render` makes it on a server:
// Lit SSR renders each element into declarative shadow DOM, with the markers Lit's hydration
// support needs to upgrade it in place. Lit SSR is fetched only when a static snippet is asked for.
//
// It must share one copy of Lit with the elements it renders (Lit SSR reads their internals):
// the builder's bundle holds one, which both use.
import { loadStrings } from '../index.js';
import { staticMarkup } from '../core/rendered.js';

async function loadSsr() {
  const lit = await import('lit');
  // Lit SSR replaces createRenderRoot for a server, where styles cannot be adopted; the preview's
  // live elements, in this same page, keep the browser's.
  const prototype = lit.LitElement.prototype as unknown as { createRenderRoot: unknown };
  const { createRenderRoot } = prototype;
  const [core, result, statics] = await Promise.all([
    import('@lit-labs/ssr'), import('@lit-labs/ssr/lib/render-result.js'), import('lit/static-html.js'),
  ]);
  prototype.createRenderRoot = createRenderRoot;
  return { render: core.render, collectResult: result.collectResult, html: statics.html, unsafeStatic: statics.unsafeStatic, nothing: lit.nothing };
}
let ssr: ReturnType<typeof loadSsr> | undefined;

/**
 * The element `tag` for `film` (film JSON as the author wrote it) as HTML with declarative
 * shadow DOM, written exactly as the command line writes it, without the inline JSON child:
 * the snippet gives the film once, by `src`.
 */
export async function staticElement(tag: string, film: unknown, { lang, theme }: { lang?: string; theme?: string } = {}): Promise<string> {
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
