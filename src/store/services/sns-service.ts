// The SNS API a handler's SDK reaches, over the page's platform: Publish fans out to the
// subscriptions the Pub/Sub tab configured, as the tab's own Publish does.
import { createSnsApi, platformSnsPort, type ServiceHandler } from '../../services';
import { world } from '../platform/platform-world';

let api: ServiceHandler | null = null;

/** Created on first call, so importing it does not start the platform. */
export const snsService: ServiceHandler = (request, caller) => {
  api ??= createSnsApi(platformSnsPort(world().platform));
  return api(request, caller);
};
