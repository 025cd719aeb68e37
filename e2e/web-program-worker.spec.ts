// A web program in a real browser worker: the built runtime script, started as the app starts an
// instance's worker (a data: URL), runs a Node http server and answers the protocol's requests
// (docs/aws-lambda.md#web-programs-nodes-http-server). No engine drives it yet: the test speaks
// the protocol itself from the app's page.
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const outDir = process.env.E2E_OUT_DIR ?? 'dist';
const runtimeScript = readdirSync(`${outDir}/assets`).find((name) =>
  name.startsWith('_virtual_runtime-script-'),
);

const PROGRAM = `
  const http = require('node:http');
  const [host, port] = process.env.AWS_LAMBDA_HTTP_ENDPOINT.split(':');
  http.createServer(async (req, res) => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    let body = '';
    for await (const chunk of req) body += chunk;
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ method: req.method, url: req.url, body }));
  }).listen(Number(port), host, () => console.log('listening on', port));
`;

test('a web program listens in a real worker and serves ten requests at once', async ({ page }) => {
  expect(runtimeScript).toBeDefined();
  await page.goto('/');
  const result = await page.evaluate(
    async ({ script, code }) => {
      const { default: source } = (await import(`/assets/${script}`)) as { default: string };
      const worker = new Worker(
        `data:text/javascript;base64,${btoa(unescape(encodeURIComponent(source)))}`,
      );
      const seen: Array<Record<string, unknown>> = [];
      const waiting: Array<() => void> = [];
      worker.onmessage = (event: MessageEvent<Record<string, unknown>>) => {
        seen.push(event.data);
        for (const wake of waiting.splice(0)) wake();
      };
      const until = (match: (m: Record<string, unknown>) => boolean) =>
        new Promise<Record<string, unknown>>((resolve) => {
          const check = () => {
            const found = seen.find(match);
            if (found) resolve(found);
            else waiting.push(check);
          };
          check();
        });
      await until((m) => m.type === 'ready');
      worker.postMessage({
        type: 'start-web',
        config: {
          name: 'web',
          runtime: 'nodejs24.x',
          handler: 'index.handler',
          memoryMB: 2048,
          timeoutSec: 30,
          architecture: 'arm64',
          environment: {},
          ephemeralStorageMB: 512,
        },
        bundle: { format: 'cjs', code, hash: 'e2e', entryModule: 'index', entryFile: 'index.js' },
        environment: { AWS_LAMBDA_HTTP_ENDPOINT: '0.0.0.0:3000' },
        sdkScripts: [],
      });
      const listening = await until((m) => m.type === 'web-listening');
      const ids = Array.from({ length: 10 }, (_, index) => index + 1);
      for (const id of ids) {
        worker.postMessage({
          type: 'http-request',
          id,
          port: 3000,
          method: 'POST',
          path: `/item/${id}`,
          headers: [['Host', 'example.on.aws']],
          body: new TextEncoder().encode(`body ${id}`),
          remoteAddress: '10.0.0.1',
        });
      }
      const bodies = await Promise.all(
        ids.map(async (id) => {
          await until((m) => m.type === 'http-response-end' && m.id === id);
          const head = seen.find((m) => m.type === 'http-response-head' && m.id === id);
          const chunks = seen.filter((m) => m.type === 'http-response-chunk' && m.id === id);
          const text = chunks.map((m) => new TextDecoder().decode(m.chunk as Uint8Array)).join('');
          return { status: head?.statusCode, ...(JSON.parse(text) as object) };
        }),
      );
      const logs = seen
        .filter((m) => m.type === 'log')
        .map((m) => (m.record as { message: string }).message);
      worker.terminate();
      return { endpoint: listening.endpoint, bodies, logs };
    },
    { script: runtimeScript, code: PROGRAM },
  );
  expect(result.endpoint).toEqual({ kind: 'tcp', host: '0.0.0.0', port: 3000 });
  expect(result.logs).toEqual(['listening on 3000']);
  expect(result.bodies).toEqual(
    Array.from({ length: 10 }, (_, index) => ({
      status: 201,
      method: 'POST',
      url: `/item/${index + 1}`,
      body: `body ${index + 1}`,
    })),
  );
});
