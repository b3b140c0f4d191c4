import type { Strings } from './strings/index.js';

/** A film that could not be loaded, told in the reader's language whenever it is shown. */
export class LoadFailure {
  constructor(readonly say: (s: Strings) => string) {}
}
