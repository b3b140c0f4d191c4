import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { WebKitLauncher } from '../../scripts/webkit.mjs';

/** The engine a session runs in, by the name FILM_BROWSERS uses. */
const engineOf = (browser) => (browser instanceof WebKitLauncher ? 'webkit' : /firefox/i.test(browser.name) ? 'firefox' : 'chromium');

/**
 * `screenshot` (`{ name, clip }`, clip in CSS px of the viewport, inside it): the pixels there,
 * saved to .test-results/screenshots/<engine>/<name>.png; returns `{ file, width, height, digest }`
 * where the digest is of the decoded pixels, so two shots can be compared exactly.
 * `pixel-diff` (`{ a, b }`, two files from `screenshot`): how many pixels differ, and where.
 * WebKitWebDriver's element screenshots come back black, so every engine crops a viewport shot.
 */
export function screenshots() {
  const shots = new Map();
  return {
    name: 'film-screenshots',
    async executeCommand({ command, payload, session }) {
      if (command === 'pixel-diff') {
        const [a, b] = [shots.get(payload.a), shots.get(payload.b)];
        if (!a || !b) throw new Error('pixel-diff compares two screenshots taken in this run');
        if (a.width !== b.width || a.height !== b.height) return { differing: -1, size: [a.width, a.height, b.width, b.height] };
        let differing = 0;
        const rows = new Set();
        for (let i = 0; i < a.data.length; i += 4) {
          if (a.data.readUInt32BE(i) !== b.data.readUInt32BE(i)) {
            differing++;
            rows.add(Math.floor(i / 4 / a.width));
          }
        }
        return { differing, rows: [...rows].slice(0, 20) };
      }
      if (command !== 'screenshot') return undefined;
      const engine = engineOf(session.browser);
      const clip = Object.fromEntries(['x', 'y', 'width', 'height'].map((k) => [k, Math.round(payload.clip[k])]));
      let png;
      if (engine === 'webkit') png = Buffer.from(await session.browser.driver.takeScreenshot(), 'base64');
      else png = Buffer.from(await session.browser.getPage(session.id).screenshot({ type: 'png' }));
      const page = PNG.sync.read(png);
      const shot = new PNG({ width: clip.width, height: clip.height });
      PNG.bitblt(page, shot, clip.x, clip.y, clip.width, clip.height, 0, 0);
      const dir = `.test-results/screenshots/${engine}`;
      mkdirSync(dir, { recursive: true });
      const file = `${dir}/${payload.name}.png`;
      writeFileSync(file, PNG.sync.write(shot));
      shots.set(file, shot);
      return { file, width: shot.width, height: shot.height, digest: createHash('sha256').update(shot.data).digest('hex') };
    },
  };
}
