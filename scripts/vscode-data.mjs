// Writes dist/vscode.html-custom-data.json from custom-elements.json (run by `npm run build`
// after the manifest is generated), so VS Code completes and documents every element and its
// attributes in HTML files: add the file to the `html.customData` setting.
import { readFileSync, writeFileSync } from 'node:fs';

// Kept as properties for reading, never set from markup.
const readOnly = new Set(['status', 'locale']);

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

/** `'light' | 'dark' | undefined` → light, dark; anything else has no fixed values. */
function values(type = '') {
  const names = type.split('|').map((t) => t.trim()).filter((t) => t !== 'undefined' && t !== 'null');
  if (names.length && names.every((t) => /^'[^']*'$/.test(t))) return names.map((t) => ({ name: t.slice(1, -1) }));
  return undefined;
}

const tags = manifest.modules.flatMap((module) => (module.declarations ?? [])
  .filter((d) => d.customElement && module.path.startsWith('src/elements/'))
  .map((d) => {
    const name = d.tagName ?? module.path.split('/').at(-2);
    const attributes = (d.attributes ?? [])
      // A name with capitals is a property that no attribute reaches (HTML lowercases them).
      .filter((a) => !readOnly.has(a.name) && a.name === a.name.toLowerCase())
      .map((a) => ({
        name: a.name,
        description: a.description ?? '',
        ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        ...(values(a.type?.text) ? { values: values(a.type?.text) } : {}),
      }));
    const parts = (d.cssParts ?? []).map((p) => `\`::part(${p.name})\` ${p.description ?? ''}`.trim());
    const description = [d.summary ?? d.description ?? '', parts.length ? `Parts: ${parts.join('; ')}` : '']
      .filter(Boolean).join('\n\n');
    return {
      name,
      description,
      attributes,
      references: [{ name: 'README', url: `https://www.npmjs.com/package/film-elements#${name}` }],
    };
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
