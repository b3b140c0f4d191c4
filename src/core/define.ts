/** Registers elements without ever throwing into the host page. */

const warned = new Set<string>();

function warnOnce(tag: string, message: string): void {
  if (warned.has(tag)) return;
  warned.add(tag);
  console.warn(`film-elements: ${message}`);
}

/**
 * Defines `tag` unless it is taken. A second copy of this library (the script included twice,
 * or the bundle next to the modules) is silent; a foreign class on one of our tags earns one
 * warning. Without a DOM (server rendering, Node) it does nothing.
 */
export function defineElement(
  tag: string,
  element: CustomElementConstructor,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== element && !('filmElement' in existing)) {
      warnOnce(tag, `<${tag}> is already defined by another script; this copy was not registered.`);
    }
    return;
  }
  try {
    registry.define(tag, element);
  } catch (error) {
    // A constructor already registered under another name, or an invalid tag.
    warnOnce(tag, `<${tag}> could not be registered: ${(error as Error).message}`);
  }
}
