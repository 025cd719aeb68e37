// Who may show the playground in a frame: another site may frame the embed (embed.html), never the
// full app. `vite preview` sends `frame-ancestors 'self'` as a configured host does; the plain
// static host sends nothing, and the app's own guard keeps the workspace out of the frame there.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FrameLocator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import type { StaticHost } from './support/static-host';
import { serveStatic } from './support/static-host';

/**
 * A page of another site: another origin (its own port) on this machine. A page the test answered
 * itself would count as a public site, whose frames Chromium keeps off local addresses anyway.
 */
function serveBlog(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const src = new URL(request.url ?? '/', 'http://blog').searchParams.get('src') ?? '';
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end(
      `<!doctype html><title>A blog</title><iframe src="${src.replaceAll('"', '&quot;')}" ` +
        'title="Playground" width="1200" height="800"></iframe>',
    );
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({
        url: `http://127.0.0.1:${port}/post.html`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    }),
  );
}

async function framedByBlog(page: Page, src: string): Promise<FrameLocator> {
  await page.goto(`${blog.url}?src=${encodeURIComponent(src)}`);
  return page.frameLocator('iframe[title="Playground"]');
}

const invokeIn = (frame: FrameLocator) =>
  frame.getByRole('button', { name: 'Invoke', exact: true });

let host: StaticHost;
let blog: Awaited<ReturnType<typeof serveBlog>>;
test.beforeAll(async () => {
  host = await serveStatic(process.env.E2E_OUT_DIR ?? 'dist', '/');
  blog = await serveBlog();
});
test.afterAll(async () => {
  await host.close();
  await blog.close();
});

test.slow();

test('a host with the frame policy refuses the full app in another site’s frame', async ({
  page,
  baseURL,
}) => {
  const response = await page.request.get(`${baseURL}/`);
  expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
  const embed = await page.request.get(`${baseURL}/embed.html`);
  expect(embed.headers()['content-security-policy']).toBeUndefined();

  const refusals: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('frame-ancestors')) refusals.push(message.text());
  });
  const frame = await framedByBlog(page, `${baseURL}/`);
  // The browser does not load the app into the frame at all, and says why.
  await expect.poll(() => refusals.length).toBe(1);
  await expect(frame.locator('#root')).toHaveCount(0);
  await expect(invokeIn(frame)).toHaveCount(0);
});

test('without a frame policy the app itself shows only a way out in another site’s frame', async ({
  page,
}) => {
  const frame = await framedByBlog(page, `${host.url}#share=1.anything`);
  const out = frame.getByRole('link', { name: 'Open Serverless Playground in its own tab' });
  await expect(out).toHaveAttribute('href', `${host.url}#share=1.anything`);
  await expect(out).toHaveAttribute('target', '_blank');
  await expect(invokeIn(frame)).toHaveCount(0);
  await expect(frame.getByTestId('code-editor')).toHaveCount(0);
});

const EMBEDS = [
  { page: 'embed.html', host: 'with the frame policy' },
  { page: 'embed.html', host: 'without a frame policy' },
  // The embed's older address: the page's guard lets it through where no header stops it.
  { page: '?embed', host: 'without a frame policy' },
] as const;

for (const embed of EMBEDS) {
  test(`another site frames the embed (${embed.page}), which runs, on a host ${embed.host}`, async ({
    page,
    baseURL,
  }) => {
    const app = embed.host === 'with the frame policy' ? `${baseURL}/` : host.url;
    const frame = await framedByBlog(page, `${app}${embed.page}`);
    await expect(frame.getByTestId('code-editor').locator('.view-line').first()).toBeVisible({
      timeout: 30_000,
    });
    await invokeIn(frame).click();
    await expect(
      frame.getByRole('region', { name: 'Result' }).getByTestId('result-payload'),
    ).toHaveText('3');
    await expect(
      frame.getByRole('link', { name: 'Open in Serverless Playground' }),
    ).toHaveAttribute('href', app);
  });
}
