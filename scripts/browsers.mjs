// Finds the system browsers the tests run in. No test tool downloads a browser of its own:
// CHROME_PATH / FIREFOX_PATH win, then the usual install paths; with --ensure, a root user on
// Debian or Ubuntu gets Debian's chromium (and firefox-esr) installed, anyone else one sentence
// saying what to install.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const chromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable', '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium'];
const firefoxPaths = ['/usr/bin/firefox-esr', '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox'];

const first = (env, paths) => [process.env[env], ...paths].find((p) => p && existsSync(p));

export const findChromium = () => first('CHROME_PATH', chromiumPaths);

/**
 * How every headless Chromium here is started: as root it needs --no-sandbox, and with no
 * network but the registries its background services would only fail to connect.
 */
export const chromiumFlags = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const findFirefox = () => first('FIREFOX_PATH', firefoxPaths);

const debianRoot = () =>
  process.platform === 'linux' && process.getuid?.() === 0 &&
  existsSync('/etc/os-release') && /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));

function aptInstall(packages) {
  console.log(`Installing ${packages.join(' and ')} from the system's package manager…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

/** Makes sure Chromium exists (and Firefox, when `withFirefox`), or exits with one sentence. */
export function ensureBrowsers({ withFirefox = false } = {}) {
  const missing = [];
  if (!findChromium()) missing.push('chromium');
  if (withFirefox && !findFirefox()) missing.push('firefox-esr');
  if (missing.length && debianRoot()) aptInstall(missing);
  if (!findChromium()) {
    console.error('The tests need Chromium or Chrome: install it (for example `apt-get install chromium`) or set CHROME_PATH to its binary.');
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureBrowsers({ withFirefox: process.argv.includes('--firefox') });
  console.log(`Chromium: ${findChromium()}`);
  console.log(`Firefox: ${findFirefox() ?? 'not found (tests run in Chromium only)'}`);
}
