// Makes the README's picture of the stage under load (docs/stage-under-load.png), so it shows the
// app as it is. It only writes the file: nothing is compared, so it cannot fail on a pixel.
import { fileURLToPath } from 'node:url';
import { expect, test } from './support/playground';

const PICTURE = fileURLToPath(new URL('../docs/stage-under-load.png', import.meta.url));

/** Busy for 300 ms: at 20 requests a second, about six instances serve side by side. */
const SLOW_HANDLER = `export const handler = async (event) => {
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { statusCode: 200, body: 'done' };
};
`;

test.use({ viewport: { width: 1440, height: 1000 } });

test('the stage under load, for the README', async ({ playground, page }) => {
  // A load run on a shared two-core machine can take a while to scale out; only the picture matters.
  test.setTimeout(120_000);
  await playground.setCode(SLOW_HANDLER);
  await page.getByRole('tab', { name: 'Load' }).click();
  const load = page.getByRole('tabpanel', { name: 'Load' });
  await load.getByLabel('Rate', { exact: true }).fill('20');
  await load.getByLabel('Duration (s)', { exact: true }).fill('10');
  await page.getByRole('button', { name: 'Start load' }).click();

  await expect
    .poll(() => playground.instances().count(), { timeout: 60_000 })
    .toBeGreaterThanOrEqual(3);
  await page.getByRole('region', { name: 'Platform' }).screenshot({
    path: PICTURE,
    animations: 'disabled',
    caret: 'hide',
  });
});
