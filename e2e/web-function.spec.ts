// A web app run as a Lambda Web Function, through the page: the first request is a cold start (an
// execution environment appears on the stage), the next one is served by the same environment,
// the logs show the function's JSON lines, the meter its line, and with Speed raised the idle
// environment is removed (scale to zero). A program that never listens gets the readiness failure
// as Lambda reports it: 500 with lambda-web-error-type (docs/web-functions.md).
import type { Page } from '@playwright/test';
import { toUnits } from './support/cost';
import { savedWorkspace } from './support/saved-workspace';
import { expect, test } from './support/fixtures';
import { addWebApp, sendTo } from './support/web-apps';

const addWebFunction = (page: Page) => addWebApp(page, 'Lambda Web Function');
const send = (page: Page, path: string) =>
  sendTo(page, 'Lambda Web Function web-app-1 (through its endpoint)', path);

test('the first request starts an environment, the second reuses it, and idle time scales it to zero', async ({
  playground,
  page,
  cost,
}) => {
  const settings = await addWebFunction(page);
  await settings.getByRole('button', { name: 'Deploy service' }).click();
  const lane = page.getByTestId('web-function-lane');
  await expect(lane).toContainText('0 environments');
  const environment = lane.getByTestId('instance');
  await expect(environment).toHaveCount(0);

  // Cold start: no environment ran before the request; one serves it.
  let response = await send(page, '/hello');
  await expect(response.getByTestId('http-status')).toContainText('200', { timeout: 30_000 });
  const first = JSON.parse(await response.getByTestId('http-body').innerText()) as {
    path: string;
    served: number;
  };
  expect(first).toMatchObject({ path: '/hello', served: 1 });
  await expect(environment).toHaveCount(1);
  await expect(environment).toHaveAttribute('data-state', 'ready');
  const environmentId = await environment.getAttribute('data-environment-id');
  expect(environmentId).toBeTruthy();
  await expect(response.getByTestId('http-served-by')).toContainText(
    `environment ${environmentId} of web-app-1`,
  );
  await expect(response.getByTestId('http-headers')).toContainText('lambda-web-request-id: ');

  // Warm: the same environment, the same process (its count went on).
  response = await send(page, '/again');
  await expect(response.getByTestId('http-body')).toContainText('/again');
  const second = JSON.parse(await response.getByTestId('http-body').innerText()) as {
    served: number;
  };
  expect(second.served).toBe(2);
  await expect(environment).toHaveCount(1);
  await expect(environment).toHaveAttribute('data-environment-id', environmentId!);
  await expect(response.getByTestId('http-served-by')).toContainText(
    `environment ${environmentId} of web-app-1`,
  );

  // Logs: the group /aws/lambda/web/<name>, every line JSON, platform records and the program's.
  const logs = page.getByRole('region', { name: 'Logs' });
  await expect(logs).toContainText('/aws/lambda/web/web-app-1');
  await expect(logs).toContainText('"type":"platform.initReport"');
  await expect(logs).toContainText('"message":"listening on 0.0.0.0:3000"');
  await expect(logs).toContainText('"message":"GET /hello"');

  // The meter's line: memory for the environment's life, its requests.
  const line = cost.region.getByTestId('cost-web-function');
  await expect(line).toContainText('2 requests');
  const before = toUnits(await cost.region.getByTestId('cost-web-function-total').innerText());
  expect(before).toBeGreaterThan(0n);

  // No more traffic: at 100× the 5 idle minutes pass in seconds and Lambda removes it.
  await playground.controls.setSpeed(100);
  await expect(environment).toHaveCount(0, { timeout: 30_000 });
  await expect(lane).toContainText('0 environments');
  // The next request is a cold start again, in a new environment.
  response = await send(page, '/later');
  await expect(response.getByTestId('http-body')).toContainText('"served": 1', { timeout: 30_000 });
  await expect(response.getByTestId('http-served-by')).not.toContainText(`${environmentId}`);
});

test('a program that never listens fails readiness as Lambda reports it', async ({
  playground,
  page,
}) => {
  await playground.controls.setSpeed(100);
  const settings = await addWebFunction(page);
  await playground.setCode(
    `console.log('starting, but no server');\nsetInterval(() => {}, 1000);\n`,
  );
  await settings.getByRole('button', { name: 'Deploy service' }).click();
  await expect(page.getByTestId('web-function-lane')).toBeVisible();

  const response = await send(page, '/');
  await expect(response.getByTestId('http-status')).toContainText('500', { timeout: 30_000 });
  await expect(response.getByTestId('http-headers')).toContainText(
    'lambda-web-error-type: Application.InitTimeout',
  );
  await expect(response.getByTestId('http-served-by')).toContainText('from Lambda itself');
  // The environment was discarded; the only trace is the failed initReport.
  await expect(page.getByTestId('web-function-lane').getByTestId('instance')).toHaveCount(0);
  const logs = page.getByRole('region', { name: 'Logs' });
  await expect(logs).toContainText('"status":"failure"');
  await expect(logs).toContainText('Application.InitTimeout');
});

test("a Web Function's settings are checked, saved with the workspace and open again after a reload", async ({
  playground,
  page,
}) => {
  const settings = await addWebFunction(page);
  await settings.getByLabel('Max concurrency per environment').fill('129');
  await expect(settings.getByRole('alert')).toContainText(
    'maxConcurrencyPerEnvironment must be a whole number from 1 to 128, got 129.',
  );
  await expect(settings.getByRole('button', { name: 'Deploy service' })).toBeDisabled();
  await settings.getByLabel('Max concurrency per environment').fill('8');
  await settings.getByLabel('Maximum environments').fill('3');
  await settings.getByLabel('Request timeout (s)').fill('60');
  await expect(settings.getByRole('button', { name: 'Deploy service' })).toBeEnabled();
  await savedWorkspace(page, '"maxConcurrencyPerEnvironment":8', '"timeoutSeconds":60');

  await page.reload();
  await playground.editor.ready();
  await page
    .getByRole('navigation', { name: 'Web apps' })
    .getByRole('button', { name: '⎈ web-app-1' })
    .click();
  const reopened = page.getByRole('region', { name: 'Service settings' });
  await expect(reopened.getByLabel('Run as')).toHaveValue('web-function');
  await expect(reopened.getByLabel('Max concurrency per environment')).toHaveValue('8');
  await expect(reopened.getByLabel('Maximum environments')).toHaveValue('3');
  await expect(reopened.getByLabel('Request timeout (s)')).toHaveValue('60');
});

test('ten requests at once share one environment, up to its concurrency', async ({
  playground,
  page,
}) => {
  const settings = await addWebFunction(page);
  // The program answers no one until all ten are in: they can only be answered by sharing it.
  await playground.setCode(`const http = require('node:http');
const [host, port] = process.env.AWS_LAMBDA_HTTP_ENDPOINT.split(':');
const waiting = [];
http
  .createServer((req, res) => {
    waiting.push([req.url, res]);
    if (waiting.length === 10) for (const [url, r] of waiting) r.end('together ' + url);
  })
  .listen(Number(port), host);
`);
  await settings.getByRole('button', { name: 'Deploy service' }).click();
  const lane = page.getByTestId('web-function-lane');
  await expect(lane).toBeVisible();
  await send(page, '/0');
  for (let n = 1; n < 10; n += 1) {
    await page.getByLabel('Path', { exact: true }).fill(`/${n}`);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
  }
  const environment = lane.getByTestId('instance');
  const response = page.getByRole('region', { name: 'HTTP response' });
  await expect(response.getByTestId('http-body')).toContainText('together /9', { timeout: 30_000 });
  await expect(response.getByTestId('http-served-by')).toContainText('from environment');
  // Every one of the ten was answered by the program, none by Lambda (a throttle, a timeout).
  const recent = page.getByRole('region', { name: 'Recent requests' }).getByRole('listitem');
  await expect(recent.filter({ hasText: '→ 200' })).toHaveCount(9);
  await expect(environment.getByTestId('environment-in-flight')).toHaveText('0 of 64 in flight');
  await expect(environment).toHaveCount(1);
});
