/** schema.org JSON-LD on its own, read by the model's JSON-LD reader (../jsonld.ts). */
import { ImportRefusal, importer, jsonOf } from '../importer.js';
import { importJsonLd } from '../jsonld.js';
import type { FilmInput } from '../../model/types.js';
import type { Notes } from '../notes.js';
import { isJsonLd } from '../../model/jsonld-detect.js';

/** The film of JSON-LD data found in `text` from `from` on; refused in the reader's words. */
export function fromJsonLd(data: unknown, notes: Notes, text: string, from: number, baseUrl?: string, site?: string): FilmInput {
  const read = importJsonLd(data, notes, { text, from, ...(baseUrl !== undefined && { baseUrl }), ...(site !== undefined && { site }) });
  if (read instanceof ImportRefusal) throw read;
  return read.film;
}

export const jsonld = importer({
  kind: 'jsonld',
  label: 'JSON-LD',
  reads: 'schema.org Movie data, as pages carry it for search engines',
  detect: ({ json }) => isJsonLd(json),
  read: (text, notes, options) => fromJsonLd(jsonOf(text), notes, text, 0, options.baseUrl),
});
