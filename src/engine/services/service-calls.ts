// What a handler's SDK call to a simulated AWS service did, as the platform reports it: one
// `service-call` event per call, priced here (money is computed in the engine only). The wire
// protocols themselves live outside the engine (src/services); they describe each call with a
// ServiceCallRecord.

/** The services whose APIs the playground simulates, named by their endpoint's label. */
export type ServiceName = 's3' | 'sns' | 'sqs' | 'lambda' | 'dynamodb';

/** How the called service bills the call (an S3 GET and PUT differ; DynamoDB bills capacity units). */
export type ServiceUnits =
  | { kind: 's3-request'; tier: 'put' | 'get' }
  /** SNS and SQS bill each 64 KB chunk of a request's payload as one request. */
  | { kind: 'sns-publish'; requests: number }
  | { kind: 'sqs-request'; requests: number }
  | { kind: 'dynamodb'; readUnits: number; writeUnits: number }
  /** Nothing billed for the call itself: Lambda bills the callee's invocation; S3 DELETE is free. */
  | { kind: 'free' };

/**
 * What one call did. `resource` names what was called (a bucket, topic, queue, function or table);
 * null when the call names none or names one that does not exist.
 */
export interface ServiceCallRecord {
  service: ServiceName;
  /** The API's own operation name: `PutObject`, `Publish`, `SendMessageBatch`, `Invoke`… */
  operation: string;
  resource: string | null;
  statusCode: number;
  /** AWS's error code when the call failed (`NoSuchKey`, `QueueDoesNotExist`…); null on success. */
  errorCode: string | null;
  units: ServiceUnits;
}

/** The invocation whose handler made a call. */
export interface ServiceCaller {
  functionName: string;
  requestId: string;
}

export interface ServiceCallEvent extends ServiceCallRecord {
  type: 'service-call';
  /** When the response reached the caller (engine time). */
  time: number;
  functionName: string;
  requestId: string;
  /** The modeled network and service latency the caller waited, in simulated ms. */
  latencyMs: number;
  /** What the called service charges for it (us-east-1 list prices, no free tier). */
  usd: number;
}
