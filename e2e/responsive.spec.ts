// The app on a phone, a tablet and two projector sizes: the page never scrolls sideways, and the
// learner can write code, invoke it and read the result on each. Below 1000 px the three columns
// become one, behind a tab bar (Code · Triggers · Stage · Logs · Cost).
import { expect, test } from './support/fixtures';
import { boxOf, openHeaderMenu, sidewaysOverflow, ViewTabs } from './support/layout';

const CODE = `export const handler = async (event) => ({ sum: event.left + event.right, seen: "on a small screen" });
`;

const NARROW = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
];
/** Just wide enough for three columns, with the Lessons panel taking 300 to 360 px of them. */
const WIDE_WITH_LESSONS = [1000, 1040, 1080, 1120, 1160, 1200];
const WIDE = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

for (const viewport of NARROW) {
  test.describe(`narrow: ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('one column behind tabs: write, invoke and read the result, never scrolling sideways', async ({
      playground,
      page,
    }) => {
      const tabs = new ViewTabs(page);
      await expect(tabs.tab('Code')).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('region', { name: 'Platform' })).toHaveCount(0);
      expect(await sidewaysOverflow(page)).toBe(0);

      await playground.setCode(CODE);
      const editor = await boxOf(playground.editor.root);
      expect(editor.left).toBeGreaterThanOrEqual(0);
      expect(editor.right).toBeLessThanOrEqual(viewport.width);

      await tabs.open('Triggers');
      await expect(tabs.panel('Code')).toBeHidden();
      expect(await sidewaysOverflow(page)).toBe(0);
      await playground.invoke();
      await expect(playground.result()).toBeInViewport();
      expect(await playground.resultJson()).toEqual({ sum: 3, seen: 'on a small screen' });

      for (const name of ['Stage', 'Logs', 'Cost']) {
        await tabs.open(name);
        await expect(tabs.panel(name)).toBeVisible();
        expect(await sidewaysOverflow(page)).toBe(0);
      }
      await tabs.open('Stage');
      await expect(playground.instances()).toHaveCount(1);
      await tabs.open('Logs');
      await playground.waitForReports(1);
      await tabs.open('Cost');
      await expect(page.getByTestId('cost-total')).toBeVisible();
    });

    test('the tab bar is a real tab list: arrow keys, Home and End move between the views', async ({
      playground,
      page,
    }) => {
      const tabs = new ViewTabs(page);
      await expect(playground.editor.root).toBeVisible();
      await tabs.tab('Code').focus();
      await page.keyboard.press('ArrowRight');
      await expect(tabs.tab('Triggers')).toBeFocused();
      await expect(tabs.tab('Triggers')).toHaveAttribute('aria-selected', 'true');
      await expect(playground.invokeButton).toBeVisible();
      await expect(playground.editor.root).toBeHidden();
      await page.keyboard.press('End');
      await expect(tabs.tab('Cost')).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('ArrowRight');
      await expect(tabs.tab('Code')).toHaveAttribute('aria-selected', 'true');
      await expect(playground.editor.root).toBeVisible();
      await expect(tabs.tab('Code')).toHaveAttribute('aria-controls', 'view-panel-code');
      await expect(tabs.tab('Logs')).toHaveAttribute('tabindex', '-1');
    });

    test('the header takes two rows; Menu opens the rest, and Escape closes it', async ({
      playground,
      page,
    }) => {
      await expect(playground.editor.root).toBeVisible();
      const header = page.getByRole('banner');
      expect((await boxOf(header)).height).toBeLessThanOrEqual(120);
      const share = page.getByRole('button', { name: 'Share', exact: true });
      await expect(share).toBeHidden();
      await openHeaderMenu(page);
      for (const name of ['Share', 'Lessons', 'Presenter mode', 'New workspace']) {
        await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
      }
      await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Workspace' })).toBeVisible();
      expect(await sidewaysOverflow(page)).toBe(0);
      await share.focus();
      await page.keyboard.press('Escape');
      await expect(share).toBeHidden();
      await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeFocused();
      // The controls used during a class stay in the header's rows.
      await expect(page.getByRole('combobox', { name: 'Speed' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    });

    test('the Lessons panel covers the column rather than squeezing it', async ({
      playground,
      page,
    }) => {
      await expect(playground.editor.root).toBeVisible();
      await openHeaderMenu(page);
      await page.getByRole('button', { name: 'Lessons' }).click();
      const lessons = page.getByRole('region', { name: 'Lessons' });
      await expect(lessons).toBeVisible();
      expect((await boxOf(lessons)).width).toBe(viewport.width);
      expect(await sidewaysOverflow(page)).toBe(0);
    });

    test('controls are at least 44 px tall, for a finger', async ({ playground, page }) => {
      const tabs = new ViewTabs(page);
      await tabs.open('Triggers');
      await openHeaderMenu(page);
      const targets = [
        ...(await tabs.list.getByRole('tab').all()),
        playground.invokeButton,
        page.getByRole('button', { name: 'Share' }),
        page.getByRole('button', { name: 'Presenter mode' }),
        page.getByRole('button', { name: 'Menu', exact: true }),
        page.getByRole('tab', { name: 'HTTP' }),
      ];
      for (const target of targets) {
        expect((await boxOf(target)).height).toBeGreaterThanOrEqual(44);
      }
      // The simulation's settings fold away under the header, and unfold to full-size controls.
      await page.getByText('Simulation settings', { exact: true }).click();
      const idleLifetime = page.getByRole('combobox', { name: 'Idle lifetime' });
      await expect(idleLifetime).toBeVisible();
      expect((await boxOf(idleLifetime)).height).toBeGreaterThanOrEqual(44);
      expect(await sidewaysOverflow(page)).toBe(0);
      await tabs.open('Code');
      for (const target of await page
        .getByRole('navigation', { name: 'Files' })
        .getByRole('button')
        .all()) {
        expect((await boxOf(target)).height).toBeGreaterThanOrEqual(44);
      }
    });
  });
}

for (const viewport of WIDE) {
  test.describe(`wide: ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('three columns as before: invoke beside the code, the result in view, no sideways scrolling', async ({
      playground,
      page,
    }) => {
      await expect(page.getByRole('tablist', { name: 'Views' })).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Platform' })).toBeVisible();
      expect(await sidewaysOverflow(page)).toBe(0);
      await playground.setCode(CODE);
      await playground.invokeButton.scrollIntoViewIfNeeded();
      await playground.invoke();
      await expect(playground.result()).toBeInViewport();
      expect(await playground.resultJson()).toEqual({ sum: 3, seen: 'on a small screen' });
      expect(await sidewaysOverflow(page)).toBe(0);
    });
  });
}

test.describe('wide with the Lessons panel open', () => {
  test.use({ viewport: { width: 1000, height: 800 } });

  test('from 1000 to 1200 px the page never scrolls sideways and nothing runs under the panel', async ({
    playground,
    page,
  }) => {
    await expect(playground.editor.root).toBeVisible();
    await page.getByRole('button', { name: 'Lessons' }).click();
    const lessons = page.getByRole('region', { name: 'Lessons' });
    await expect(lessons).toBeVisible();
    const beside = [
      page.getByRole('complementary', { name: 'Workspace' }),
      page.getByRole('region', { name: 'Code', exact: true }),
      page.getByRole('region', { name: 'Platform' }),
      ...(await page.getByRole('banner').getByRole('button').all()),
      ...(await page.getByRole('banner').getByRole('combobox').all()),
    ];
    for (const width of WIDE_WITH_LESSONS) {
      await page.setViewportSize({ width, height: 800 });
      await expect(page.getByRole('tablist', { name: 'Views' })).toHaveCount(0);
      expect(await sidewaysOverflow(page), `${width} px`).toBe(0);
      const panelLeft = (await boxOf(lessons)).left;
      for (const part of beside) {
        const { right } = await boxOf(part);
        expect(
          right,
          `${width} px: ${(await part.getAttribute('aria-label')) ?? (await part.textContent())}`,
        ).toBeLessThanOrEqual(panelLeft);
      }
    }
  });
});
