// The pattern every live view's store follows: the platform's events, batched per animation frame
// (frame-batch.ts), folded by a pure reducer into the store's state. A reducer that returns the
// state it was given changes nothing, so the views it feeds do not render again.
import type { StoreApi } from 'zustand/vanilla';
import { createStore } from 'zustand/vanilla';
import type { PlatformEvent } from '../../engine';
import type { FrameBatch } from './frame-batch';
import { createFrameBatch } from './frame-batch';

export interface Projection<S> {
  store: StoreApi<S>;
  /** The platform's subscriber: takes the kinds of event the projection reads, for the next frame. */
  receive(event: PlatformEvent): void;
  /** The events still waiting for the frame. */
  batch: Pick<FrameBatch<PlatformEvent>, 'flush' | 'clear'>;
}

export function createProjection<S>(
  initial: () => S,
  reduce: (state: S, events: PlatformEvent[]) => S,
  /** The event types the reducer reads; others (log lines, the most frequent) never wait. */
  reads?: ReadonlySet<PlatformEvent['type']>,
): Projection<S> {
  const store = createStore<S>()(initial);
  const batch = createFrameBatch<PlatformEvent>((events) => {
    const before = store.getState();
    const after = reduce(before, events);
    if (after !== before) store.setState(after, true);
  });
  const receive = reads
    ? (event: PlatformEvent) => {
        if (reads.has(event.type)) batch.push(event);
      }
    : (event: PlatformEvent) => batch.push(event);
  return { store, receive, batch };
}
