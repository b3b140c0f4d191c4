// Two builds from one source tree:
//  1. per-module ESM in dist/ for developers and bundlers, with lit left as an import;
//  2. dist/film-elements.min.js, one self-contained file a blogger loads with a script tag.
// TypeScript is transpiled by esbuild; declarations come from `tsc -p tsconfig.build.json`.
import { readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';

const defines = readdirSync('src/define').filter((f) => f.endsWith('.ts'));
const modules = [
  'src/index.ts',
  'src/model/index.ts',
  ...defines.map((f) => `src/define/${f}`),
  ...defines.map((f) => `src/elements/${f.slice(0, -3)}/${f.slice(0, -3)}.ts`),
];

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });

export default [
  {
    input: modules,
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
    plugins: [typescript()],
    output: { dir: 'dist', format: 'esm', preserveModules: true, preserveModulesRoot: 'src' },
  },
  {
    input: 'src/index.ts',
    plugins: [nodeResolve(), typescript(), minify({ target: 'es2022', legalComments: 'none' })],
    output: { file: 'dist/film-elements.min.js', format: 'esm' },
  },
];
