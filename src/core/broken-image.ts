/**
 * Whether an image has tried to load and failed: `complete` with no picture. An image still on
 * its way (lazy, or slow) is not complete; an image without a size of its own (some SVG) may
 * report a zero width, so both sides must be zero.
 */
export const brokenImage = (img: HTMLImageElement): boolean =>
  img.complete && !img.naturalWidth && !img.naturalHeight && !!img.getAttribute('src');
