// The async-delivery store: the engine's events, batched per animation frame, folded into the
// accounting of every async event and SQS queue (deliveries-reduce.ts).
import { createStore } from 'zustand/vanilla';
import type { PlatformEvent } from '../../../engine';
import { createFrameBatch } from '../frame-batch';
import type { DeliveriesState } from './deliveries-model';
import { emptyDeliveries, pendingOnly } from './deliveries-model';
import { DELIVERY_EVENT_TYPES, reduceDeliveries } from './deliveries-reduce';

export const deliveriesStore = createStore<DeliveriesState>()(emptyDeliveries);

const batch = createFrameBatch<PlatformEvent>((events) => {
  const before = deliveriesStore.getState();
  const after = reduceDeliveries(before, events);
  // Most batches under load hold no async event: then nothing is set and nothing re-renders.
  if (after !== before) deliveriesStore.setState(after, true);
});

/** The platform's subscriber (see ../../platform/platform-world.ts). */
export function receiveDeliveryEvent(event: PlatformEvent): void {
  // Log lines, the most frequent events by far, are not kept waiting for nothing.
  if (DELIVERY_EVENT_TYPES.has(event.type)) batch.push(event);
}

/** A reset keeps only the events still in the async queue (pendingOnly). */
export function resetDeliveries(): void {
  batch.flush();
  deliveriesStore.setState(pendingOnly(deliveriesStore.getState()), true);
}
