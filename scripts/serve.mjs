// `npm start`: serves the demo (and the built dist/) on localhost and prints the address.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT) || 8000;
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', nodeResolve: true, appIndex: undefined },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const actual = server.server.address().port;
console.log(`film-elements demo: http://127.0.0.1:${actual}/demo/`);
