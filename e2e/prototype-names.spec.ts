// Names that are also members of every JavaScript object: a function, a file or a bucket called
// `constructor` or `__proto__` is just a name, and a panel that fails anyway fails alone.
import { expect, test } from './support/fixtures';

/** Valid Lambda function names (letters, digits, `-`, `_`) that Object.prototype also has. */
const FUNCTION_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];

// Five names are five deploys and five cold starts, then a reload.
test.slow();

test('a function named after Object.prototype’s members runs, is billed, and reopens after a reload', async ({
  playground,
  cost,
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  for (const name of FUNCTION_NAMES) {
    await playground.settings.fill('Function name', name);
    // The log view follows the renamed function: none of its lines yet.
    await playground.waitForReports(0);
    await playground.invokeAndWait();
    await expect(playground.result()).toHaveText('3');
    // Each name deploys a new function: its first invoke is a cold start.
    await expect(playground.resultRegion.getByText('cold start')).toBeVisible();
    expect((await playground.reports()).length).toBe(1);
    await expect(playground.stage.getByTestId('function-lane')).toHaveAttribute(
      'data-function',
      name,
    );
    await expect(cost.total).not.toHaveText('$0');
  }

  await page.reload();
  await playground.editor.ready();
  await expect(playground.settings.field('Function name')).toHaveValue('__proto__');
  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('3');
  expect(errors).toEqual([]);
});

test('saved events and a bucket called `constructor` or `__proto__` keep what they hold', async ({
  playground,
  s3,
  page,
}) => {
  for (const [name, left] of [
    ['constructor', 40],
    ['__proto__', 1],
  ] as const) {
    await playground.setEvent(`{"left": ${left}, "right": 2}`);
    await page.getByLabel('Save this event as').fill(name);
    await page.getByRole('button', { name: 'Save event' }).click();
  }
  await playground.setEvent('{}');
  await page.reload();
  await playground.editor.ready();
  await expect(page.getByLabel('Saved event').locator('option')).toHaveText([
    'Load a saved event…',
    '__proto__',
    'constructor',
  ]);
  await page.getByLabel('Saved event').selectOption('constructor');
  await expect(playground.eventText).toHaveValue('{"left": 40, "right": 2}');
  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('42');
  await page.getByLabel('Saved event').selectOption('__proto__');
  await expect(playground.eventText).toHaveValue('{"left": 1, "right": 2}');

  await s3.open();
  const bucket = await s3.createBucket('constructor');
  await s3.upload(bucket, 'toString', Buffer.from('hello'), 'text/plain');
  await expect(s3.object(bucket, 'toString').getByTestId('object-size')).toHaveText('5');
  await page.reload();
  await playground.editor.ready();
  await s3.open();
  await expect(s3.bucket('constructor')).toBeVisible();
});

test('a panel that fails shows its error alone, and Reset brings it back', async ({
  playground,
  cost,
  page,
}) => {
  // Fault injection: the Cost region and the instance boxes round money with BigInt; make it throw.
  await page.evaluate(() => {
    const real = globalThis.BigInt;
    const broken = (value: string | number | bigint | boolean) => {
      if ((globalThis as { failBigInt?: boolean }).failBigInt) throw new Error('injected fault');
      return real(value);
    };
    Object.assign(globalThis, { BigInt: broken, failBigInt: true });
  });
  await playground.invokeAndWait();

  await expect(cost.region.getByRole('alert')).toContainText(
    'Something went wrong in the Cost panel',
  );
  await expect(cost.region.getByRole('alert')).toContainText('Error: injected fault');
  // The rest of the page goes on: the result and the logs of the same invocation are shown.
  await expect(playground.result()).toHaveText('3');
  expect((await playground.reports()).length).toBe(1);

  await cost.region.getByRole('button', { name: 'Report' }).click();
  await expect(cost.region.getByLabel(/^Error report/)).toHaveValue(
    /^Serverless Playground: the Cost panel stopped working\n/,
  );

  await page.evaluate(() => Object.assign(globalThis, { failBigInt: false }));
  await cost.region.getByRole('button', { name: 'Reset this panel' }).click();
  await expect(cost.region.getByRole('alert')).toHaveCount(0);
  await expect(cost.total).not.toHaveText('$0');
});
