// Response streaming through a function URL, and API Gateway's integration timeout, as the HTTP
// tab shows them.
import { expect, test } from './support/fixtures';

const STREAMING = `export const handler = awslambda.streamifyResponse(async (event, responseStream) => {
  const stream = awslambda.HttpResponseStream.from(responseStream, {
    statusCode: 200,
    headers: { 'content-type': 'text/plain' },
  });
  for (const word of ['alpha', 'beta', 'gamma']) {
    stream.write(word + ' ');
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  stream.end();
});
`;

test('a function URL in RESPONSE_STREAM mode shows a streaming handler’s writes as they arrive', async ({
  playground,
  httpTab,
}) => {
  await playground.setCode(STREAMING);
  await httpTab.open();
  await httpTab.chooseFront('Function URL');
  await httpTab.setInvokeMode('RESPONSE_STREAM');
  await httpTab.send('/');

  await expect(httpTab.chunks).toHaveCount(3, { timeout: 60_000 });
  const timeline = await httpTab.chunkTimeline();
  expect(timeline.map((chunk) => chunk.text.trim())).toEqual(['alpha', 'beta', 'gamma']);
  // 300 ms between writes: the pieces arrive in order, spread over the two waits (a busy page
  // may take a piece's message late, so no single gap is held to 300 ms; a buffered body would
  // bring all three at once).
  const [first, second, third] = timeline.map((chunk) => chunk.atMs) as [number, number, number];
  expect(second).toBeGreaterThan(first);
  expect(third).toBeGreaterThan(second);
  expect(third - first).toBeGreaterThan(300);
  await expect(httpTab.status).toContainText('200');
  await expect(httpTab.body).toHaveText('alpha beta gamma');
  await expect(httpTab.response.getByTestId('http-headers')).toHaveText('content-type: text/plain');
});

test('in BUFFERED mode the same handler’s body arrives whole, with no pieces', async ({
  playground,
  httpTab,
}) => {
  await playground.setCode(STREAMING);
  await httpTab.open();
  await httpTab.chooseFront('Function URL');
  await httpTab.send('/');

  await expect(httpTab.status).toContainText('200', { timeout: 60_000 });
  await expect(httpTab.body).toHaveText('alpha beta gamma');
  await expect(httpTab.chunks).toHaveCount(0);
});

test('a REST API gives up after 29 s with a 504 while the function runs on to its end', async ({
  playground,
  httpTab,
}) => {
  test.setTimeout(120_000);
  await playground.setCode(`export const handler = async () => {
  await new Promise((resolve) => setTimeout(resolve, 35_000));
  return { statusCode: 200, body: 'too late' };
};
`);
  await playground.settings.fill('Timeout (s)', '60');
  await playground.controls.setSpeed(100);
  await httpTab.open();
  await httpTab.chooseFront('REST API (payload 1.0)');
  await httpTab.setRoute('ANY /{proxy+}');
  const sent = Date.now();
  await httpTab.send('/slow');

  // 29 s of the platform's clock at 100×: well before the handler's 35 real seconds are up.
  await expect(httpTab.status).toContainText('504', { timeout: 20_000 });
  expect(Date.now() - sent).toBeLessThan(30_000);
  expect(JSON.parse(await httpTab.body.innerText())).toEqual({
    message: 'Endpoint request timed out',
  });

  // The function was not stopped: its REPORT comes at its own end, billed for all of it.
  await expect.poll(() => playground.reports(), { timeout: 60_000 }).toHaveLength(1);
  const [report] = await playground.reports();
  const duration = Number(/Duration: ([\d.]+) ms/.exec(report!)?.[1]);
  expect(duration).toBeGreaterThanOrEqual(35_000);
  expect(duration).toBeLessThan(40_000);
  expect(report).not.toContain('Status: timeout');
});
