// The author's films, each a draft kept in the browser (localStorage) under its own id, with the
// one being edited remembered; and, for the session, each draft's last changes to undo and redo.
const KEY = 'film-elements.builder.drafts';
/** The single draft an earlier builder kept, taken over once. */
const OLD_KEY = 'film-elements.builder.draft';
/** How many changes back undo goes. */
const DEPTH = 100;

/** One film as the author left it: its JSON text, as typed, and when it last changed. */
export interface Draft {
  id: string;
  text: string;
  updated: number;
}

interface Kept {
  current: string;
  drafts: Draft[];
}

const newId = () => `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export class Drafts {
  #storage: Storage | undefined;
  #state: Kept = { current: '', drafts: [] };
  /** Per draft: the texts before (`past`) and after (`future`) the one shown. */
  #history = new Map<string, { past: string[]; future: string[] }>();

  constructor(storage: Storage | undefined) {
    this.#storage = storage;
    try {
      const kept = JSON.parse(storage?.getItem(KEY) ?? 'null') as Kept | null;
      if (kept && Array.isArray(kept.drafts)) this.#state = kept;
    } catch { /* a store this builder cannot read starts empty */ }
    const old = storage?.getItem(OLD_KEY);
    if (old && !this.#state.drafts.length) this.create(old);
  }

  /** The drafts, newest change first. */
  get all(): Draft[] {
    return [...this.#state.drafts].sort((a, b) => b.updated - a.updated);
  }

  /** The draft being edited, if any. */
  get current(): Draft | undefined {
    return this.#state.drafts.find((d) => d.id === this.#state.current);
  }

  /** A new draft holding `text`, which becomes the current one. */
  create(text: string): Draft {
    const draft = { id: newId(), text, updated: Date.now() };
    this.#state.drafts.push(draft);
    this.#state.current = draft.id;
    this.#write();
    return draft;
  }

  open(id: string): Draft | undefined {
    if (!this.#state.drafts.some((d) => d.id === id)) return undefined;
    this.#state.current = id;
    this.#write();
    return this.current;
  }

  /** Deletes draft `id`; the most recent other one (if any) becomes current. */
  remove(id: string): Draft | undefined {
    this.#state.drafts = this.#state.drafts.filter((d) => d.id !== id);
    this.#history.delete(id);
    if (this.#state.current === id) this.#state.current = this.all[0]?.id ?? '';
    this.#write();
    return this.current;
  }

  /** Keeps `text` as the current draft's, the text before it going on the undo list. */
  save(text: string): void {
    const draft = this.current;
    if (!draft || draft.text === text) return;
    const { past, future } = this.#historyOf(draft.id);
    past.push(draft.text);
    if (past.length > DEPTH) past.shift();
    future.length = 0;
    draft.text = text;
    draft.updated = Date.now();
    this.#write();
  }

  canUndo(): boolean { return !!this.current && this.#historyOf(this.current.id).past.length > 0; }
  canRedo(): boolean { return !!this.current && this.#historyOf(this.current.id).future.length > 0; }

  /** Goes one change back (`undo`) or forward (`redo`); the text now shown, or undefined. */
  step(back: boolean): string | undefined {
    const draft = this.current;
    if (!draft) return undefined;
    const { past, future } = this.#historyOf(draft.id);
    const from = back ? past : future;
    if (!from.length) return undefined;
    (back ? future : past).push(draft.text);
    draft.text = from.pop()!;
    draft.updated = Date.now();
    this.#write();
    return draft.text;
  }

  #historyOf(id: string) {
    let history = this.#history.get(id);
    if (!history) this.#history.set(id, (history = { past: [], future: [] }));
    return history;
  }

  #write(): void {
    try {
      this.#storage?.setItem(KEY, JSON.stringify(this.#state));
      this.#storage?.removeItem(OLD_KEY);
    } catch { /* private mode or a full store: the drafts live as long as the page */ }
  }
}
