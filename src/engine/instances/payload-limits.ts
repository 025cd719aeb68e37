// The Invoke API's payload limits (docs/aws-lambda.md#payload-sizes): 6 MB for a synchronous
// request, 1 MB for an asynchronous event. Lambda refuses a bigger one with
// RequestEntityTooLargeException (HTTP 413) before any instance sees it.
import { ApiError } from '../errors';
import type { InvocationType } from '../types';

export const MAX_SYNC_PAYLOAD_BYTES = 6_291_456;
export const MAX_ASYNC_PAYLOAD_BYTES = 1_048_576;

/** UTF-8 size, measured only when the text could be over `limit` (≤ 3 bytes per UTF-16 unit). */
function bytesOver(text: string, limit: number): number | null {
  if (text.length * 3 <= limit) return null;
  const bytes = new TextEncoder().encode(text).length;
  return bytes > limit ? bytes : null;
}

/**
 * The 413 for an oversized payload, worded as AWS words each (github.com/pelmers/streetwarp-web
 * issues/14 for the synchronous one, ASFHyP3/hyp3 issues/2241 for the asynchronous one), or null.
 */
export function payloadTooLarge(eventJson: string, type: InvocationType): ApiError | null {
  if (type === 'RequestResponse') {
    if (bytesOver(eventJson, MAX_SYNC_PAYLOAD_BYTES) === null) return null;
    const message = `Request must be smaller than ${MAX_SYNC_PAYLOAD_BYTES} bytes for the InvokeFunction operation`;
    return new ApiError('RequestEntityTooLargeException', 413, message);
  }
  const bytes = bytesOver(eventJson, MAX_ASYNC_PAYLOAD_BYTES);
  if (bytes === null) return null;
  const message = `${bytes} byte payload is too large for the Event invocation type (limit ${MAX_ASYNC_PAYLOAD_BYTES} bytes)`;
  return new ApiError('RequestEntityTooLargeException', 413, message);
}
