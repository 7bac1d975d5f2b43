// Launches Debian's Chromium headless through playwright-core, with the flags from DEVELOPERS.md (never downloads a browser).
import { chromium, type Browser } from 'playwright-core';

/** The system Chromium (`apt-get install chromium`). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless flags; SwiftShader gives sigma its WebGL without a GPU. Playwright itself gives each launch a fresh temporary profile. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Launches the system Chromium headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
