// A web app through the page, as the learner adds one and sends it a request: the same steps run
// it as a Fargate service or as a Lambda Web Function (docs/fargate.md, docs/web-functions.md).
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export type RunAs = 'Fargate service' | 'Lambda Web Function';

/** Adds a web app run as `runAs`; returns its `Service settings` region. */
export async function addWebApp(page: Page, runAs: RunAs): Promise<Locator> {
  await page.getByRole('button', { name: 'Add service' }).click();
  const settings = page.getByRole('region', { name: 'Service settings' });
  if (runAs === 'Lambda Web Function') {
    await settings.getByLabel('Run as').selectOption({ label: runAs });
    await expect(settings.getByLabel('Max concurrency per environment')).toHaveValue('64');
  } else {
    await expect(settings.getByLabel('Run as')).toHaveValue('fargate');
  }
  return settings;
}

/** Sends GET `path` from the HTTP tab to the target labelled `target`; returns the response. */
export async function sendTo(page: Page, target: string, path: string): Promise<Locator> {
  await page.getByRole('tab', { name: 'HTTP' }).click();
  await page.getByLabel('Send to').selectOption({ label: target });
  await page.getByLabel('Path', { exact: true }).fill(path);
  await page.getByLabel('Query string').fill('');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  return page.getByRole('region', { name: 'HTTP response' });
}
