// Starting from what the author has: any source in the importers' list (wikitext, a page's HTML,
// TMDB or Wikidata JSON, JSON-LD, film JSON), pasted, opened or fetched from an address, or a
// film fetched live from Wikipedia, Wikidata or TMDB. The importers
// (dist/film-elements.import.min.js) are loaded only when the author opens Import; the list of
// kinds comes from them. What an import could not use is said in the builder's words.
let importer;

/** The importers' module, loaded once; undefined when it cannot be. */
export async function loadImporter() {
  try {
    importer ??= await import('../../dist/film-elements.import.min.js');
  } catch {
    importer = undefined;
  }
  return importer;
}

/** The kinds the author may choose, "Find out" first: the importers' list once it is loaded. */
export function kindOptions(t) {
  const listed = importer?.importers ?? [];
  return [['', t.kinds['']], ...listed.map((source) => [source.kind, t.kinds[source.kind] ?? t.moreKinds?.[source.kind] ?? source.label])];
}

// The TMDB key is the author's own: it stays in this browser's storage, never in a draft, the
// film or the snippet.
const KEY = 'film-elements.builder.tmdb-key';
export const tmdbKey = {
  get: () => { try { return localStorage.getItem(KEY) ?? ''; } catch { return ''; } },
  set: (key) => { try { key ? localStorage.setItem(KEY, key) : localStorage.removeItem(KEY); } catch { /* private mode: not kept */ } },
};

/**
 * Where the APIs are asked: the real services, unless the page's address names a server on this
 * machine (`?api=http://127.0.0.1:…`, a test's replay server) and how long to wait for it
 * (`&apiTimeout=…` ms). Only a loopback address is taken, so a link cannot send the key elsewhere.
 */
export function apiOptions(search = location.search) {
  const query = new URLSearchParams(search);
  const api = query.get('api');
  const timeout = Number(query.get('apiTimeout'));
  const local = api && /^http:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?\/?$/.test(api);
  return { ...(local && { api }), ...(timeout > 0 && { timeout }) };
}

/** One thing an import could not use, in plain words: why (in the interface's words where it has them), then where to add it by hand. */
function noteLine(u, t, numbered) {
  const hint = u.section ? t.importHints?.[u.section] : undefined;
  const why = (u.reason && t.noted?.[u.reason]?.(u.values ?? {})) || u.why;
  return `${numbered ? `${u.line}: ` : ''}${u.text} (${why})${hint ? ` ${hint}` : ''}`;
}

/** Why nothing was imported, in the interface's words: a refusal by what it refused, else as the importer said it. */
const why = (error, t) => t.refused?.[error?.reason]?.(error.values) ?? error?.message ?? String(error);

function outcome(imported, t, numbered) {
  const { kind, film, unmapped = [] } = imported;
  const name = t.kinds[kind] ?? t.moreKinds?.[kind] ?? kind;
  return { film, told: t.imported(name, unmapped.length), lines: unmapped.map((u) => noteLine(u, t, numbered)) };
}

/** { film, told, lines } when something was imported, { told } when not. */
export async function importFrom({ text, url, kind, t }) {
  if (!(await loadImporter())) return { told: t.importerMissing };
  let written = text;
  // A Wikipedia article's address: the article is fetched by its title (its page is no film JSON-LD).
  if (!written.trim() && /\.wikipedia\.org\/wiki\//i.test(url)) return importLive({ source: { wikipedia: url }, t });
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
    return outcome(importer.importFilm(written, { ...(kind ? { kind } : {}), ...(url ? { baseUrl: url } : {}) }), t, true);
  } catch (error) {
    // A Wikipedia article saved from the browser, or its address: the article itself is fetched by its title.
    const { reason, values } = error ?? {};
    if (reason === 'pageWikipedia') return importLive({ source: { wikipedia: values.title, lang: values.wiki }, t });
    return { told: t.importFailed(why(error, t)) };
  }
}

/** A film fetched live (`{ tmdb, key }`, `{ wikidata }`, `{ wikipedia, lang }`): as importFrom. */
export async function importLive({ source, t }) {
  if (!(await loadImporter())) return { told: t.importerMissing };
  try {
    const fetched = await importer.fetchFilm(source, apiOptions());
    return outcome(importer.importFilm(fetched.text, { kind: fetched.kind, ...(fetched.baseUrl ? { baseUrl: fetched.baseUrl } : {}) }), t, fetched.kind === 'wikitext');
  } catch (error) {
    return { told: t.importFailed(why(error, t)) };
  }
}
