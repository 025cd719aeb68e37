// The AWS APIs as the SDK inside a handler reaches them: an HTTP request in the service's own wire
// protocol (REST-XML for S3, Query for SNS, JSON 1.0 for SQS and DynamoDB, REST-JSON for Lambda),
// answered by the simulation with the HTTP response AWS would send. Nothing leaves the browser: the
// SDK's request handler in the instance's worker posts the request to the page, which answers it.

import type { ServiceCallRecord } from '../engine';

export type { ServiceCallRecord, ServiceName, ServiceUnits } from '../engine';

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

/** One service's API. Never rejects: a failure is an AWS error response. */
export type ServiceHandler = (request: ApiRequest, caller: ApiCaller) => Promise<ServiceAnswer>;
