// The AWS APIs as the SDK inside a handler reaches them: an HTTP request in the service's own wire
// protocol (REST-XML for S3, Query for SNS, JSON 1.0 for SQS and DynamoDB, REST-JSON for Lambda),
// answered by the simulation with the HTTP response AWS would send. Nothing leaves the browser: the
// SDK's request handler in the instance's worker posts the request to the page, which answers it.

export type {
  ApiCaller,
  ApiRequest,
  ApiResponse,
  ServiceAnswer,
  ServiceCallRecord,
  ServiceHandler,
  ServiceName,
  ServiceUnits,
} from '../engine';
