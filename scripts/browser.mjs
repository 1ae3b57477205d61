// Finds a Chromium for Playwright. Playwright cannot download its own browser on these
// machines, so fall back to Debian's package, installing it when we are root with apt.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { chromium } from '@playwright/test';

const debianChromium = '/usr/bin/chromium';

/** Flags that keep headless Chromium quiet on a machine without internet access. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Path to a usable Chromium, or undefined when Playwright's own browser is installed. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  if (existsSync(debianChromium)) return debianChromium;
  return null;
}

/** Makes sure a browser exists, installing Debian's chromium if possible; throws otherwise. */
export function ensureChromium() {
  if (chromiumPath() !== null) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No browser found: installing Debian chromium with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (chromiumPath() !== null) return;
  }
  throw new Error(
    'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`, or ' +
      '`npx playwright install chromium` where downloads work), or set CHROMIUM_PATH.',
  );
}
