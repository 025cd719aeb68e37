// The SQS API a handler's SDK reaches, over the page's platform and its clock: SendMessage feeds
// the queues the Pub/Sub tab configured (their mappings poll them), long polling waits in
// simulated time.
import { createSqsApi, platformSqsPort, type ServiceHandler } from '../../services';
import { world } from '../platform/platform-world';

let api: ServiceHandler | null = null;

/** Created on first call, so importing it does not start the platform. */
export const sqsService: ServiceHandler = (request, caller) => {
  if (api === null) {
    const { platform, clock } = world();
    api = createSqsApi(platformSqsPort(platform, clock));
  }
  return api(request, caller);
};
