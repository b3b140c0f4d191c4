/**
 * Code fetched on demand (a language's words, the JSON-LD reader) arrives after the render that
 * needed it. An element renders again once it arrives, and its `updateComplete` waits for that
 * render, so that code awaiting it sees what the reader will see.
 */
export class Arrivals {
  #awaiting = new Set<Promise<unknown>>();

  constructor(private readonly rerender: () => void) {}

  /** Renders again once `arrival` settles, however it settles. */
  add(arrival: Promise<unknown>): void {
    if (this.#awaiting.has(arrival)) return;
    this.#awaiting.add(arrival);
    const arrived = () => {
      this.#awaiting.delete(arrival);
      this.rerender();
    };
    arrival.then(arrived, arrived);
  }

  /** `updateComplete`, once nothing awaited is still on its way. */
  async complete(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let complete = await updateComplete();
    while (this.#awaiting.size) {
      await Promise.allSettled(this.#awaiting);
      complete = await updateComplete();
    }
    return complete;
  }
}
