/**
 * wtf_wikipedia, an optional peer dependency of film-elements/import: loaded here so that a
 * project without it gets one sentence that says what to install, not Node's "Cannot find
 * package". In the self-contained bundles it is inside, and this import is inlined.
 */
const loaded = await import('wtf_wikipedia').catch((error: { code?: string }) => {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  throw new Error('film-elements/import needs wtf_wikipedia next to film-elements: `npm install wtf_wikipedia`.');
});

export default loaded.default;
