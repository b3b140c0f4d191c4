#!/usr/bin/env node
// The `film-elements` command: static HTML for pages that cannot run scripts, a checker for
// film JSON, a static embed site for platforms that take only a URL, and importers. Plain
// JavaScript over the built package (dist/); each command is a file of bin/commands/.
//
//   film-elements render <film.json> --element <tag> [--lang ko] [--theme dark] [--jsonld] [--page] [-o out.html]
//   film-elements validate <film.json> [--search]
//   film-elements publish <film.json…> --out <dir> --base-url <url>
//   film-elements import <file|-> [--kind <kind>] [-o film.json], or --tmdb <id>, --wikidata <Q…>, --wikipedia <title>
import { parseArgs } from 'node:util';
import { Refusal } from './film-file.mjs';
import { render } from './commands/render.mjs';
import { validate } from './commands/validate.mjs';
import { publish } from './commands/publish.mjs';
import { importCommand } from './commands/import.mjs';

const usage = `Usage:
  film-elements render <film.json> --element <tag> [--lang <lang>] [--theme light|dark|auto] [--jsonld] [--page] [-o <out.html>]
  film-elements render <list.json> --element film-list [--unranked] [--lang <lang>] [--theme …] [--jsonld --base-url <page url>] [--page] [-o <out.html>]
  film-elements validate <film.json> [--search]
  film-elements publish <film.json…> --out <dir> --base-url <url> [--lang <lang>] [--provider <name>] [--list <list.json>…]
  film-elements import <file|-> [--kind <kind>] [--base-url <url>] [-o <film.json>]
  film-elements import --tmdb <id> --tmdb-key <key> | --wikidata <Q…> | --wikipedia <title> [-o <film.json>]

render    writes the element as HTML with declarative shadow DOM: it displays without JavaScript,
          and the loader script upgrades it in place. --jsonld adds the film as schema.org JSON-LD,
          --page writes a whole HTML document instead of a snippet. For film-list the file is a
          list ({ "title", "items": [{ "film", "note", "page" }] }) whose films are film JSON, files
          beside it or URLs; its --jsonld is the list's ItemList, which needs --base-url, the
          address of the page it goes on.
validate  prints every problem in the film data with its path, and what it repaired in text a CMS
          mangled (as the elements do); exits with 1 when there are errors. --search also lists what
          keeps the film from Google's rich results, in Search Console's words, and what the JSON-LD
          leaves out and why (another site's reviews and ratings are never claimed); exits with 1
          when an issue there is critical.
publish   writes a static site to serve at --base-url: a page for each film, an embed page and
          oEmbed JSON for each of its elements, the library files; a URL of an embed page pasted
          on a line of its own embeds the element in WordPress, Medium, Ghost and Substack. Each
          --list writes a list page (lists/<title>/) whose films link to their pages, and back.
import    turns Wikipedia wikitext (an article's source from its edit page), a saved film page
          (its JSON-LD), TMDB or Wikidata JSON, schema.org JSON-LD or film JSON into film JSON;
          - reads standard input; --tmdb, --wikidata and --wikipedia fetch the film live.
          Lists on stderr, by line, what it read but could not map. import --help lists the kinds.`;

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
        unranked: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        out: { type: 'string' },
        'base-url': { type: 'string' },
        provider: { type: 'string' },
        list: { type: 'string', multiple: true },
        search: { type: 'boolean' },
        kind: { type: 'string' },
        tmdb: { type: 'string' },
        'tmdb-key': { type: 'string' },
        wikidata: { type: 'string' },
        wikipedia: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new Refusal(`${error.message}\n${usage}`, 2);
  }
  const { values, positionals: [command, file, ...extra] } = parsed;
  if (values.help && command === 'import') return importCommand(file, values, usage);
  if (values.help || !command) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  if (command === 'publish') return publish([file, ...extra].filter((f) => f !== undefined), values, usage);
  if (extra.length) throw new Refusal(`unexpected argument "${extra[0]}".\n${usage}`, 2);
  // A command that reads one film file is told which when none was given.
  if (['validate', 'render'].includes(command) && !file) throw new Refusal(`no film file given.\n${usage}`, 2);
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
