/**
 * What an element is to everything that lists elements: each element's folder has a
 * `descriptor.ts` whose named exports are these, and the build derives from them the registering
 * entries, the loader's map and room, the package's exports, publish's pages, the builder's
 * widget list and the manifest (scripts/elements.mjs). The element's class takes its tag and
 * sections from there too; what only the tools need is left out of the element's bundle.
 */
import type { SectionReaders } from '../model/film-json.js';
import type { Film } from '../model/types.js';

export interface Descriptor {
  /** The element's tag. */
  readonly tag: string;
  /** The readers of the sections of a film it shows, beside what every film has. */
  readonly sections: SectionReaders;
  /**
   * The height of its loading placeholder, in em of the reader's default font size: about what
   * it takes for a full film on a phone, so that the text after a widget at the top of a post is
   * out of sight when the film is drawn (bench/layout-shift.mjs).
   */
  readonly room: number;
  /**
   * Its embed page in `publish`: the folder in the site's URLs, its name there, and its iframe's
   * size in CSS pixels, the height being room for a film like the demo's (measured) where the
   * platform does not listen to the embed's height messages.
   */
  readonly embed: { readonly path: string; readonly label: string; readonly width: number; readonly height: number };
  /** Its name in the builder and one line on what it shows (English; other languages: the builder's words). */
  readonly widget: { readonly name: string; readonly about: string };
  /** Its place among the elements, most used first: the builder's list, publish's pages and embeds. */
  readonly rank: number;
  /** Whether a film gives it more to show than "nothing here". */
  readonly shows: (film: Film) => boolean;
  /** On a film page, one of it for each of these attribute sets (one per review); default: one. */
  readonly each?: (film: Film) => Array<Record<string, string>>;
  /**
   * What it is given: one film (the default), or a list of films (`<film-list>`), which the
   * builder's widgets for one film and publish's film pages leave out.
   */
  readonly takes?: 'film' | 'list';
  /** Where it stands on a film page: above the film, beside it (a sidebar) or in it (default). */
  readonly place?: 'above' | 'beside' | 'in';
}
