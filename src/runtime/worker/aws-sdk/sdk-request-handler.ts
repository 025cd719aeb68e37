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
    // A Blob is a body the browser build's stream helpers (transformToString…) accept.
    const body = new Blob([sent.body as Uint8Array<ArrayBuffer>]);
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
