// `film-elements import <file|->`: a film from Wikipedia wikitext, a saved film page, JSON-LD or
// film JSON, printed as film JSON (or written with -o). What was read but has no place in film
// JSON is listed on stderr with its line; the film is then checked as `validate` checks it.
import { Refusal, importBuilt, problemLine, readText, writeOutput } from '../film-file.mjs';

const KINDS = ['wikitext', 'html', 'jsonld', 'film-json'];

export async function importCommand(file, options, usage) {
  if (!file) throw new Refusal(`no file given: name a file, or - to read standard input.\n${usage}`, 2);
  if (options.kind !== undefined && !KINDS.includes(options.kind)) {
    throw new Refusal(`--kind must be one of ${KINDS.join(', ')}, not "${options.kind}".`, 2);
  }
  const { text, name } = readText(file);
  // wtf_wikipedia is an optional peer, as @lit-labs/ssr is for render: lit stays the package's
  // one dependency, and only those who import need it.
  try {
    await import('wtf_wikipedia');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Refusal('import needs wtf_wikipedia next to film-elements: `npm install wtf_wikipedia`.');
  }
  const { importFilm, ImportRefusal } = await importBuilt('import/index.js');
  let imported;
  try {
    imported = importFilm(text, {
      ...(options.kind !== undefined && { kind: options.kind }),
      ...(options['base-url'] !== undefined && { baseUrl: options['base-url'] }),
    });
  } catch (error) {
    if (error instanceof ImportRefusal) throw new Refusal(`${name}: ${error.message}.`);
    throw error;
  }
  const { kind, film, unmapped } = imported;
  for (const u of unmapped) console.error(`${name}:${u.line}: not imported: ${u.text} (${u.why})`);

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
  console.error(`${name}: imported ${kind} as "${shown[1]}"${also}; ${count} ${count === 1 ? 'thing' : 'things'} not imported`);
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}
