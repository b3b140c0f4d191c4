// WebKit (Safari's engine) for the browser suites: Debian's WebKitGTK MiniBrowser driven by its
// WebKitWebDriver (`apt-get install webkit2gtk-driver xvfb`). webdriverio cannot start a driver
// for MiniBrowser, so this launcher starts WebKitWebDriver itself, and an X server when none is
// given: MiniBrowser has no headless mode, and `npx wtr --files …` should work without xvfb-run.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const driverPath = '/usr/bin/WebKitWebDriver';
const miniBrowserPaths = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser'];
const xvfbPath = '/usr/bin/Xvfb';

/** MiniBrowser's path when WebKit can run here (driver, browser, and a display or Xvfb), else undefined. */
export function findWebKit() {
  const browser = [process.env.WEBKIT_PATH, ...miniBrowserPaths].find((p) => p && existsSync(p));
  if (!browser || !existsSync(driverPath)) return undefined;
  return process.env.DISPLAY || existsSync(xvfbPath) ? browser : undefined;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    }).on('error', reject);
  });

async function waitForDriver(port, ms = 15000) {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // not listening yet
    }
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

/** Starts Xvfb on a free display (it writes the number it took to fd 3) and gives `:N`. */
function startXvfb() {
  const xvfb = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const display = new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it gave a display`)));
  });
  return { xvfb, display };
}

export class WebKitLauncher extends WebdriverLauncher {
  constructor(miniBrowser) {
    super({
      hostname: '127.0.0.1',
      port: 0, // set in initialize()
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver refuses webdriverio 9's default BiDi request (webSocketUrl: true).
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    });
  }

  async initialize(config, testFiles) {
    // Skia on the CPU: under Xvfb its GL path (Mesa's software GL) draws glyphs and round corners
    // a few colour units apart from one page to the next, which exact screenshots cannot allow.
    const env = { WEBKIT_SKIA_ENABLE_CPU_RENDERING: '1', ...process.env };
    if (!env.DISPLAY) {
      const { xvfb, display } = startXvfb();
      this.xvfb = xvfb;
      env.DISPLAY = await display;
    }
    const port = await freePort();
    this.driverProcess = spawn(driverPath, [`--port=${port}`], { stdio: 'ignore', env });
    process.once('exit', () => this.#end());
    await waitForDriver(port);
    this.options.port = port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  /** One key per request: WebKitWebDriver drops a key that repeats the one before in a single request ("Balerina"). */
  async sendKeys(sessionId, keys) {
    for (const key of keys) await super.sendKeys(sessionId, [key]);
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      this.#end();
    }
  }

  #end() {
    this.driverProcess?.kill();
    this.xvfb?.kill();
    this.driverProcess = this.xvfb = undefined;
  }
}
