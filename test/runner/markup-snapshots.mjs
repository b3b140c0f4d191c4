import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * `markup-snapshot` (`{ engine, drawn }`): the stored markup of test/core/markup.test.ts for that
 * engine, or null; with FILM_MARKUP=write in the environment it first stores what was drawn.
 */
export function markupSnapshots() {
  return {
    name: 'film-markup-snapshots',
    executeCommand({ command, payload }) {
      if (command !== 'markup-snapshot') return undefined;
      const file = `test/markup/${payload.engine}.json`;
      if (process.env.FILM_MARKUP === 'write') {
        mkdirSync('test/markup', { recursive: true });
        writeFileSync(file, `${JSON.stringify(payload.drawn, null, 1)}\n`);
      }
      return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
    },
  };
}
