// Where the snippet's loader comes from: jsDelivr pinned to this version, or a copy the author
// hosts, downloaded here as one zip (fflate) of every file the loader may fetch.
import { zipSync } from 'fflate';
import { cdnBase } from './snippet.js';

/** What the build says of the library (dist/library.json): its version, tags, hashes and files. */
export interface Library {
  version: string;
  tags: string[];
  integrity: Record<string, string>;
  files: string[];
  /** Each element's name and one line on what it shows, in English (its descriptor's), most used first. */
  widgets?: Record<string, [string, string]>;
  /** The elements given a list of films rather than one film. */
  lists?: string[];
}

const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/**
 * Where the builder's own library sits, when the builder is on a real site (site/ on a host):
 * the address an author who hosts site/ would give. Nothing under a local server.
 */
export const hostedCopy = (lib: URL): string => (/^https?:$/.test(lib.protocol) && !loopback.test(lib.hostname) ? lib.href : '');

/** The folder of `typed` as an address (a trailing slash added), or undefined when it is none. */
export function folderOf(typed: string): string | undefined {
  try {
    const url = new URL(typed.trim().replace(/\/?$/, '/'));
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export type LibraryPlace = { base: string } | { missing: true } | { invalid: true };

/** The loader's folder for the author's choice: `{ base }`, or `{ missing }` / `{ invalid }`. */
export function libraryBase({ choice, typed, version }: { choice: 'own' | 'cdn'; typed: string; version: string }): LibraryPlace {
  if (choice === 'cdn') return { base: cdnBase(version) };
  if (!typed.trim()) return { missing: true };
  const base = folderOf(typed);
  return base ? { base } : { invalid: true };
}

/** Every file of the library (`library.files`, fetched from `lib`) in one zip, under film-elements/. */
export async function libraryZip(lib: URL, library: Library): Promise<Blob> {
  const files = await Promise.all(library.files.map(async (file) => {
    const response = await fetch(new URL(file, lib));
    if (!response.ok) throw new Error(`${file}: ${response.status}`);
    return [`film-elements/${file}`, new Uint8Array(await response.arrayBuffer())] as const;
  }));
  return new Blob([zipSync(Object.fromEntries(files), { level: 6 })], { type: 'application/zip' });
}
