// "Internet access" off is enforced by the browser: a handler that tries every way out it has
// reaches nothing (the server on loopback sees not one connection), and each attempt fails in the
// handler rather than hanging. With access on, the same handler does reach the server, so the
// first figure could fail. Toggling the setting on a warm function applies at the next invoke.
import { parseReport } from './support/cloudwatch';
import type { Playground } from './support/playground';
import { expect, test } from './support/fixtures';
import type { ProbeServer } from './support/probe-server';
import { startProbeServer } from './support/probe-server';

// Two builds, three cold starts and a dozen attempts each: slow on a busy two-core machine.
test.describe.configure({ timeout: 180_000 });
// Tall enough for the editor to draw every line of the probe (setCode compares what it shows).
test.use({ viewport: { width: 1440, height: 1200 } });

let server: ProbeServer;
test.beforeEach(async () => {
  server = await startProbeServer();
});
test.afterEach(async () => {
  await server.close();
});

// Every channel a worker might have, each given 3 s: an attempt that neither succeeds nor fails
// by then is a hang, reported as such (a refusal must be an error the handler sees).
const EVERY_CHANNEL = `export const handler = async (event: { url: string }) => {
  const g = globalThis as any, u = event.url, ws = u.replace('http', 'ws'); // network-probe
  const opened = (s: any) => new Promise((ok, no) => ((s.onopen = ok), (s.onerror = () => no(new Error('error event')))));
  const nested = (src: string) => new Promise((ok, no) => { const w = new g.Worker(src); w.onmessage = (e: any) => (e.data === 'reached' ? ok(e.data) : no(new Error(e.data))); w.onerror = () => no(new Error('error event')); });
  const xhr = () => new Promise((ok, no) => { const x = new g.XMLHttpRequest(); x.onload = ok; x.onerror = () => no(new Error('error event')); x.open('GET', \`\${u}/xhr\`); x.send(); });
  const image = () => { const i = new g.Image(); i.src = \`\${u}/image.png\`; return i.decode(); };
  const attempts: Record<string, () => unknown> = {
    fetch: () => fetch(\`\${u}/fetch\`),
    XMLHttpRequest: xhr,
    import: () => import(\`\${u}/module.js\`),
    importScripts: () => g.importScripts(\`\${u}/script.js\`),
    WebSocket: () => opened(new g.WebSocket(\`\${ws}/socket\`)),
    WebSocketStream: () => new g.WebSocketStream(\`\${ws}/stream\`).opened,
    WebTransport: () => new g.WebTransport(\`\${u.replace('http:', 'https:')}/transport\`).ready,
    EventSource: () => opened(new g.EventSource(\`\${u}/events\`)),
    FontFace: () => new g.FontFace('probe', \`url(\${u}/font.woff)\`).load(),
    Image: image,
    sendBeacon: () => g.navigator.sendBeacon(\`\${u}/beacon\`, 'x') || Promise.reject(new Error('not queued')),
    Worker: () => nested(\`\${u}/worker.js\`),
    'data: Worker': () => nested(\`data:text/javascript,fetch('\${u}/nested').then(() => postMessage('reached'), (e) => postMessage(String(e)))\`),
  };
  const outcome: Record<string, string> = {};
  for (const [name, attempt] of Object.entries(attempts)) {
    const hang = new Promise((ok) => setTimeout(ok, 3000, 'hung'));
    const tried = Promise.resolve().then(attempt).then(() => 'reached', (e: any) => \`refused: \${e?.name ?? e}\`);
    outcome[name] = String(await Promise.race([tried, hang]));
  }
  return outcome;
};
`;

const CHANNELS = [
  'fetch',
  'XMLHttpRequest',
  'import',
  'importScripts',
  'WebSocket',
  'WebSocketStream',
  'WebTransport',
  'EventSource',
  'FontFace',
  'Image',
  'sendBeacon',
  'Worker',
  'data: Worker',
];

/** Invokes and waits for its REPORT, allowing for a build and a cold start on a busy machine. */
async function invokeAndWait(playground: Playground): Promise<void> {
  const before = (await playground.reports()).length;
  await playground.invoke();
  await expect
    .poll(async () => (await playground.reports()).length, { timeout: 60_000 })
    .toBe(before + 1);
}

async function invokeForJson(playground: Playground): Promise<Record<string, string>> {
  await invokeAndWait(playground);
  return (await playground.resultJson()) as Record<string, string>;
}

/** The last REPORT line, parsed. */
async function lastReport(playground: Playground) {
  return parseReport((await playground.reports()).at(-1)!);
}

test('with Internet access off every channel is refused and the server hears nothing', async ({
  playground,
  page,
}) => {
  const { internetAccess } = playground.settings;
  await expect(internetAccess).not.toBeChecked();
  await playground.settings.fill('Timeout (s)', '60');
  await playground.setCode(EVERY_CHANNEL);
  await playground.setEvent(JSON.stringify({ url: server.url }));

  const offline = await invokeForJson(playground);
  expect(Object.keys(offline)).toEqual(CHANNELS);
  for (const channel of CHANNELS) expect(`${channel}: ${offline[channel]}`).toMatch(/: refused: /);
  expect(offline.fetch).toBe('refused: TypeError');
  // The browser's refusals are named in the log, since the errors themselves rarely say why.
  await expect
    .poll(() => playground.logs())
    .toContain(`The browser blocked a request to ${server.url}/module.js`);
  // Anything let through would have arrived long before the handler answered; give it a moment.
  await page.waitForTimeout(500);
  expect(server.requests()).toEqual([]);
  expect(server.connections()).toBe(0);

  // The same handler with access on reaches the server: the zero above is the sandbox's doing.
  await internetAccess.check();
  const online = await invokeForJson(playground);
  expect((await lastReport(playground)).initDurationMs).toBeGreaterThan(0);
  expect(online).toMatchObject({ fetch: 'reached', import: 'reached' });
  expect(server.requests()).toEqual(
    expect.arrayContaining(['GET /fetch', 'GET /module.js', 'GET /font.woff', 'UPGRADE /stream']),
  );
});

const FETCHER = `export const handler = async (event: { url: string }) => {
  return fetch(event.url).then((r) => r.text(), (e: Error) => \`\${e.name}: \${e.message}\`);
};
`;

test('toggling Internet access on a warm function applies at the next invoke, cold', async ({
  playground,
}) => {
  const { internetAccess } = playground.settings;
  await playground.setCode(FETCHER);
  await playground.setEvent(JSON.stringify({ url: `${server.url}/fetch` }));
  await invokeAndWait(playground);
  await invokeAndWait(playground);
  expect((await lastReport(playground)).initDurationMs).toBeUndefined();
  await expect(playground.instancesIn('idle')).toHaveCount(1);
  expect(await playground.resultJson()).toMatch(/^TypeError: fetch failed: internet access is off/);

  await internetAccess.check();
  // The warm instance ran with the old setting: it is retired without waiting for an invoke.
  await expect(playground.instancesIn('idle')).toHaveCount(0);
  await invokeAndWait(playground);
  expect((await lastReport(playground)).initDurationMs).toBeGreaterThan(0);
  expect(await playground.resultJson()).toBe('reached');
  expect(server.requests()).toEqual(['GET /fetch']);

  await internetAccess.uncheck();
  await expect(playground.instancesIn('idle')).toHaveCount(0);
  await invokeAndWait(playground);
  expect((await lastReport(playground)).initDurationMs).toBeGreaterThan(0);
  expect(await playground.resultJson()).toMatch(/^TypeError: fetch failed: internet access is off/);
  expect(server.requests()).toEqual(['GET /fetch']);

  // Code that fails to build keeps the last code running, but never the old settings.
  await playground.setCode(FETCHER.replace('return fetch(', 'return fetch(('));
  await internetAccess.check();
  await invokeAndWait(playground);
  await expect(playground.resultRegion.getByRole('status')).toHaveText(
    /^Build failed, so the last deployed version ran instead, with the current settings/,
  );
  expect(await playground.resultJson()).toBe('reached');
  expect(server.requests()).toEqual(['GET /fetch', 'GET /fetch']);
});
