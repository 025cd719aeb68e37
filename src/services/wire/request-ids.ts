// The request ids AWS puts in every response (`x-amz-request-id`, `x-amzn-RequestId`): the SDK
// copies them to `$metadata.requestId` of a result or an error.

/** A UUID-shaped id, as SNS, SQS, Lambda and DynamoDB send them. */
export function uuidRequestId(): string {
  return crypto.randomUUID();
}

/** S3's 16-character upper-case hex request id. */
export function s3RequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}
