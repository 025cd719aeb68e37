// A web app run as an ECS service on Fargate, through the page: its task goes through the ECS
// lifecycle on the platform's clock (at 100× the minute of provisioning and image pull passes in
// under a second), requests come back through the ALB, the idle service's bill grows, and a
// program that throws at top level has its task replaced (docs/fargate.md).
import type { Page } from '@playwright/test';
import { toUnits } from './support/cost';
import { savedWorkspace } from './support/saved-workspace';
import { expect, test } from './support/fixtures';
import { addWebApp, sendTo } from './support/web-apps';

const addService = (page: Page) => addWebApp(page, 'Fargate service');
const sendToService = (page: Page, path: string) =>
  sendTo(page, 'Fargate service web-app-1 (through its load balancer)', path);

test('a service with one task runs it, answers through the ALB from the same task, and costs while idle', async ({
  playground,
  page,
  cost,
}) => {
  await playground.controls.setSpeed(100);
  const settings = await addService(page);
  // No task yet: the ALB has no target and answers itself.
  await settings.getByLabel('Desired tasks').fill('0');
  await settings.getByLabel('Minimum tasks').fill('0');
  await settings.getByRole('button', { name: 'Deploy service' }).click();
  await expect(page.getByTestId('service-lane')).toBeVisible();
  let response = await sendToService(page, '/');
  await expect(response.getByTestId('http-status')).toContainText('503');
  await expect(response.getByTestId('http-body')).toContainText(
    '503 Service Temporarily Unavailable',
  );

  // One task, applied to the running service as UpdateService does.
  await settings.getByLabel('Desired tasks').fill('1');
  const task = page.getByTestId('task');
  await expect(task).toHaveCount(1);
  await expect(task).toHaveAttribute('data-state', 'running', { timeout: 30_000 });
  await expect(task).toHaveAttribute('data-health', 'healthy', { timeout: 30_000 });
  const taskId = await task.getAttribute('data-task-id');

  response = await sendToService(page, '/hello');
  await expect(response.getByTestId('http-status')).toContainText('200');
  const first = JSON.parse(await response.getByTestId('http-body').innerText()) as {
    path: string;
    served: number;
  };
  expect(first.path).toBe('/hello');
  await expect(response.getByTestId('http-served-by')).toContainText(`task ${taskId}`);

  // The second request: the one healthy target takes it too (the program's count went on).
  await page.getByLabel('Path', { exact: true }).fill('/again');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(response.getByTestId('http-body')).toContainText('/again');
  const second = JSON.parse(await response.getByTestId('http-body').innerText()) as {
    served: number;
  };
  expect(second.served).toBeGreaterThan(first.served);
  await expect(response.getByTestId('http-served-by')).toContainText(`task ${taskId}`);

  const logs = page.getByRole('region', { name: 'Logs' });
  await expect(logs.locator(`[data-stream="ecs/web/${taskId}"]`).first()).toBeVisible();
  await expect(logs).toContainText('listening on 0.0.0.0:8080');
  await expect(logs).toContainText('GET /hello');
  await expect(logs).toContainText('(service web-app-1) has reached a steady state.');

  // Nobody calls it now; Fargate bills its task by the second all the same.
  const fargate = cost.region.getByTestId('cost-fargate-total');
  const before = toUnits(await fargate.innerText());
  expect(before).toBeGreaterThan(0n);
  await expect.poll(async () => toUnits(await fargate.innerText())).toBeGreaterThan(before);
  const total = toUnits(await cost.total.innerText());
  expect(total).toBeGreaterThan(0n);

  // Deleting the service ends its task; what it cost stays on the bill.
  await settings.getByRole('button', { name: 'Delete service' }).click();
  await expect(page.getByTestId('task')).toHaveCount(0);
  await expect(page.getByTestId('service-lane')).toContainText('service deleted');
  const kept = toUnits(await fargate.innerText());
  expect(kept).toBeGreaterThan(before);
  await expect(settings.getByRole('button', { name: 'Deploy service' })).toBeVisible();
});

test('a program that throws at top level has its task stopped and replaced', async ({
  playground,
  page,
}) => {
  await playground.controls.setSpeed(100);
  const settings = await addService(page);
  await playground.setCode(`throw new Error('missing DATABASE_URL');\n`);
  await settings.getByRole('button', { name: 'Deploy service' }).click();

  const stopped = page.locator('[data-testid="task"][data-state="stopped"]');
  await expect(stopped.first()).toBeVisible({ timeout: 30_000 });
  await expect(stopped.first()).toContainText('Essential container in task exited');
  // The service starts another in its place.
  await expect
    .poll(async () => page.getByTestId('task').count(), { timeout: 30_000 })
    .toBeGreaterThan(1);
  const logs = page.getByRole('region', { name: 'Logs' });
  await expect(logs).toContainText('missing DATABASE_URL');
  await expect(logs).toContainText('(service web-app-1) has started 1 tasks');
});

test('a web app and its settings are saved with the workspace and open again after a reload', async ({
  playground,
  page,
}) => {
  const settings = await addService(page);
  await settings.getByLabel('Task CPU').selectOption('1024');
  await settings.getByLabel('Task memory').selectOption({ label: '3 GB' });
  await settings.getByLabel('Maximum tasks').fill('6');
  await settings.getByLabel('Desired tasks').fill('3');
  await savedWorkspace(page, '"desiredCount":3', '"maxCount":6');

  await page.reload();
  await playground.editor.ready();
  await page
    .getByRole('navigation', { name: 'Web apps' })
    .getByRole('button', { name: '⎈ web-app-1' })
    .click();
  const reopened = page.getByRole('region', { name: 'Service settings' });
  await expect(reopened.getByLabel('Desired tasks')).toHaveValue('3');
  await expect(reopened.getByLabel('Maximum tasks')).toHaveValue('6');
  await expect(reopened.getByLabel('Task CPU')).toHaveValue('1024');
  await expect(reopened.getByLabel('Task memory')).toHaveValue('3072');
});
