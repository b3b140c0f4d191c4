// `npm run site` (after `npm run build`): writes site/, a folder any static host serves as it is:
//   site/index.html      the Ballerina page
//   site/builder/        the builder, bundled (one copy of Lit shared by its preview and its static HTML)
//   site/lib/            the library: the script-tag files, the CDN build beside them, integrity.json
//                        and library.json (what the builder knows of them)
// No bare module specifier is left, and nothing is fetched from another site. `publish` writes
// the same builder into the sites it makes (`writeSite`).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minify } from 'rollup-plugin-esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Copies the library's files (dist/library.json lists them) into `lib`. */
export function copyLibrary(lib) {
  const library = JSON.parse(readFileSync(join(root, 'dist/library.json'), 'utf8'));
  for (const file of [...library.files, 'library.json']) {
    mkdirSync(dirname(join(lib, file)), { recursive: true });
    cpSync(join(root, 'dist', file), join(lib, file));
  }
  return library;
}

/**
 * Writes the builder into `dir` (its index.html, scripts and styles), reading the library from
 * `lib` (a path relative to the builder's page) and linking `home` as the film page.
 */
export async function writeBuilder(dir, { lib = '../lib/', home = '../' } = {}) {
  const bundle = await rollup({
    input: join(root, 'demo/builder.js'),
    plugins: [nodeResolve({ browser: true }), minify({ target: 'es2022', legalComments: 'none' })],
    onwarn: (warning, warn) => !['CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED'].includes(warning.code) && warn(warning),
  });
  await bundle.write({ dir, format: 'esm', entryFileNames: 'builder.js', chunkFileNames: 'chunks/[name]-[hash].js' });
  await bundle.close();
  for (const file of ['demo.css', 'builder.css']) cpSync(join(root, 'demo', file), join(dir, file));
  mkdirSync(join(dir, 'data'), { recursive: true });
  cpSync(join(root, 'demo/data/ballerina.json'), join(dir, 'data/ballerina.json'));
  const page = readFileSync(join(root, 'demo/builder.html'), 'utf8')
    .replace('<html lang="en">', `<html lang="en" data-lib="${lib}">`)
    .replace('href="./" data-t="home"', `href="${home}" data-t="home"`);
  writeFileSync(join(dir, 'index.html'), page);
}

export async function writeSite(out = join(root, 'site')) {
  if (!existsSync(join(root, 'dist/library.json'))) throw new Error('the library is not built: run `npm run build` first.');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  copyLibrary(join(out, 'lib'));
  await writeBuilder(join(out, 'builder'));
  // The film page: the one-file bundle from lib/, the builder one folder down.
  const home = readFileSync(join(root, 'demo/index.html'), 'utf8')
    .replaceAll('../dist/', 'lib/').replace('href="builder.html"', 'href="builder/"');
  writeFileSync(join(out, 'index.html'), home);
  for (const file of ['demo.css', 'demo.js']) cpSync(join(root, 'demo', file), join(out, file));
  cpSync(join(root, 'demo/data'), join(out, 'data'), { recursive: true });
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(`film-elements: the site is in ${await writeSite()}`);
  } catch (error) {
    console.error(`film-elements site: ${error.message}`);
    process.exit(1);
  }
}
