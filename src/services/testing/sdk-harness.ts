// Drives a simulated service through the real AWS SDK in Node: the client's request handler hands
// each serialized request to the service and returns its wire response, so the SDK's own
// serializers, deserializers and error classes are what the tests exercise.
import { Readable } from 'node:stream';
import { HttpResponse } from '@smithy/core/protocols';
import type { HttpRequest } from '@smithy/core/protocols';
import type { ApiCaller, ServiceAnswer, ServiceCallRecord } from '../api-types';
import { toApiRequest } from '../wire/http-message';

export const TEST_CALLER: ApiCaller = {
  functionName: 'caller',
  requestId: '00000000-0000-4000-8000-000000000000',
  region: 'us-east-1',
};

export interface Harness {
  /** Spread into a client's constructor: `new S3Client(harness.config)`. */
  config: {
    region: string;
    credentials: { accessKeyId: string; secretAccessKey: string };
    requestHandler: { handle(request: HttpRequest): Promise<{ response: HttpResponse }> };
    maxAttempts: number;
  };
  /** Every call the service answered, in order. */
  calls: ServiceCallRecord[];
}

export function sdkHarness(
  service: (
    request: Awaited<ReturnType<typeof toApiRequest>>,
    caller: ApiCaller,
  ) => Promise<ServiceAnswer>,
  caller: ApiCaller = TEST_CALLER,
): Harness {
  const calls: ServiceCallRecord[] = [];
  const requestHandler = {
    async handle(request: HttpRequest) {
      const answer = await service(await toApiRequest(request), caller);
      calls.push(answer.record);
      const response = new HttpResponse({
        statusCode: answer.response.statusCode,
        headers: Object.fromEntries(answer.response.headers),
        body: Readable.from([Buffer.from(answer.response.body)]),
      });
      return { response };
    },
  };
  return {
    config: {
      region: caller.region,
      credentials: { accessKeyId: 'ASIAPLAYGROUNDEXAMPLE', secretAccessKey: 'playground' },
      requestHandler,
      // One attempt: a test sees the service's answer, not the SDK's retries of it.
      maxAttempts: 1,
    },
    calls,
  };
}
