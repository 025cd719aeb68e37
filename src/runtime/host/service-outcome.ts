// How an SDK call of the code in a worker went on the page, as the worker's SDK channel expects
// it: the simulated service's response, or the connection failing as Node's would.
import type { ApiResponse } from '../../engine/types';
import type { SdkOutcome } from '../protocol';

/** `answered` rejects with ENOTFOUND for a host the playground does not simulate. */
export function serviceOutcome(answered: Promise<ApiResponse>): Promise<SdkOutcome> {
  return answered.then(
    (response): SdkOutcome => ({ ok: true, response }),
    (error: unknown): SdkOutcome => {
      const unreachable = error instanceof Error && error.message.includes('ENOTFOUND');
      return unreachable
        ? { ok: false, code: 'ENOTFOUND', syscall: 'getaddrinfo', message: error.message }
        : { ok: false, code: 'ECONNRESET', syscall: 'read', message: 'socket hang up' };
    },
  );
}
