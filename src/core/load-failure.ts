import type { Problem } from '../model/types.js';
import type { Strings } from './strings/index.js';

/**
 * A film that could not be loaded, told in the reader's language whenever it is shown, with
 * the problems behind it (JSON text's line and column) for the page's author.
 */
export class LoadFailure {
  constructor(readonly say: (s: Strings) => string, readonly problems: Problem[] = []) {}
}
