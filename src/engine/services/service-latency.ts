// How long a handler waits for a simulated service to answer, in simulated ms: the network round
// trip inside the region plus the service's own work. AWS publishes no single figure; these are
// modeled, typical in-region values (docs/aws-services.md#modeled-latency): DynamoDB's
// "single-digit millisecond" performance, and round trips of some milliseconds for the others. A
// Lambda Invoke adds the callee's whole invocation to its share.
import type { ServiceName } from './service-calls';

export const SERVICE_LATENCY_MS: Readonly<Record<ServiceName, number>> = {
  s3: 20,
  sns: 15,
  sqs: 10,
  lambda: 10,
  dynamodb: 5,
};
