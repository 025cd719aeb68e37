// Which simulated service an SDK request is for, from the endpoint it was sent to: the SDK resolves
// `https://{service}.{region}.amazonaws.com` (S3 also `{bucket}.s3.{region}.amazonaws.com`).
import type {
  ApiCaller,
  ApiRequest,
  ServiceAnswer,
  ServiceHandler,
  ServiceName,
} from './api-types';

const SERVICES: readonly ServiceName[] = ['s3', 'sns', 'sqs', 'lambda', 'dynamodb'];

/** The service an AWS hostname belongs to, or null for any other host. */
export function serviceOfHost(hostname: string): ServiceName | null {
  const match = /(?:^|\.)([a-z0-9-]+)\.[a-z0-9-]+\.amazonaws\.com$/.exec(hostname.toLowerCase());
  const label = match?.[1];
  return SERVICES.find((name) => name === label) ?? null;
}

export type AwsApi = (request: ApiRequest, caller: ApiCaller) => Promise<ServiceAnswer | null>;

/**
 * Routes each request to its service's handler. A host the playground does not simulate answers
 * null: the caller reports it as a network failure, as an unreachable endpoint would be.
 */
export function createAwsApi(handlers: ReadonlyMap<ServiceName, ServiceHandler>): AwsApi {
  return async (request, caller) => {
    const service = serviceOfHost(request.hostname);
    const handler = service === null ? undefined : handlers.get(service);
    if (service === null || handler === undefined) return null;
    return handler(request, caller);
  };
}
