/**
 * Lit's hydration, which adopts static HTML's DOM as the element's own: fetched on demand by the
 * elements that arrive drawn (upgrade.ts), and preloaded by the loader when it sees such markup.
 */
export { hydrate } from '@lit-labs/ssr-client';
