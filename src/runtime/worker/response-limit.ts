// Lambda refuses a synchronous response over 6 MB after the handler has finished: the invoke fails
// with Function.ResponseSizeTooLarge and the runtime process exits
// (docs/aws-lambda.md#payload-sizes; the error text as reported in
// github.com/umihico/pythonista-chromeless/issues/11 and DataBiosphere/azul#7466).
import type { LambdaError } from '../../engine/types';

/** The Runtime API's limit on a response, in bytes (6 MB plus 100 bytes, as AWS reports it). */
export const MAX_RESPONSE_BYTES = 6_291_556;

/** The error for a response over the limit, or null when it fits. */
export function responseSizeError(payload: string): LambdaError | null {
  // At most three UTF-8 bytes per UTF-16 unit: only long texts need encoding to be measured.
  if (payload.length * 3 <= MAX_RESPONSE_BYTES) return null;
  const bytes = new TextEncoder().encode(payload).length;
  if (bytes <= MAX_RESPONSE_BYTES) return null;
  return {
    errorType: 'Function.ResponseSizeTooLarge',
    errorMessage: `Response payload size (${bytes} bytes) exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`,
    trace: [],
  };
}
