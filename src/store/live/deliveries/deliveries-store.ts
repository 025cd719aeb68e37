// The async-delivery store: the engine's events folded into the accounting of every async event
// and SQS queue (deliveries-reduce.ts). Most batches under load hold no async event: then nothing
// is set and nothing re-renders.
import { createProjection } from '../projection';
import { emptyDeliveries, pendingOnly } from './deliveries-model';
import { DELIVERY_EVENT_TYPES, reduceDeliveries } from './deliveries-reduce';

const deliveries = createProjection(emptyDeliveries, reduceDeliveries, DELIVERY_EVENT_TYPES);

export const deliveriesStore = deliveries.store;

/** The platform's subscriber (see ../../platform/platform-world.ts). */
export const receiveDeliveryEvent = deliveries.receive;

/** A reset keeps only the events still in the async queue (pendingOnly). */
export function resetDeliveries(): void {
  deliveries.batch.flush();
  deliveriesStore.setState(pendingOnly(deliveriesStore.getState()), true);
}
