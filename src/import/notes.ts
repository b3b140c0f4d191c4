/**
 * What an importer read but could not put into film JSON, each with the line it is on, so the
 * author can add it by hand: nothing that was read is dropped without a word.
 */
export interface Unmapped {
  /** The line in the imported text, from 1. */
  line: number;
  /** What was there, shortened to a line's length. */
  text: string;
  /** Why it was left out, in plain words: no film JSON keys, no command options. */
  why: string;
  /**
   * Where an author adds it by hand: the film's section (`poster`, `scores`), or `address` when
   * the page's address is what is missing. The builder says so in its own words and language.
   */
  section?: string;
  /** What to do in the command's and film JSON's terms (`add "poster": { "src": URL, "alt": … }`). */
  todo?: string;
  /** Why, as a key the builder says in its own words and language; `values` are what the words name. */
  reason?: NoteReason;
  values?: Record<string, string>;
}

/**
 * The notes an author meets most, by reason, with the values each names: the builder says
 * these in its interface's language (`why` stays the English sentence the command prints).
 */
export interface NoteReasons {
  wikiFile: object;
  imageCaption: object;
  notAParameter: { key: string; template: string };
  strayText: object;
  notRuntime: object;
  notMoney: object;
  moneyRange: object;
  unknownTemplate: { template: string };
  explanatoryFootnote: object;
  castTrivia: object;
  /** What a name's line says of it in brackets: "(uncredited)", "(United States)". */
  nameAside: { aside: string };
  secondInfobox: object;
  sectionsUnread: object;
  notReleaseDate: object;
  citationDate: object;
  citationEmpty: object;
  referenceEmpty: object;
  referenceMissing: object;
  htmlRemoved: object;
  schemaUnread: object;
  scoreWhose: object;
  /** A sentence that names an aggregator, without a figure the importer can read. */
  scoreUnread: object;
  otherRatings: object;
  tmdbUnread: object;
  letterGrade: object;
  unlabelled: object;
  notJsonLd: object;
  relativeLinks: object;
}
export type NoteReason = keyof NoteReasons;
type More = Pick<Unmapped, 'section' | 'todo' | 'reason' | 'values'>;

/** The note as the command prints it: why, then what to do in film JSON's terms. */
export const noteWhy = (u: Unmapped): string => (u.todo ? `${u.why}: ${u.todo}` : u.why);

/** A line is enough to find the spot; the text itself stays in the author's file. */
const MAX_TEXT = 120;
/** A broken text can hold a million things to report; an author acts on the first thousand. */
const MAX_NOTES = 1_000;

export class Notes {
  readonly unmapped: Unmapped[] = [];
  private readonly seen = new Set<string>();

  add(line: number, text: string, why: string, more: More = {}): void {
    if (this.unmapped.length > MAX_NOTES) return;
    if (this.unmapped.length === MAX_NOTES) {
      this.unmapped.push({ line, text: '…', why: `more than ${MAX_NOTES} things were not imported: from this line on they are not listed` });
      return;
    }
    const short = text.replace(/\s+/g, ' ').trim();
    const shown = short.length > MAX_TEXT ? `${short.slice(0, MAX_TEXT - 1)}…` : short;
    const key = `${line}\n${shown}\n${why}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const { section, todo, reason, values } = more;
    this.unmapped.push({ line, text: shown, why, ...(section && { section }), ...(todo && { todo }), ...(reason && { reason }), ...(values && { values }) });
  }

  /** In the order of the text, which is the order an author reads it in. */
  sorted(): Unmapped[] {
    return [...this.unmapped].sort((a, b) => a.line - b.line);
  }
}
