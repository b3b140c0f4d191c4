/**
 * Every source a film can be imported from, in the order their detectors are asked. The command's
 * `--kind`, the builder's list and the README's list of sources are this list; a new source is a
 * module in sources/ and a line here.
 */
import { wikitext } from './sources/wikitext.js';
import { html } from './sources/html.js';
import { tmdb } from './sources/tmdb.js';
import { wikidata } from './sources/wikidata.js';
import { jsonld } from './sources/jsonld.js';
import { filmJson } from './sources/film-json.js';

// Film JSON last: it takes whatever JSON the others do not claim.
export const importers = [wikitext, html, tmdb, wikidata, jsonld, filmJson] as const;

export type ImportKind = (typeof importers)[number]['kind'];
