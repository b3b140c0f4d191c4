// The replay server (server.mjs) for browser tests: `replay-start` starts one for the run (or
// gives the one started) and returns its address; `replay-log` what it was asked since the last call.
import { startReplay } from './server.mjs';

export function replayPlugin() {
  let replay;
  return {
    name: 'film-replay',
    async executeCommand({ command }) {
      if (command === 'replay-start') {
        replay ??= await startReplay();
        return { url: replay.url };
      }
      if (command === 'replay-log') return replay ? replay.log.splice(0) : [];
      return undefined;
    },
    async serverStop() {
      await replay?.close();
    },
  };
}
