// The Theme switch: the page follows the system's setting until the learner chooses, the choice
// outlives a reload, presenter mode raises the contrast of the theme in force, and the code
// editor follows each change.
import { expect, test } from './support/fixtures';

test.use({ colorScheme: 'dark' });

test('a chosen theme overrides the system setting, survives a reload and goes high-contrast in presenter mode', async ({
  playground,
  page,
}) => {
  const root = page.locator('html');
  const themeSwitch = page.getByRole('combobox', { name: 'Theme', exact: true });
  const monaco = page.getByTestId('code-editor').locator('.monaco-editor');

  await playground.open();
  await expect(themeSwitch).toHaveValue('system');
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await expect(monaco).toHaveClass(/\bvs-dark\b/);

  await themeSwitch.selectOption('light');
  await expect(root).toHaveAttribute('data-theme', 'light');
  await expect(monaco).toHaveClass(/\bvs\b/);
  // The page's colour is the root's (styles.css), resolved for the theme in force.
  const pageColor = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await expect.poll(pageColor).toBe('rgb(255, 255, 255)');

  await page.reload();
  await playground.editor.ready();
  await expect(themeSwitch).toHaveValue('light');
  await expect(root).toHaveAttribute('data-theme', 'light');

  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(root).toHaveAttribute('data-theme', 'hc-light');
  await expect(monaco).toHaveClass(/\bhc-light\b/);

  await themeSwitch.selectOption('dark');
  await expect(root).toHaveAttribute('data-theme', 'hc-dark');
  await expect(monaco).toHaveClass(/\bhc-black\b/);

  await themeSwitch.selectOption('system');
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await expect.poll(pageColor).toBe('rgb(15, 20, 25)');
});
