// The log view draws lines only while a reader can see it: off screen it waits, and says so.
import { expect, test } from './support/fixtures';

const COUNTER = `let count = 0;

export const handler = async () => {
  count += 1;
  console.log('call', count);
  return count;
};
`;

test('off screen the log waits and says so; scrolled to, it shows every line', async ({
  playground,
}) => {
  const logs = playground.logsRegion;
  const reportsInPage = async () =>
    ((await logs.textContent()) ?? '').match(/REPORT RequestId: /g)?.length ?? 0;
  await playground.setCode(COUNTER);
  await expect(logs).not.toBeInViewport();
  await expect(logs).toHaveAttribute('aria-busy', 'true');

  await playground.invoke();
  await expect(playground.result()).toHaveText('1');
  // The invocation's lines are in the session, but not put into the page for nobody.
  expect(await reportsInPage()).toBe(0);
  await expect(logs).toContainText('No log lines yet.');

  await logs.scrollIntoViewIfNeeded();
  await expect(logs).toHaveAttribute('aria-busy', 'false');
  expect(await playground.reports()).toHaveLength(1);
  expect(await playground.logs()).toContain('INFO\tcall 1');

  // Scrolled away again, it waits again, and catches up as soon as it is back in view.
  await playground.resultRegion.scrollIntoViewIfNeeded();
  await expect(logs).toHaveAttribute('aria-busy', 'true');
  await playground.invoke();
  await expect(playground.result()).toHaveText('2');
  expect(await reportsInPage()).toBe(1);
  expect(await playground.reports()).toHaveLength(2);
  expect(await playground.logs()).toContain('INFO\tcall 2');
});
