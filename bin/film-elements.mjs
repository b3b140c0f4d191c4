#!/usr/bin/env node
// The `film-elements` command: static HTML for pages that cannot run scripts, a checker for
// film JSON, and a static embed site for platforms that take only a URL. Plain JavaScript over
// the built package (dist/).
//
//   film-elements render <film.json> --element <tag> [--lang ko] [--theme dark] [--jsonld] [--page] [-o out.html]
//   film-elements validate <film.json> [--search]
//   film-elements publish <film.json…> --out <dir> --base-url <url>
//   film-elements import <file|-> [--kind wikitext|html|jsonld|film-json] [-o film.json]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Refusal, importBuilt, problemLine as line, readFilmFile } from './film-file.mjs';
import { builtTags, escapeHtml, localeOption, renderElement, scriptJson } from './ssr.mjs';
import { publish } from './commands/publish.mjs';
import { importCommand } from './commands/import.mjs';

const usage = `Usage:
  film-elements render <film.json> --element <tag> [--lang <lang>] [--theme light|dark|auto] [--jsonld] [--page] [-o <out.html>]
  film-elements validate <film.json> [--search]
  film-elements publish <film.json…> --out <dir> --base-url <url> [--lang <lang>] [--provider <name>]
  film-elements import <file|-> [--kind wikitext|html|jsonld|film-json] [--base-url <url>] [-o <film.json>]

render    writes the element as HTML with declarative shadow DOM: it displays without JavaScript,
          and the loader script upgrades it in place. --jsonld adds the film as schema.org JSON-LD,
          --page writes a whole HTML document instead of a snippet.
validate  prints every problem in the film data with its path, and what it repaired in text a CMS
          mangled (as the elements do); exits with 1 when there are errors. --search also lists what
          keeps the film from Google's rich results, in Search Console's words, and what the JSON-LD
          leaves out and why (another site's reviews and ratings are never claimed); exits with 1
          when an issue there is critical.
publish   writes a static site to serve at --base-url: a page for each film, an embed page and
          oEmbed JSON for each of its elements, the library files; a URL of an embed page pasted
          on a line of its own embeds the element in WordPress, Medium, Ghost and Substack.
import    turns Wikipedia wikitext (an article's source from its edit page), a saved film page
          (its JSON-LD), schema.org JSON-LD or film JSON into film JSON; - reads standard input.
          Lists on stderr, by line, what it read but could not map.`;

async function readFilm(file) {
  if (!file) throw new Refusal(`no film file given.\n${usage}`, 2);
  return readFilmFile(file);
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Search Console's own headings: critical issues make an item invalid; the rest improve it. */
const SEARCH_LEVEL = { critical: 'invalid ', optional: 'improve ', 'left out': 'left out' };

/** What the JSON-LD for search engines says of the film, as `validate --search` prints it; the number of critical issues. */
async function searchNotes(file, film) {
  const { writeJsonLd } = await importBuilt('model/index.js');
  const { notes } = writeJsonLd(film);
  for (const note of notes) console.log(`${SEARCH_LEVEL[note.level]} ${note.path || '(film)'}: ${note.issue}: ${note.why}`);
  const count = (level) => notes.filter((n) => n.level === level).length;
  console.log(`${file} for search engines: ${plural(count('critical'), 'critical issue')}, ${count('optional')} to improve, ${count('left out')} left out`);
  return count('critical');
}

async function validate(file, options = {}) {
  const { film, problems, repairs = [], notAFilm } = await readFilm(file);
  for (const repair of repairs) console.log(`repaired ${repair}`);
  for (const problem of problems) console.log(line(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  console.log(`${file}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${notAFilm === undefined ? '' : '; not a film'}`);
  const critical = options.search && notAFilm === undefined ? await searchNotes(file, film) : 0;
  return errors || critical || notAFilm !== undefined ? 1 : 0;
}

async function render(file, options) {
  const tags = await builtTags();
  const tag = options.element;
  if (!tag) throw new Refusal(`--element is required: one of ${tags.join(', ')}.`, 2);
  if (!tags.includes(tag)) throw new Refusal(`unknown element <${tag}>: use one of ${tags.join(', ')}.`, 2);
  if (options.theme && !['light', 'dark', 'auto'].includes(options.theme)) {
    throw new Refusal(`--theme must be light, dark or auto, not "${options.theme}".`, 2);
  }
  const locale = localeOption(options.lang);
  const { film, problems, notAFilm } = await readFilm(file);
  if (notAFilm !== undefined) throw new Refusal(`${file} is not a film: ${notAFilm}.`);
  for (const problem of problems) console.error(`${file}: ${line(problem)}`);

  const { toJsonLd } = await importBuilt('model/index.js');
  const lang = options.lang === undefined ? undefined : locale;
  const element = await renderElement(tag, film, { locale, lang, theme: options.theme });

  const parts = [];
  if (options.jsonld) parts.push(`<script type="application/ld+json">\n${scriptJson(toJsonLd(film))}\n</script>`);
  parts.push(element);
  let out = `${parts.join('\n')}\n`;
  if (options.page) {
    out = `<!doctype html>
<html lang="${escapeHtml(lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(film.title)}</title>
</head>
<body>
${out}</body>
</html>
`;
  }
  if (options.output) {
    try {
      writeFileSync(options.output, out);
    } catch (error) {
      throw new Refusal(`cannot write ${options.output}: ${error.code === 'ENOENT' ? 'no such directory' : error.code}.`);
    }
  } else {
    process.stdout.write(out);
  }
  return 0;
}

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        element: { type: 'string', short: 'e' },
        lang: { type: 'string' },
        theme: { type: 'string' },
        jsonld: { type: 'boolean' },
        page: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        out: { type: 'string' },
        'base-url': { type: 'string' },
        provider: { type: 'string' },
        search: { type: 'boolean' },
        kind: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new Refusal(`${error.message}\n${usage}`, 2);
  }
  const { values, positionals: [command, file, ...extra] } = parsed;
  if (values.help || !command) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  if (command === 'publish') return publish([file, ...extra].filter((f) => f !== undefined), values, usage);
  if (extra.length) throw new Refusal(`unexpected argument "${extra[0]}".\n${usage}`, 2);
  if (command === 'validate') return validate(file, values);
  if (command === 'render') return render(file, values);
  if (command === 'import') return importCommand(file, values, usage);
  throw new Refusal(`unknown command "${command}".\n${usage}`, 2);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof Refusal)) {
    console.error(`film-elements: unexpected failure: ${error?.message ?? error}`);
    process.exitCode = 70;
  } else {
    console.error(`film-elements: ${error.message}`);
    process.exitCode = error.code;
  }
}
