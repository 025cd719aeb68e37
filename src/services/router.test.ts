import { GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import type { ServiceHandler } from './api-types';
import { createAwsApi, serviceOfHost } from './router';
import { sdkHarness, TEST_CALLER } from './testing/sdk-harness';
import { xmlResponse } from './wire/responses';
import { document, element } from './wire/xml';

describe('serviceOfHost', () => {
  it.each([
    ['s3.us-east-1.amazonaws.com', 's3'],
    ['my-bucket.s3.us-east-1.amazonaws.com', 's3'],
    ['sns.eu-west-1.amazonaws.com', 'sns'],
    ['sqs.us-east-1.amazonaws.com', 'sqs'],
    ['lambda.us-east-1.amazonaws.com', 'lambda'],
    ['dynamodb.us-east-1.amazonaws.com', 'dynamodb'],
    ['example.com', null],
    ['kinesis.us-east-1.amazonaws.com', null],
  ])('%s → %s', (host, service) => {
    expect(serviceOfHost(host)).toBe(service);
  });
});

describe('the real SDK through the harness', () => {
  it('turns a service error response into the SDK error class with its metadata', async () => {
    const seen: string[] = [];
    const s3: ServiceHandler = async (request) => {
      seen.push(`${request.method} ${request.hostname}${request.path}`);
      const xml = document('Error', 'http://s3.amazonaws.com/doc/2006-03-01/', [
        element('Code', 'NoSuchKey'),
        element('Message', 'The specified key does not exist.'),
      ]);
      return {
        response: xmlResponse(404, xml, [['x-amz-request-id', 'REQ123']]),
        record: {
          service: 's3',
          operation: 'GetObject',
          resource: 'bucket',
          statusCode: 404,
          errorCode: 'NoSuchKey',
          units: { kind: 's3-request', tier: 'get' },
        },
      };
    };
    const api = createAwsApi(new Map([['s3', s3]]));
    const harness = sdkHarness(async (request, caller) => {
      const answer = await api(request, caller);
      if (answer === null) throw new Error('unrouted');
      return answer;
    }, TEST_CALLER);
    const client = new S3Client(harness.config);
    const error = await client
      .send(new GetObjectCommand({ Bucket: 'bucket', Key: 'a b.txt' }))
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(NoSuchKey);
    expect((error as NoSuchKey).$metadata.httpStatusCode).toBe(404);
    expect((error as NoSuchKey).$metadata.requestId).toBe('REQ123');
    expect((error as NoSuchKey).message).toBe('The specified key does not exist.');
    expect(seen).toEqual(['GET bucket.s3.us-east-1.amazonaws.com/a%20b.txt']);
    expect(harness.calls.map((call) => call.errorCode)).toEqual(['NoSuchKey']);
  });
});
