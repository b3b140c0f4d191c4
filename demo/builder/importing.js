// Starting from what the author has: wikitext, a page's HTML, JSON-LD or film JSON, pasted or
// fetched from an address, read by the importers (dist/film-elements.import.min.js), which are
// loaded only when the author imports something.
export const kinds = ['', 'wikitext', 'html', 'jsonld', 'film-json'];

let importer;

/** { film, told, lines } when something was imported, { told } when not. */
export async function importFrom({ text, url, kind, t }) {
  try {
    importer ??= await import('../../dist/film-elements.import.min.js');
  } catch {
    importer = undefined;
    return { told: t.importerMissing };
  }
  let written = text;
  if (!written.trim() && url) {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(String(response.status));
      written = await response.text();
    } catch {
      return { told: t.fetchFailed(url) };
    }
  }
  try {
    const { kind: found, film, unmapped = [] } = importer.importFilm(written, { ...(kind ? { kind } : {}), ...(url ? { baseUrl: url } : {}) });
    return { film, told: t.imported(t.kinds[found] ?? found, unmapped.length),
      lines: unmapped.map((u) => `${u.line}: ${u.text} (${u.why})`) };
  } catch (error) {
    return { told: t.importFailed(error?.message ?? String(error)) };
  }
}
