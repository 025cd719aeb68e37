import { describe, expect, it } from 'vitest';
import { payloadTooLarge } from './payload-limits';

const json = (bytes: number) => `"${'a'.repeat(bytes - 2)}"`;

describe(payloadTooLarge, () => {
  it('takes a synchronous request of 6,291,456 bytes and refuses one byte more', () => {
    expect(payloadTooLarge(json(6_291_456), 'RequestResponse')).toBeNull();
    const error = payloadTooLarge(json(6_291_457), 'RequestResponse');
    expect([error?.code, error?.statusCode, error?.message]).toEqual([
      'RequestEntityTooLargeException',
      413,
      'Request must be smaller than 6291456 bytes for the InvokeFunction operation',
    ]);
  });

  it('takes an asynchronous event of 1 MB and refuses one byte more, counting UTF-8 bytes', () => {
    expect(payloadTooLarge(json(1_048_576), 'Event')).toBeNull();
    const error = payloadTooLarge(`"${'é'.repeat(524_288)}"`, 'Event');
    expect([error?.code, error?.statusCode, error?.message]).toEqual([
      'RequestEntityTooLargeException',
      413,
      '1048578 byte payload is too large for the Event invocation type (limit 1048576 bytes)',
    ]);
  });
});
