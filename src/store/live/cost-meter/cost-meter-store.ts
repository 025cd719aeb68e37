// The cost meter's store: fed by the platform's billing events, once per animation frame.
import { createStore } from 'zustand/vanilla';
import type { PlatformEvent } from '../../../engine';
import type { CostMeterState } from './cost-meter-model';
import { emptyMeter } from './cost-meter-model';
import { COST_EVENT_TYPES, reduceCostMeter } from './cost-meter-reduce';
import { createFrameBatch } from '../frame-batch';
import { world } from '../../platform/platform-world';

export const costMeterStore = createStore<CostMeterState>()(() => emptyMeter(0));

const batch = createFrameBatch<PlatformEvent>((events) => {
  const before = costMeterStore.getState();
  const after = reduceCostMeter(before, events);
  if (after !== before) costMeterStore.setState(after, true);
});

function receive(event: PlatformEvent): void {
  if (COST_EVENT_TYPES.has(event.type)) batch.push(event);
}

/** Starts metering (at the app's start-up, after the platform exists); returns the stop. */
export function watchCostMeter(): () => void {
  const { platform, clock } = world();
  const architectures = new Map(
    platform.snapshot().functions.map((fn) => [fn.name, fn.config.architecture]),
  );
  const { freeTier } = costMeterStore.getState();
  costMeterStore.setState({ ...emptyMeter(clock.now(), freeTier), architectures }, true);
  return platform.subscribe(receive);
}

/** Clears the bill with the session (Reset); the projection counts from now. */
export function resetCostMeter(): void {
  batch.clear();
  const { freeTier, architectures } = costMeterStore.getState();
  costMeterStore.setState({ ...emptyMeter(world().clock.now(), freeTier), architectures }, true);
}

export function setMeterFreeTier(freeTier: boolean): void {
  costMeterStore.setState({ freeTier });
}
