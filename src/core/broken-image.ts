import type { ReactiveElement } from 'lit';

/**
 * Whether an image has tried to load and failed: `complete` with no picture. An image still on
 * its way (lazy, or slow) is not complete; an image without a size of its own (some SVG) may
 * report a zero width, so both sides must be zero.
 */
const brokenImage = (img: HTMLImageElement): boolean =>
  img.complete && !img.naturalWidth && !img.naturalHeight && !!img.getAttribute('src');

/** What an element draws its pictures with, so that one that does not load leaves no blank box. */
export interface BrokenImages {
  /** The first of `pictures` that has not failed to load; the element draws words or nothing without one. */
  usable<T extends { src: string }>(...pictures: Array<T | undefined>): T | undefined;
  /** Bound as an image's `@error`: its address is remembered and the element draws again. */
  failed(event: Event): void;
}

/**
 * The pictures of `host` that did not load, by address. Every failed address is kept, not the
 * last alone: a frame that falls back from one picture to the next would otherwise go back to
 * the first when the second fails too.
 */
export function brokenImages(host: ReactiveElement): BrokenImages {
  const failed = new Set<string>();
  const fail = (img: HTMLImageElement) => {
    const src = img.getAttribute('src');
    if (src) failed.add(src);
    host.requestUpdate();
  };
  host.addController({
    // An image of static HTML that failed before the element's code arrived fired its `error`
    // with nobody listening: looked for once, when the first render ends (Lit calls this before
    // it sets `hasUpdated`). A microtask later, as an `error` event comes: an update asked for
    // inside this one is one that Lit's development build warns of.
    hostUpdated() {
      if (host.hasUpdated) return;
      for (const img of host.renderRoot.querySelectorAll('img')) if (brokenImage(img)) queueMicrotask(() => fail(img));
    },
  });
  return {
    usable: (...pictures) => pictures.find((p) => p && !failed.has(p.src)),
    failed: (event) => fail(event.target as HTMLImageElement),
  };
}
