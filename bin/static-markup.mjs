// Lit SSR's output for one element, as the static HTML we ship: shared by `film-elements
// render` and `publish` (Node) and by the builder (in the browser), which must write the same
// bytes. No Node or DOM APIs here.

/** `rendered`: Lit SSR's HTML for `<tag …>` rendered by a one-off outer template. */
export function staticMarkup(rendered, tag) {
  return rendered
    // The markers of the one-off outer template: nothing hydrates it.
    .replace(/^<!--lit-part [^>]*--><!--lit-node 0-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(new RegExp(`^<${tag}\\s+`), `<${tag} `)
    .replace(new RegExp(`^<${tag} >`), `<${tag}>`)
    // Only the standard attribute: browsers without `shadowrootmode` are long gone, and the
    // legacy `shadowroot` one is not valid HTML.
    .replaceAll('<template shadowroot="open" shadowrootmode="open">', '<template shadowrootmode="open">')
    // Lit ends a template that ends in a binding with `<?>`, which the HTML parser turns into
    // the comment `<!--?-->` with a parse error; writing the comment is the same DOM, valid.
    // (Text from the film is escaped, so `<?>` can only be Lit's.)
    .replaceAll('<?>', '<!--?-->');
}
