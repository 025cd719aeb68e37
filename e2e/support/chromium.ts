// Finds a Chromium to drive: $CHROMIUM_PATH, else the system's, else Playwright's own download.
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

// Without these, Chromium keeps dialling Google's hosts, which a closed network refuses.
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
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
