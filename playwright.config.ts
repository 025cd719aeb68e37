// End-to-end tests drive the built app (`vite preview`) in real Chromium, as a learner would.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium';

// E2E_PORT and E2E_OUT_DIR let two checkouts' builds be tested side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_OUT_DIR ?? 'dist';
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Side-by-side runs (E2E_OUT_DIR) keep their traces apart too.
  outputDir: process.env.E2E_OUT_DIR ? `test-results/${outDir}` : 'test-results',
  fullyParallel: false,
  // Two cores: more than one worker makes cold-start timings and timeouts noisy.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${outDir}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
