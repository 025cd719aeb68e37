// Lambda freezes the environment once the response is sent: a timer the handler left running does
// not fire until the next invoke thaws it, and then writes under that invoke's request id; the
// timeline marks the invocation in which it ran (docs/aws-lambda.md#frozen-between-invocations).
import { appLine, parseReport } from './support/cloudwatch';
import { expect, test } from './support/fixtures';

const LEAVES_A_TIMER = `export const handler = async () => {
  setTimeout(() => console.log('after return'), 100);
  return 'answered';
};
`;

test('a timer left running at return waits, frozen, and runs at the next invoke under its request id', async ({
  page,
  playground,
}) => {
  await playground.setCode(LEAVES_A_TIMER);
  await playground.invokeAndWait();
  const [first] = (await playground.reports()).map(parseReport);
  // An instance's timers run on the browser's real clock, not the simulated one the Speed control
  // sets, so this wait is real: six times the timer's delay, and the frozen timer has not fired.
  await page.waitForTimeout(600);
  expect(await playground.logs()).not.toContain('after return');

  await playground.invokeAndWait();
  const [, second] = (await playground.reports()).map(parseReport);
  const logs = await playground.logs();
  expect(logs).toMatch(appLine(second!.requestId, 'INFO', 'after return'));
  expect(logs).not.toMatch(appLine(first!.requestId, 'INFO', 'after return'));
  // It ran inside the second invocation: after its START, before its END.
  const lines = logs.split('\n');
  const at = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line));
  const ran = at(appLine(second!.requestId, 'INFO', 'after return'));
  expect(ran).toBeGreaterThan(at(new RegExp(`^START RequestId: ${second!.requestId} `)));
  expect(ran).toBeLessThan(at(new RegExp(`^END RequestId: ${second!.requestId}$`)));

  const timeline = playground.stage.getByRole('group', { name: 'Timeline' });
  const marked = timeline.locator('[data-testid="timeline-segment"][data-after-return="true"]');
  await expect(marked).toHaveCount(1);
  await expect(marked).toHaveAccessibleName(
    new RegExp(
      `^add-numbers invocation ${second!.requestId.slice(0, 8)}… warm, \\d+ ms, Succeeded; an earlier invocation’s work ran after return$`,
    ),
  );
  await expect(marked.getByTestId('after-return-marker')).toHaveCount(1);
});
