// `npm run screenshot`: draws the README's picture of the stage under load
// (docs/stage-under-load.png) from the built app, so that the picture shows the app as it is. A
// script rather than a test: it checks nothing and rewrites a tracked file, which `npm test` must
// not do. It builds the app first only when dist/ holds no build: after a change, `npm run build`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, expect } from '@playwright/test';
import { build } from 'vite';
import { serve } from '../bench/site';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { grantClipboard } from '../e2e/support/code-editor';
import { LoadTab } from '../e2e/support/load';
import { Playground } from '../e2e/support/playground';

// npm runs scripts from the package's folder; the compiled script lives elsewhere (see package.json).
const BUILD = 'dist';
const PICTURE = resolve('docs/stage-under-load.png');

/** Busy for 300 ms: at 20 requests a second, about six instances serve side by side. */
const SLOW_HANDLER = `export const handler = async (event) => {
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { statusCode: 200, body: 'done' };
};
`;

/** Requests sent when the picture is taken: six seconds of the 20-a-second load. */
const STEADY_SENT = 120;

/** `Running: 57 of 200 sent to …` → 57. */
function sentSoFar(status: string | null): number {
  return Number(/(\d+) of \d+ sent/.exec(status ?? '')?.[1] ?? 0);
}

async function main(): Promise<void> {
  if (!existsSync(`${BUILD}/index.html`)) {
    console.error(`No build in ${BUILD}/: building the app…`);
    await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  }
  const app = await serve(BUILD);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    // As the e2e suite sees the app: a first load, without the service worker precaching beside it.
    const context = await browser.newContext({
      baseURL: app.url,
      viewport: { width: 1440, height: 1000 },
      serviceWorkers: 'block',
    });
    await grantClipboard(context);
    const page = await context.newPage();
    const playground = new Playground(page);
    await playground.open();
    await playground.setCode(SLOW_HANDLER);
    const load = new LoadTab(page);
    await load.open();
    await load.start(20, 10);
    // The picture shows the steady state, six seconds in: the environments the scale-out needed
    // (about ten, docs/aws-lambda.md#platform-time), six or so busy at a time.
    await expect
      .poll(async () => sentSoFar(await load.status.textContent()), { timeout: 120_000 })
      .toBeGreaterThanOrEqual(STEADY_SENT);
    await page.getByRole('region', { name: 'Platform' }).screenshot({
      path: PICTURE,
      animations: 'disabled',
      caret: 'hide',
    });
    const instances = await playground.instances().count();
    console.error(`Wrote ${PICTURE}: ${instances} instances on the stage`);
  } finally {
    await browser.close();
    await app.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
