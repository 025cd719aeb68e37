// The HTTP tab: the front door (API type, routes, a function URL's invoke mode), the request form,
// and the response as the client saw it, with a streamed body's pieces and their arrival times.
import type { Locator, Page } from '@playwright/test';

export type FrontLabel = 'HTTP API (payload 2.0)' | 'REST API (payload 1.0)' | 'Function URL';

export class HttpTab {
  readonly response: Locator;
  readonly status: Locator;
  readonly body: Locator;
  /** The pieces of a streamed body (function URL in RESPONSE_STREAM mode), each with `data-at-ms`. */
  readonly chunks: Locator;

  constructor(readonly page: Page) {
    this.response = page.getByRole('region', { name: 'HTTP response' });
    this.status = this.response.getByTestId('http-status');
    this.body = this.response.getByTestId('http-body');
    this.chunks = this.response
      .getByRole('list', { name: 'Response stream' })
      .getByTestId('stream-chunk');
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'HTTP' }).click();
  }

  async chooseFront(label: FrontLabel): Promise<void> {
    await this.page.getByLabel('API type').selectOption({ label });
  }

  async setInvokeMode(mode: 'BUFFERED' | 'RESPONSE_STREAM'): Promise<void> {
    await this.page.getByLabel('Invoke mode').selectOption(mode);
  }

  async setRoute(routeKey: string): Promise<void> {
    await this.page.getByLabel('Route 1', { exact: true }).fill(routeKey);
  }

  async send(path = '/'): Promise<void> {
    await this.page.getByLabel('Path').fill(path);
    await this.page.getByRole('button', { name: 'Send', exact: true }).click();
  }

  /** Each streamed piece's text and its arrival, in ms after Send. */
  async chunkTimeline(): Promise<Array<{ text: string; atMs: number }>> {
    const items = await this.chunks.all();
    return Promise.all(
      items.map(async (item) => ({
        text: await item.locator('.stream-chunk-text').innerText(),
        atMs: Number(await item.getAttribute('data-at-ms')),
      })),
    );
  }
}
