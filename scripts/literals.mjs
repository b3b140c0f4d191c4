// Lit's css`` templates without their comments and indentation (through lightningcss, by
// minify-literals), which esbuild leaves as they are written: what every build does to the
// sources (rollup.config.mjs), and what a test that compares them with a build does too. The
// html`` templates are left as written: collapsing their whitespace saves under 0.1 kB gzip an
// element, and their text nodes are what static HTML's record of its markup is checked against.
import { minifyHTMLLiterals } from 'minify-literals';

/** `code` (JavaScript, as esbuild writes it from `fileName`) with its css`` templates minified; null when none changed. */
export const minifyStyles = (code, fileName) => minifyHTMLLiterals(code, { fileName, html: false, cssTags: ['css'] });
