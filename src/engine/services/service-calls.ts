// What a handler's SDK call to a simulated AWS service did, as the platform reports it: one
// `service-call` event per call, priced here (money is computed in the engine only). The wire
// protocols themselves live outside the engine (src/services); they describe each call with a
// ServiceCallRecord.

// The HTTP messages between a handler's SDK and the simulated services (src/services answers
// them in each service's own wire protocol).
/** What the SDK sent, as the page receives it from the worker. */
export interface ApiRequest {
  method: string;
  /** e.g. `my-bucket.s3.us-east-1.amazonaws.com`, `sqs.us-east-1.amazonaws.com`. */
  hostname: string;
  /** The path as sent, percent-encoded (S3 keys stay encoded here). */
  path: string;
  /** The query string's parameters, decoded; a repeated name keeps every value. */
  query: ReadonlyMap<string, readonly string[]>;
  /** Header names in lower case. */
  headers: ReadonlyMap<string, string>;
  body: Uint8Array;
}

/** What the simulation answers, as AWS would on the wire. */
export interface ApiResponse {
  statusCode: number;
  /** Header names in lower case. */
  headers: ReadonlyMap<string, string>;
  body: Uint8Array;
}

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

/** Who is calling: the invocation whose handler made the SDK call. */
export interface ApiCaller {
  functionName: string;
  /** The invocation's request id: the engine traces what a call causes back to it. */
  requestId: string;
  /** From the function's environment (AWS_REGION), as the SDK signs it. */
  region: string;
}

export interface ServiceAnswer {
  response: ApiResponse;
  record: ServiceCallRecord;
}

/**
 * The app's simulated services, as the platform reaches them: null for a host the playground does
 * not simulate.
 */
export type ServicesPort = (
  request: ApiRequest,
  caller: ApiCaller,
) => Promise<ServiceAnswer | null>;

/** One service's API. Never rejects: a failure is an AWS error response. */
export type ServiceHandler = (request: ApiRequest, caller: ApiCaller) => Promise<ServiceAnswer>;
