// esbuild-wasm's download, which a worker fetches and compiles off the page's main thread: when it
// fails the page says why, and the next invoke loads it again.
import { test as base } from '@playwright/test';
import { expect, Playground } from './support/playground';

const WASM = '**/esbuild-*.wasm';

base(
  'a refused esbuild download says why, and the next invoke loads it and answers',
  async ({ page }) => {
    await page.route(WASM, (route) => route.fulfill({ status: 503, body: 'busy' }));
    const playground = new Playground(page);
    await playground.open();
    const failure = page.getByRole('alert').filter({ hasText: 'The bundler failed to load' });
    await expect(failure).toHaveText(
      /^The bundler failed to load: esbuild-[\w-]+\.wasm could not be downloaded \(HTTP 503\)\. Invoke to try again\.$/,
    );

    await page.unroute(WASM);
    await playground.invokeAndWait();

    await expect(playground.result()).toHaveText('3');
    await expect(page.getByRole('status').filter({ hasText: 'Bundler ready' })).toBeVisible();
    await expect(failure).toHaveCount(0);
  },
);
