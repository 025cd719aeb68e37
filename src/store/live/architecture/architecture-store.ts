// The Architecture view's live side: the SDK calls seen (a store, like every live view's), and the
// messages travelling along the edges (a stream of hops, handed over once per frame to whoever
// draws them, and not even computed while nobody does).
import type { PlatformEvent } from '../../../engine';
import type { HttpFront } from '../../../workspace/model';
import { world } from '../../platform/platform-world';
import { createFrameBatch } from '../frame-batch';
import { createProjection } from '../projection';
import { emptyObservedCalls, OBSERVED_EVENT_TYPES, reduceObservedCalls } from './observed-calls';
import type { Hop } from './traffic';
import { hopsOf, TRAFFIC_EVENT_TYPES } from './traffic';
import { httpFrontId } from './workspace-graph';
import { archNodeId } from './architecture-model';

const observed = createProjection(emptyObservedCalls, reduceObservedCalls, OBSERVED_EVENT_TYPES);

/** The SDK calls seen this session, by caller and resource. */
export const observedCallsStore = observed.store;

type HopListener = (hops: Hop[]) => void;
const listeners = new Set<HopListener>();
const hops = createFrameBatch<Hop>((batch) => {
  for (const listener of listeners) listener(batch);
});

function receive(event: PlatformEvent): void {
  observed.receive(event);
  if (listeners.size === 0 || !TRAFFIC_EVENT_TYPES.has(event.type)) return;
  for (const h of hopsOf(event)) hops.push(h);
}

/** Starts following the platform (at the app's start-up, after it exists); returns the stop. */
export function watchArchitecture(): () => void {
  return world().platform.subscribe(receive);
}

/** Calls `listener` with the hops of each frame while subscribed; returns the unsubscribe. */
export function subscribeTraffic(listener: HopListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) hops.clear();
  };
}

/**
 * An HTTP request reached a function through the workspace's front door. The engine sees only
 * the invocation, so the HTTP trigger says where it came from.
 */
export function noteHttpArrival(front: HttpFront, functionName: string): void {
  if (listeners.size === 0) return;
  hops.push({
    from: httpFrontId(front),
    to: archNodeId('function', functionName),
    observed: false,
    failed: false,
    leg: 0,
  });
}

/** Forgets the calls seen (Reset). */
export function resetArchitecture(): void {
  observed.batch.clear();
  hops.clear();
  observedCallsStore.setState(emptyObservedCalls(), true);
}
