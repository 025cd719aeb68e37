// End-to-end tests drive the built app (`vite preview`) in real Chromium, as a learner would; the
// dev-server specs drive `vite dev`, which is what `npm run dev` gives a newcomer.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium';

// E2E_PORT and E2E_OUT_DIR let two checkouts' builds be tested side by side on one machine;
// E2E_DEV_PORT does the same for the dev server.
const port = Number(process.env.E2E_PORT ?? 4173);
const devPort = Number(process.env.E2E_DEV_PORT ?? port + 1);
const outDir = process.env.E2E_OUT_DIR ?? 'dist';
const baseURL = `http://localhost:${port}`;
const devURL = `http://localhost:${devPort}`;
const DEV_SPECS = /\.dev\.spec\.ts$/;

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
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
    // Each test sees the app's first load, as a new visitor does: without this, the service worker
    // would also spend each test precaching ≈ 25 MB beside it. The offline specs allow it.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'built', testIgnore: DEV_SPECS, use: { baseURL } },
    // The dev server transforms each module on its first request: everything takes longer there.
    { name: 'dev', testMatch: DEV_SPECS, use: { baseURL: devURL }, expect: { timeout: 30_000 } },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${port} --strictPort --outDir ${outDir}`,
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite --port ${devPort} --strictPort`,
      url: devURL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
