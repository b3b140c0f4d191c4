// `film-elements import <file|->`: a film from any source in the importers' list (Wikipedia
// wikitext, a saved film page, TMDB or Wikidata JSON, JSON-LD, film JSON), printed as film JSON
// (or written with -o). `--tmdb <id>`, `--wikidata <Q…>` and `--wikipedia <title>` fetch it live
// instead. What was read but has no place in film JSON is listed on stderr with its line; the
// film is then checked as `validate` checks it.
import { Refusal, importBuilt, problemLine, readText, writeOutput } from '../film-file.mjs';

/** `film-elements import --help`: the kinds, from the importers' list. */
export async function importHelp() {
  const { importers } = await importBuilt('import/index.js');
  const width = Math.max(...importers.map((i) => i.kind.length));
  return `Usage:
  film-elements import <file|-> [--kind <kind>] [--base-url <url>] [-o <film.json>]
  film-elements import --tmdb <id> --tmdb-key <key> [-o <film.json>]     (or TMDB_API_KEY in the environment)
  film-elements import --wikidata <Q…> [-o <film.json>]
  film-elements import --wikipedia <title> [--lang <wiki language>] [-o <film.json>]

Kinds (detected unless --kind names one):
${importers.map((i) => `  ${i.kind.padEnd(width)}  ${i.label}: ${i.reads}`).join('\n')}`;
}

/** The film's text, from a file or fetched live; the live options win over a file. */
async function inputOf(file, options, usage) {
  const live = options.tmdb !== undefined ? { tmdb: options.tmdb, key: options['tmdb-key'] ?? process.env.TMDB_API_KEY ?? '' }
    : options.wikidata !== undefined ? { wikidata: options.wikidata }
      : options.wikipedia !== undefined ? { wikipedia: options.wikipedia, lang: options.lang ?? 'en' } : undefined;
  if (!live) {
    if (!file) throw new Refusal(`no file given: name a file, or - to read standard input.\n${usage}`, 2);
    return readText(file);
  }
  const { fetchFilm, FetchRefusal } = await importBuilt('import/index.js');
  const name = 'tmdb' in live ? `TMDB ${live.tmdb}` : 'wikidata' in live ? `Wikidata ${live.wikidata}` : `Wikipedia (${live.lang}) ${live.wikipedia}`;
  // Tests point every request at a replay server, and wait less for one that never answers.
  const api = process.env.FILM_ELEMENTS_API;
  const timeout = Number(process.env.FILM_ELEMENTS_API_TIMEOUT) || undefined;
  try {
    const fetched = await fetchFilm(live, { ...(api && { api }), ...(timeout && { timeout }) });
    return { ...fetched, name };
  } catch (error) {
    if (error instanceof FetchRefusal) throw new Refusal(`${name}: ${error.message}.`);
    throw error;
  }
}

export async function importCommand(file, options, usage) {
  if (options.help) {
    console.log(await importHelp());
    return 0;
  }
  const { importers } = await importBuilt('import/index.js');
  const kinds = importers.map((i) => i.kind);
  if (options.kind !== undefined && !kinds.includes(options.kind)) {
    throw new Refusal(`--kind must be one of ${kinds.join(', ')}, not "${options.kind}".`, 2);
  }
  const input = await inputOf(file, options, usage);
  const { text, name } = input;
  // wtf_wikipedia is an optional peer, as @lit-labs/ssr is for render: lit stays the package's
  // one dependency, and only those who import need it.
  try {
    await import('wtf_wikipedia');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Refusal('import needs wtf_wikipedia next to film-elements: `npm install wtf_wikipedia`.');
  }
  const { importFilm, ImportRefusal, noteWhy } = await importBuilt('import/index.js');
  const kind = input.kind ?? options.kind;
  const baseUrl = options['base-url'] ?? input.baseUrl;
  let imported;
  try {
    imported = importFilm(text, { ...(kind !== undefined && { kind }), ...(baseUrl !== undefined && { baseUrl }) });
  } catch (error) {
    if (error instanceof ImportRefusal) throw new Refusal(`${name}: ${error.message}.`);
    throw error;
  }
  const { film, unmapped } = imported;
  for (const u of unmapped) console.error(`${name}:${u.line}: not imported: ${u.text} (${noteWhy(u)})`);

  // The film as an element will read it: an importer that wrote something invalid is a bug,
  // but the author is told before the film reaches a page.
  const { parseFilm } = await importBuilt('model/index.js');
  const { problems } = parseFilm(film);
  for (const problem of problems) console.error(`${name}: ${problemLine(problem)}`);
  const json = `${JSON.stringify(film, null, 2)}\n`;
  writeOutput(options.output, json);
  const count = unmapped.length;
  // A title given per language is named in each: "Parasite" (ko: "기생충").
  const [shown, ...others] = typeof film.title === 'object' && film.title !== null ? Object.entries(film.title) : [[undefined, film.title]];
  const also = others.length ? ` (${others.map(([tag, text]) => `${tag}: "${text}"`).join(', ')})` : '';
  console.error(`${name}: imported ${imported.kind} as "${shown[1]}"${also}; ${count} ${count === 1 ? 'thing' : 'things'} not imported`);
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}
