// esbuild-wasm's download, which a worker fetches and compiles off the page's main thread: when it
// fails the page says why, and the next invoke loads it again.
import { expect, test } from './support/fixtures';

const WASM = '**/esbuild-*.wasm';

// The download is refused from the app's first load on.
test.use({ opensApp: false });

test('a refused esbuild download says why, and the next invoke loads it and answers', async ({
  playground,
  page,
}) => {
  await page.route(WASM, (route) => route.fulfill({ status: 503, body: 'busy' }));
  await playground.open();
  const failure = page.getByRole('alert').filter({ hasText: 'The bundler failed to load' });
  await expect(failure).toHaveText(
    /^The bundler failed to load: esbuild-[\w-]+\.wasm could not be downloaded \(HTTP 503\)\. Invoke to try again\.$/,
  );

  await page.unroute(WASM);
  await playground.invokeAndWait();

  await expect(playground.result()).toHaveText('3');
  await expect(playground.bundlerReady).toBeVisible();
  await expect(failure).toHaveCount(0);
});
