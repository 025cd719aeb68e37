// Finds a Chromium to drive: $CHROMIUM_PATH, else the system's, else Playwright's own download.
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

// Without these, Chromium keeps dialling Google's hosts, which a closed network refuses, and does
// work of its own beside the page under test.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium 156 loads its omnibox popup, a WebUI page of its own, into a renderer for every new
  // browser context: ≈ 1 s of CPU that, on two cores, landed inside the page under test's first
  // load (firstLoad.interactiveMs 3.0–3.8 s with it, 2.0–2.5 s without) and every test's start.
  // A person's browser did that once, long before opening the app. Unknown names are ignored.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  // undefined lets Playwright use the browser `npx playwright install` put in its cache.
  return SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: chromiumExecutable(), args: QUIET_FLAGS };
}
