// WCAG 2.1 AA in both themes, checked by axe-core on the page a class sees: at rest, after an
// invoke (result, logs, the stage, the cost and the Monitor's charts filled in), with the Lessons
// panel open, and in presenter mode (its high-contrast themes). The theme follows the system setting here, as it
// does for a learner who has never touched the Theme switch.
import { blocking, wcagViolations } from './support/accessibility';
import { expect, test } from './support/fixtures';

// A build, an invoke and four full-page scans on a shared two-core machine.
test.slow();

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} system setting`, () => {
    test.use({ colorScheme });

    test('no serious or critical WCAG 2.1 AA violations at rest, after an invoke, in Lessons and in presenter mode', async ({
      playground,
      lessons,
      monitor,
      page,
    }) => {
      const found: Record<string, number> = {};
      const check = async (moment: string) => {
        const violations = await wcagViolations(page);
        found[moment] = violations.length;
        // Soft: one run reports every moment's violations, not only the first.
        expect.soft(blocking(violations), `${colorScheme}, ${moment}`).toEqual([]);
      };

      await playground.open();
      await expect(playground.bundlerReady).toBeVisible({ timeout: 60_000 });
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await check('at rest');

      await playground.invokeAndWait();
      await monitor.open();
      await expect(monitor.summary('invocations')).toContainText('1 in the last');
      await check('after an invoke');

      await lessons.open();
      await expect(lessons.region).toBeVisible();
      await check('lessons open');

      await page.getByRole('button', { name: 'Presenter mode' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', `hc-${colorScheme}`);
      await check('presenter mode');
      test
        .info()
        .annotations.push({ type: 'violations of any impact', description: JSON.stringify(found) });
    });
  });
}
