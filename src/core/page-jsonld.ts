/**
 * The `jsonld` attribute: the film goes into the page's head as schema.org JSON-LD for search
 * engines, once per film however many widgets show it (and whichever copy of the library they
 * come from): the key is the film's id, else its title and year.
 */
import type { Film } from '../model/types.js';

interface ScriptPolicy {
  createScript(text: string): unknown;
}
let policy: ScriptPolicy | null | undefined;

/**
 * Under Trusted Types a script's text must come from a policy, even data that never runs (a
 * text node appended instead is still reported when the script is inserted). The policy is
 * named `film-elements`; a page whose CSP does not allow it gets no JSON-LD, and no error.
 */
function scriptText(json: string): unknown {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } }).trustedTypes;
  if (!tt) return json;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy('film-elements', { createScript: (text) => text });
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createScript(json) : undefined;
}

export async function publishJsonLd(film: Film): Promise<void> {
  if (typeof document === 'undefined') return;
  const key = film.id ? `id:${film.id}` : `title:${film.title}|${film.year ?? ''}`;
  const isPublished = () => [...document.head.querySelectorAll('script[data-film-jsonld]')]
    .some((s) => s.getAttribute('data-film-jsonld') === key);
  if (isPublished()) return;
  // The writer is fetched only by pages that ask for JSON-LD; most widgets never need it.
  const { toJsonLd } = await import('../model/jsonld-writer.js');
  if (isPublished()) return;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute('data-film-jsonld', key);
  // `<` is escaped so the markup stays safe if the page is ever serialised.
  const text = scriptText(JSON.stringify(toJsonLd(film)).replace(/</g, '\\u003c'));
  if (text === undefined) return;
  script.text = text as string;
  document.head.append(script);
}
