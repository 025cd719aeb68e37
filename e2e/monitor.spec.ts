// The Monitor view: CloudWatch-style charts of the session's traffic, read through the text
// summary each chart carries.
import { expect, test } from './support/fixtures';

/** Succeeds unless the event asks it to fail. */
const MAYBE_FAILS = `export const handler = async (event) => {
  if (event.fail) throw new Error('asked to fail');
  return 'ok';
};
`;

test('four invocations, one cold and one failed, are counted exactly, for all functions and for the one', async ({
  playground,
  monitor,
}) => {
  await monitor.open();
  await expect(monitor.charts()).toHaveCount(6);
  await expect(monitor.summary('invocations')).toHaveText(
    '0 in the last 5 min · 0 in the latest second',
  );
  await expect(monitor.summary('duration')).toHaveText('No invocations in the last 5 min');

  await playground.setCode(MAYBE_FAILS);
  await playground.setEvent('{"fail": false}');
  for (let i = 0; i < 3; i += 1) await playground.invokeAndWait();
  await playground.setEvent('{"fail": true}');
  await playground.invokeAndWait();

  const expected = async () => {
    await expect(monitor.summary('invocations')).toHaveText(
      /^4 in the last 5 min · [0-4] in the latest second$/,
    );
    await expect(monitor.summary('errors')).toHaveText('1 in the last 5 min · success rate 75 %');
    await expect(monitor.summary('cold-starts')).toHaveText(
      '1 in the last 5 min · 25 % of 4 invocations',
    );
    await expect(monitor.summary('throttles')).toHaveText(
      /^0 in the last 5 min · 0 in the latest second$/,
    );
    await expect(monitor.summary('concurrency')).toHaveText('max 1 in the last 5 min · 0 now');
    await expect(monitor.summary('duration')).toHaveText(
      /^p50 \d+\.\d\d ms · p95 \d+\.\d\d ms · p99 \d+\.\d\d ms in the latest second with invocations$/,
    );
  };
  await expected();

  const name = await playground.stage.getByTestId('function-lane').getAttribute('data-function');
  await monitor.pick(name!);
  await expected();
});

test('a function with no concurrency reserved counts every request as a throttle, not an invocation', async ({
  playground,
  monitor,
}) => {
  await playground.settings.reserve(0);
  await playground.invoke();
  await expect(playground.resultRegion).toContainText('TooManyRequestsException');

  await monitor.open();
  await expect(monitor.summary('throttles')).toHaveText(
    /^1 in the last 5 min · [01] in the latest second$/,
  );
  await expect(monitor.summary('invocations')).toHaveText(
    /^0 in the last 5 min · 0 in the latest second$/,
  );
});
