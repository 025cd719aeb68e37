// Test support: a web program's process over a fresh realm (runtime-harness.ts), with the page's
// side of the protocol: start it, send HTTP requests, and collect each response as it streams.
import type { CodeBundle } from '../../../engine/types';
import { cjsBundle, testConfig } from '../../testing/bundles';
import type { FromWorker, ServerEndpoint, ToWorker } from '../../protocol';
import { createRealmRuntime, waitFor } from './runtime-harness';

type HttpRequest = Extract<ToWorker, { type: 'http-request' }>;

export interface CollectedResponse {
  statusCode: number | null;
  statusMessage: string | null;
  headers: Array<[string, string]>;
  chunks: Uint8Array[];
  body: string;
  /** How it ended: `end`, or a connection error's code. */
  ending: 'end' | 'ECONNREFUSED' | 'ECONNRESET';
  errorMessage?: string;
}

/** A Web Function's environment as the page would give it (docs/aws-lambda.md#web-programs-nodes-http-server). */
export const WEB_ENVIRONMENT = { AWS_LAMBDA_HTTP_ENDPOINT: '0.0.0.0:3000', TZ: ':UTC' };

export class WebHarness {
  readonly messages: FromWorker[] = [];
  readonly runtime;
  #nextId = 1;

  constructor() {
    ({ runtime: this.runtime } = createRealmRuntime((message) => this.messages.push(message)));
  }

  start(code: string, environment: Record<string, string> = WEB_ENVIRONMENT, bundle?: CodeBundle) {
    this.runtime.receive({
      type: 'start-web',
      config: testConfig({ runtime: 'nodejs24.x', architecture: 'arm64', memoryMB: 2048 }),
      bundle: bundle ?? cjsBundle(code),
      environment,
      sdkScripts: [],
    });
  }

  /** The log lines as `level message`. */
  get lines(): string[] {
    return this.messages.flatMap((m) =>
      m.type === 'log' ? [`${m.record.level} ${m.record.message}`] : [],
    );
  }

  listening(index = 0): Promise<ServerEndpoint> {
    return waitFor(() => {
      const found = this.messages.filter((m) => m.type === 'web-listening')[index];
      return found?.type === 'web-listening' ? found.endpoint : undefined;
    }, 'web-listening');
  }

  exited(): Promise<Extract<FromWorker, { type: 'web-exit' }>> {
    return waitFor(() => {
      const found = this.messages.find((m) => m.type === 'web-exit');
      return found?.type === 'web-exit' ? found : undefined;
    }, 'web-exit');
  }

  send(request: Partial<Omit<HttpRequest, 'type' | 'id'>> = {}): number {
    const id = this.#nextId++;
    this.runtime.receive({
      type: 'http-request',
      id,
      port: 3000,
      method: 'GET',
      path: '/',
      headers: [['Host', 'example.on.aws']],
      body: new Uint8Array(0),
      remoteAddress: '169.254.77.1',
      ...request,
    });
    return id;
  }

  cancel(id: number): void {
    this.runtime.receive({ type: 'http-cancel', id });
  }

  /** The head, when it has arrived. */
  head(id: number): Promise<Extract<FromWorker, { type: 'http-response-head' }>> {
    return waitFor(() => {
      const found = this.messages.find((m) => m.type === 'http-response-head' && m.id === id);
      return found?.type === 'http-response-head' ? found : undefined;
    }, `the head of ${id}`);
  }

  /** Chunks of response `id` received so far. */
  chunks(id: number): Uint8Array[] {
    return this.messages.flatMap((m) =>
      m.type === 'http-response-chunk' && m.id === id ? [m.chunk] : [],
    );
  }

  async response(id: number): Promise<CollectedResponse> {
    const last = await waitFor(() => {
      return this.messages.find(
        (m) => (m.type === 'http-response-end' || m.type === 'http-response-error') && m.id === id,
      );
    }, `the end of ${id}`);
    const head = this.messages.find((m) => m.type === 'http-response-head' && m.id === id);
    const chunks = this.chunks(id);
    return {
      statusCode: head?.type === 'http-response-head' ? head.statusCode : null,
      statusMessage: head?.type === 'http-response-head' ? head.statusMessage : null,
      headers: head?.type === 'http-response-head' ? head.headers : [],
      chunks,
      body: Buffer.concat(chunks).toString('utf8'),
      ending: last.type === 'http-response-error' ? last.code : 'end',
      ...(last.type === 'http-response-error' && { errorMessage: last.message }),
    };
  }

  usage(): Promise<Extract<FromWorker, { type: 'usage' }>> {
    const id = this.#nextId++;
    this.runtime.receive({ type: 'report-usage', id });
    return waitFor(() => {
      const found = this.messages.find((m) => m.type === 'usage' && m.id === id);
      return found?.type === 'usage' ? found : undefined;
    }, 'usage');
  }
}

/** A header's value in a response head (names compared lower-cased). */
export function headerOf(response: { headers: Array<[string, string]> }, name: string): string[] {
  return response.headers.filter(([key]) => key.toLowerCase() === name).map(([, value]) => value);
}
