// `npm start` (after `npm run build` and `npm run site`): serves site/ as any static host would,
// on localhost, and prints the addresses of the film page and the builder.
import { resolve } from 'node:path';
import { serve } from './static-server.mjs';

const { origin } = await serve(resolve(import.meta.dirname, '../site'), {}, { port: Number(process.env.PORT) || 8000, isolated: false });
console.log(`film-elements: the film page at ${origin}/ and the builder at ${origin}/builder/`);
