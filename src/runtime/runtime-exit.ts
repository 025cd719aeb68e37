// The errors Lambda reports when an instance's runtime ends mid-request or never starts: made in
// the worker (`process.exit`) and on the page (the worker could not start, or died), so both sides
// share them.
import type { LambdaError } from '../engine/types';

/** What Lambda reports when the runtime process ends during a request (`process.exit(n)`). */
export function exitError(code: number, requestId: string | undefined): LambdaError {
  const reason =
    code === 0
      ? 'Runtime exited without providing a reason'
      : `Runtime exited with error: exit status ${code}`;
  const prefix = requestId === undefined ? '' : `RequestId: ${requestId} `;
  return { errorType: 'Runtime.ExitError', errorMessage: `${prefix}Error: ${reason}`, trace: [] };
}

/** The runtime never started: its worker could not be started, for the reason given. */
export function startError(reason: string, requestId: string | undefined): LambdaError {
  const prefix = requestId === undefined ? '' : `RequestId: ${requestId} `;
  const errorMessage = `${prefix}Error: Runtime failed to start: ${reason}`;
  return { errorType: 'Runtime.ExitError', errorMessage, trace: [] };
}
