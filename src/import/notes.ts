/**
 * What an importer read but could not put into film JSON, each with the line it is on, so the
 * author can add it by hand: nothing that was read is dropped without a word.
 */
export interface Unmapped {
  /** The line in the imported text, from 1. */
  line: number;
  /** What was there, shortened to a line's length. */
  text: string;
  /** Why it was left out, in words an author can act on. */
  why: string;
}

/** A line is enough to find the spot; the text itself stays in the author's file. */
const MAX_TEXT = 120;
/** A broken text can hold a million things to report; an author acts on the first thousand. */
const MAX_NOTES = 1_000;

export class Notes {
  readonly unmapped: Unmapped[] = [];
  private readonly seen = new Set<string>();

  add(line: number, text: string, why: string): void {
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
    this.unmapped.push({ line, text: shown, why });
  }

  /** In the order of the text, which is the order an author reads it in. */
  sorted(): Unmapped[] {
    return [...this.unmapped].sort((a, b) => a.line - b.line);
  }
}
