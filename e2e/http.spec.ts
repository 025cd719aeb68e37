// The HTTP trigger through the page: a request routed by API Gateway, answered by the code.
import { expect, test } from './support/fixtures';

const ECHO = `export const handler = async (event) => {
  console.log(event.rawPath, event.rawQueryString);
  return {
    statusCode: 201,
    headers: { 'x-item': event.pathParameters?.id ?? 'none' },
    body: JSON.stringify({ route: event.routeKey, color: event.queryStringParameters?.color }),
  };
};
`;

test('an HTTP GET with a query is routed to the function, and its status, headers and body come back', async ({
  playground,
  page,
}) => {
  await playground.setCode(ECHO);
  await page.getByRole('tab', { name: 'HTTP' }).click();
  await page.getByLabel('Route 1', { exact: true }).fill('GET /items/{id}');
  await page.getByLabel('Path').fill('/items/42');
  await page.getByLabel('Query string').fill('color=red');
  await page.getByRole('button', { name: 'Send', exact: true }).click();

  const response = page.getByRole('region', { name: 'HTTP response' });
  await expect(response.getByTestId('http-status')).toContainText('201');
  await expect(response.getByTestId('http-headers')).toHaveText('x-item: 42');
  const body = JSON.parse(await response.getByTestId('http-body').innerText());
  expect(body).toEqual({ route: 'GET /items/{id}', color: 'red' });
  await expect.poll(() => playground.logs()).toContain('INFO\t/items/42 color=red');
});

test('a path no route matches gets API Gateway’s 404 without waking the function', async ({
  playground,
  page,
}) => {
  await page.getByRole('tab', { name: 'HTTP' }).click();
  await page.getByLabel('Route 1', { exact: true }).fill('GET /items/{id}');
  await page.getByLabel('Path').fill('/orders');
  await page.getByRole('button', { name: 'Send', exact: true }).click();

  const response = page.getByRole('region', { name: 'HTTP response' });
  await expect(response.getByTestId('http-status')).toContainText('404');
  expect(JSON.parse(await response.getByTestId('http-body').innerText())).toEqual({
    message: 'Not Found',
  });
  await expect(playground.instances()).toHaveCount(0);
});
