// Where the model's problems go in the form: each next to the deepest field its path names, and
// counted on the section that holds that field. The form is drawn once to learn where its fields
// are (`Placement.holders`), the problems are placed, and it is drawn again with them.
import type { Problem } from '../model/types.js';

/** A problem as the form shows it: its line's id (for `aria-describedby`), what kind, where. */
export interface Placed extends Problem {
  id: string;
  /** A coercion the model made and says so ("read "4/5" as 4 out of 5"): a note, never a problem. */
  note: boolean;
  /** Whether it is about the holder's own path, so its line need not name the path. */
  here: boolean;
}

export class Placement {
  /** Every field's path as drawn, with the section it is in. */
  readonly holders = new Map<string, string>();
  /** The problems at each field's path; '' for those about no field (the document's). */
  readonly at = new Map<string, Placed[]>();
  /** Per section, how many problems (not notes) lie in it. */
  readonly counts = new Map<string, number>();
  /** The section being drawn. */
  section = '';

  hold(path: string): void {
    this.holders.set(path, this.section);
  }

  place(problems: Problem[]): void {
    const paths = [...this.holders.keys()].sort((a, b) => b.length - a.length);
    problems.forEach((problem, i) => {
      const holder = paths.find((p) => p === problem.path || problem.path.startsWith(`${p}.`) || problem.path.startsWith(`${p}[`)) ?? '';
      const placed: Placed = { ...problem, id: `problem-${i}`, note: problem.severity === 'note', here: holder !== '' && holder === problem.path };
      this.at.set(holder, [...(this.at.get(holder) ?? []), placed]);
      const section = this.holders.get(holder);
      if (section && !placed.note) this.counts.set(section, (this.counts.get(section) ?? 0) + 1);
    });
  }

  /** What a field's control is described by: its hint, then its problems (not its notes). */
  describedBy(path: string, hint?: string): string | undefined {
    const ids = [hint, ...(this.at.get(path) ?? []).filter((p) => !p.note).map((p) => p.id)].filter(Boolean);
    return ids.length ? ids.join(' ') : undefined;
  }

  invalid(path: string): boolean {
    return (this.at.get(path) ?? []).some((p) => p.severity === 'error');
  }
}
