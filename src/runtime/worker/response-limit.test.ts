import { describe, expect, it } from 'vitest';
import { responseSizeError } from './response-limit';

describe(responseSizeError, () => {
  it('accepts a response of exactly 6,291,556 bytes and refuses one byte more', () => {
    expect(responseSizeError('a'.repeat(6_291_556))).toBeNull();
    expect(responseSizeError('a'.repeat(6_291_557))).toEqual({
      errorType: 'Function.ResponseSizeTooLarge',
      errorMessage:
        'Response payload size (6291557 bytes) exceeded maximum allowed payload size (6291556 bytes).',
      trace: [],
    });
  });

  it('counts UTF-8 bytes, not characters', () => {
    expect(responseSizeError('é'.repeat(3_145_779))?.errorMessage).toBe(
      'Response payload size (6291558 bytes) exceeded maximum allowed payload size (6291556 bytes).',
    );
  });
});
