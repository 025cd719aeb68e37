import { describe, expect, it } from 'vitest';
import { exitError } from './runtime-exit';

describe(exitError, () => {
  it('reads like Lambda’s Runtime.ExitError', () => {
    expect(exitError(2, 'r-1')).toEqual({
      errorType: 'Runtime.ExitError',
      errorMessage: 'RequestId: r-1 Error: Runtime exited with error: exit status 2',
      trace: [],
    });
    expect(exitError(0, undefined).errorMessage).toBe(
      'Error: Runtime exited without providing a reason',
    );
  });
});
