// Writes the declarations (dist/**/*.d.ts) and makes them readable by TypeScript 5 with its
// default settings: TypeScript writes `#private;` into the declaration of a class with private
// fields, and TypeScript 5 rejects that line at its default target, ES5 (TS18028). The line
// only marks the class as having private fields; without it the types are the same to users.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

// The project's own TypeScript, by path: `typescript5` (for the types test) also installs a `tsc`.
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

for (const file of readdirSync('dist', { recursive: true })) {
  if (!file.endsWith('.d.ts')) continue;
  const path = `dist/${file}`;
  const written = readFileSync(path, 'utf8');
  const readable = written.replace(/^[ \t]*#private;\r?\n/gm, '');
  if (readable !== written) writeFileSync(path, readable);
}
