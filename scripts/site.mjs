// `npm run site` (after `npm run build`): writes site/, a folder any static host serves as it is:
//   site/index.html      the Ballerina page
//   site/builder/        the builder (dist/builder/)
//   site/lib/            the library: the script-tag files, the CDN build beside them,
//                        integrity.json and library.json (what the builder knows of them)
// No bare module specifier is left, and nothing is fetched from another site.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function writeSite(out = join(root, 'site')) {
  if (!existsSync(join(root, 'dist/library.json')) || !existsSync(join(root, 'dist/builder/builder.js'))) {
    throw new Error('the library is not built: run `npm run build` first.');
  }
  rmSync(out, { recursive: true, force: true });
  const library = JSON.parse(readFileSync(join(root, 'dist/library.json'), 'utf8'));
  for (const file of [...library.files, 'library.json']) {
    mkdirSync(dirname(join(out, 'lib', file)), { recursive: true });
    cpSync(join(root, 'dist', file), join(out, 'lib', file));
  }
  cpSync(join(root, 'dist/builder'), join(out, 'builder'), { recursive: true });
  // The film page: the one-file bundle from lib/, the builder one folder down.
  writeFileSync(join(out, 'index.html'), readFileSync(join(root, 'demo/index.html'), 'utf8')
    .replaceAll('../dist/', 'lib/').replace('href="builder.html"', 'href="builder/"'));
  for (const file of ['demo.css', 'demo.js']) cpSync(join(root, 'demo', file), join(out, file));
  cpSync(join(root, 'demo/data'), join(out, 'data'), { recursive: true });
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(`film-elements: the site is in ${writeSite()}`);
  } catch (error) {
    console.error(`film-elements site: ${error.message}`);
    process.exit(1);
  }
}
