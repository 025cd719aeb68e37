// The SDK clients' HTTP handler inside an instance: instead of the network, each signed request
// goes to the page's simulated services and the wire response comes back, so the SDK parses it as
// it parses AWS's. It stands where the browser build's FetchHttpHandler would.
import { HttpResponse } from '@smithy/core/protocols';
import type { HttpRequest } from '@smithy/core/protocols';
import { toApiRequest } from '../../../services/wire/http-message';
import type { SdkHost } from './script-contract';

export class PlaygroundRequestHandler {
  /** What the SDK asks of a handler (smithy's HttpHandler): HTTP/1.1 semantics, as fetch's. */
  readonly metadata = { handlerProtocol: 'http/1.1' };

  constructor(private readonly host: SdkHost) {}

  async handle(
    request: HttpRequest,
    options: { abortSignal?: AbortSignal } = {},
  ): Promise<{ response: HttpResponse }> {
    const sent = await this.host.send(await toApiRequest(request), options.abortSignal);
    // A ReadableStream, as fetch gives the browser build: its checksum validation (GetObject's
    // CRC32) and stream helpers (transformToString…) read that, not a Blob. Its bytes are queued
    // at once, so reads settle as promises do, with no browser I/O the event loop cannot see.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        if (sent.body.byteLength > 0) controller.enqueue(sent.body);
        controller.close();
      },
    });
    const response = new HttpResponse({
      statusCode: sent.statusCode,
      headers: Object.fromEntries(sent.headers),
      body,
    });
    return { response };
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }

  destroy(): void {}
}
