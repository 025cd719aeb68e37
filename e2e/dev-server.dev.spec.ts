// `npm run dev` as a newcomer meets it: the default function answers, an edit deploys a version
// that starts cold, and nothing on the console says otherwise; an edit on disk while the page is
// open leaves no worker behind.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseReport } from './support/cloudwatch';
import { watchConsole } from './support/console-errors';
import { expect, test } from './support/fixtures';
import type { Playground } from './support/playground';

const TWICE = `export const handler = async (event: { left: number; right: number }) =>
  2 * (event.left + event.right);
`;

// Each test listens to the console from before the app's first load.
test.use({ opensApp: false });

/** esbuild.wasm is 14 MB to compile: on a busy machine that alone can outlast an invoke's wait. */
async function untilBundlerReady(playground: Playground): Promise<void> {
  await expect(playground.bundlerReady).toBeVisible({ timeout: 60_000 });
}

/** The page's instance workers (spares and instances), which start from `data:` URLs. */
function runtimeWorkers(page: Page): number {
  return page.workers().filter((worker) => worker.url().startsWith('data:')).length;
}

test('the default function answers 3, warm, then cold again after an edit', async ({
  playground,
  page,
}) => {
  const problems = watchConsole(page);
  await playground.open();
  await untilBundlerReady(playground);

  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('3');
  await playground.invokeAndWait();
  await playground.setCode(TWICE);
  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('6');

  const reports = (await playground.reports()).map(parseReport);
  expect(reports.map((report) => report.initDurationMs !== undefined)).toEqual([true, false, true]);
  expect(problems()).toEqual([]);
});

/**
 * Appends a comment to one of the app's source files while the page is open, waits for what the
 * dev server makes of it, then puts the file back as it was (whatever happens) and waits again.
 */
async function editOnDisk(file: string, applied: () => Promise<unknown>): Promise<void> {
  const original = readFileSync(file, 'utf8');
  try {
    const edited = applied();
    appendFileSync(file, `\n// edited by a test\n`);
    await edited;
  } finally {
    const restored = applied();
    writeFileSync(file, original);
    await restored;
  }
}

/** Vite's client says so on the console when it has swapped a module in place. */
const hotUpdated = (page: Page, file: string) =>
  page.waitForEvent(
    'console',
    (message) => /hot updated/.test(message.text()) && message.text().includes(file),
  );

// Unbundled modules, two page loads and a reload: more than one first load's time.
test.slow();

test('an edit on disk swaps a component in place and reloads for a module with state', async ({
  playground,
  page,
}) => {
  const problems = watchConsole(page);
  await playground.open();
  await untilBundlerReady(playground);
  await playground.invokeAndWait();
  // One instance and the spare pool's two.
  await expect.poll(() => runtimeWorkers(page)).toBe(3);

  // A component: React swaps it, and the platform (its instance, its spares) is the same one.
  let loads = 0;
  page.on('load', () => loads++);
  await editOnDisk('src/ui/layout/Header.tsx', () => hotUpdated(page, 'Header.tsx'));
  expect(loads).toBe(0);
  await playground.invokeAndWait();
  await expect(playground.instances()).toHaveCount(1);
  expect(await playground.reports()).toHaveLength(2);
  await expect.poll(() => runtimeWorkers(page)).toBe(3);

  // The platform's own module: the page reloads, and only the new platform's spares run.
  await editOnDisk('src/store/platform/platform-world.ts', () => page.waitForEvent('load'));
  await playground.editor.ready();
  await untilBundlerReady(playground);
  await expect.poll(() => runtimeWorkers(page)).toBe(2);
  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('3');
  await expect.poll(() => runtimeWorkers(page)).toBe(3);
  expect(problems()).toEqual([]);
});
