/**
 * The text of a JSON-LD script the library adds to the page's head (the film's, a list's), as
 * Trusted Types wants it: one policy for them all, since a CSP may allow its name only once.
 */
interface ScriptPolicy {
  createScript(text: string): unknown;
}
let policy: ScriptPolicy | null | undefined;

/**
 * Under Trusted Types a script's text must come from a policy, even data that never runs (a
 * text node appended instead is still reported when the script is inserted). The policy is
 * named `film-elements`; a page whose CSP does not allow it gets no JSON-LD, and no error.
 */
export function scriptText(json: string): unknown {
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
