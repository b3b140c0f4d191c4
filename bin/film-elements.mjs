#!/usr/bin/env node
// The `film-elements` command: static HTML for pages that cannot run scripts, and a checker
// for film JSON. Plain JavaScript over the built package (dist/).
//
//   film-elements render <film.json> --element <tag> [--lang ko] [--theme dark] [--jsonld] [--page] [-o out.html]
//   film-elements validate <film.json>
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const dist = new URL('../dist/', import.meta.url);
const usage = `Usage:
  film-elements render <film.json> --element <tag> [--lang <lang>] [--theme light|dark|auto] [--jsonld] [--page] [-o <out.html>]
  film-elements validate <film.json>

render    writes the element as HTML with declarative shadow DOM: it displays without JavaScript,
          and the loader script upgrades it in place. --jsonld adds the film as schema.org JSON-LD,
          --page writes a whole HTML document instead of a snippet.
validate  prints every problem in the film data with its path, and what it repaired in text a CMS
          mangled (as the elements do); exits with 1 when there are errors.`;

/** A failure the user can act on: printed as one line, never as a stack trace. */
class Refusal extends Error {
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
}

async function importBuilt(path) {
  try {
    return await import(new URL(path, dist).href);
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') throw new Refusal('the package is not built: run `npm run build` first.');
    throw error;
  }
}

/**
 * Reads the film file as an element reads its film: the same repairs of CMS-mangled text, the
 * same limits, the same problems. Refuses with one sentence that names the file.
 */
async function readFilm(file) {
  if (!file) throw new Refusal(`no film file given.\n${usage}`, 2);
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const why = { ENOENT: 'no such file', EISDIR: 'it is a directory', EACCES: 'permission denied' }[error.code] ?? error.code;
    throw new Refusal(`cannot read ${file}: ${why}.`);
  }
  const { readFilm: read, whyNotAFilm } = await importBuilt('model/index.js');
  const result = await read(text);
  if (result.unreadable) {
    const [problem] = result.problems;
    const at = problem.line === undefined ? '' : ` (line ${problem.line}, column ${problem.column})`;
    const { reason, detail } = result.unreadable;
    throw new Refusal(reason === 'not JSON' ? `${file} is not JSON: ${detail}${at}.` : `${file}: ${problem.message}.`);
  }
  return { ...result, notAFilm: whyNotAFilm(result) };
}

const line = (p) => `${p.severity === 'error' ? 'error  ' : 'warning'} ${p.path || '(document)'}: ${p.message}`;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

async function validate(file) {
  const { problems, repairs = [], notAFilm } = await readFilm(file);
  for (const repair of repairs) console.log(`repaired ${repair}`);
  for (const problem of problems) console.log(line(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  console.log(`${file}: ${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}${notAFilm === undefined ? '' : '; not a film'}`);
  return errors || notAFilm !== undefined ? 1 : 0;
}

const escapeHtml = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
/** JSON that cannot end its `<script>` or open a comment there. */
const scriptJson = (value) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

async function render(file, options) {
  const tags = readdirSync(new URL('define/', dist)).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3));
  const tag = options.element;
  if (!tag) throw new Refusal(`--element is required: one of ${tags.join(', ')}.`, 2);
  if (!tags.includes(tag)) throw new Refusal(`unknown element <${tag}>: use one of ${tags.join(', ')}.`, 2);
  if (options.theme && !['light', 'dark', 'auto'].includes(options.theme)) {
    throw new Refusal(`--theme must be light, dark or auto, not "${options.theme}".`, 2);
  }
  let locale = 'en';
  if (options.lang !== undefined) {
    try {
      [locale] = Intl.getCanonicalLocales(options.lang);
    } catch {
      throw new Refusal(`--lang "${options.lang}" is not a language tag (try en or ko).`, 2);
    }
  }
  const { film, problems, notAFilm } = await readFilm(file);
  if (notAFilm !== undefined) throw new Refusal(`${file} is not a film: ${notAFilm}.`);
  for (const problem of problems) console.error(`${file}: ${line(problem)}`);

  let ssr;
  try {
    ssr = {
      ...(await import('@lit-labs/ssr')),
      ...(await import('@lit-labs/ssr/lib/render-result.js')),
      ...(await import('lit/static-html.js')),
      nothing: (await import('lit')).nothing,
    };
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Refusal('render needs @lit-labs/ssr next to film-elements: `npm install @lit-labs/ssr`.');
  }
  // The element is given the film as read here, in our film JSON, which reads back the same.
  // Given JSON-LD it would fetch its JSON-LD reader first, and a server renders in one pass (so
  // does the upgrade in the browser, which must find the film at once to match this HTML).
  await importBuilt(`define/${tag}.js`);
  // A server renders in one pass: the words of a language fetched on demand must be here first.
  await (await importBuilt('core/strings/index.js')).loadStrings(locale);
  const { toJsonLd } = await importBuilt('model/index.js');
  const { html, nothing, unsafeStatic, render: renderTemplate, collectResult } = ssr;
  const name = unsafeStatic(tag); // one of the built tags, checked above
  const lang = options.lang === undefined ? undefined : locale;
  const rendered = await collectResult(renderTemplate(
    html`<${name} lang=${lang ?? nothing} theme=${options.theme ?? nothing} .film=${film} .locale=${locale}></${name}>`,
  ));
  const element = rendered
    // The markers of this one-off outer template: nothing hydrates it.
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
    .replaceAll('<?>', '<!--?-->')
    // The element reads its film again from this child when the script upgrades it.
    .replace(new RegExp(`</${tag}>$`), `<script type="application/json">\n${scriptJson(film)}\n</script></${tag}>`);

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
  if (extra.length) throw new Refusal(`unexpected argument "${extra[0]}".\n${usage}`, 2);
  if (command === 'validate') return validate(file);
  if (command === 'render') return render(file, values);
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
