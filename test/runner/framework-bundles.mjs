import { build } from 'esbuild';

/**
 * React ships only CommonJS and Vue's ES build expects a bundler, so test/integration/ gets
 * each framework bundled into one ES module on request: the specifiers in a group all resolve
 * to that group's module, so React and ReactDOM share one copy.
 */
export function frameworkBundles() {
  const groups = {
    react: { specifiers: ['react', 'react-dom/client'], source:
      "import React from 'react'; import { createRoot } from 'react-dom/client';" +
      'export const { createElement, StrictMode } = React; export { createRoot };' },
    vue: { specifiers: ['vue'], source: "export { createApp, h, ref, nextTick } from 'vue';" },
  };
  const cache = new Map();
  return {
    name: 'framework-bundles',
    resolveImport({ source }) {
      const group = Object.keys(groups).find((name) => groups[name].specifiers.includes(source));
      return group && `/__framework/${group}.js`;
    },
    async serve(ctx) {
      const group = groups[ctx.path.match(/^\/__framework\/(\w+)\.js$/)?.[1]];
      if (!group) return undefined;
      if (!cache.has(group)) {
        cache.set(group, build({
          stdin: { contents: group.source, resolveDir: process.cwd(), loader: 'js' },
          bundle: true, format: 'esm', write: false, target: 'es2022', logLevel: 'silent',
          define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false',
            __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
        }).then((result) => result.outputFiles[0].text));
      }
      return { body: await cache.get(group), type: 'js' };
    },
  };
}
