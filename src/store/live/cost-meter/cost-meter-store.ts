// The cost meter's store: the platform's billing events folded into the session's bill.
import { emptyMeter } from './cost-meter-model';
import { COST_EVENT_TYPES, reduceCostMeter } from './cost-meter-reduce';
import { createProjection } from '../projection';
import { world } from '../../platform/platform-world';

const meter = createProjection(() => emptyMeter(0), reduceCostMeter, COST_EVENT_TYPES);

export const costMeterStore = meter.store;

/** Starts metering (at the app's start-up, after the platform exists); returns the stop. */
export function watchCostMeter(): () => void {
  const { platform, clock } = world();
  const architectures = new Map(
    platform.snapshot().functions.map((fn) => [fn.name, fn.config.architecture]),
  );
  const { freeTier } = costMeterStore.getState();
  costMeterStore.setState({ ...emptyMeter(clock.now(), freeTier), architectures }, true);
  return platform.subscribe(meter.receive);
}

/** Clears the bill with the session (Reset); the projection counts from now. */
export function resetCostMeter(): void {
  meter.batch.clear();
  const { freeTier, architectures } = costMeterStore.getState();
  costMeterStore.setState({ ...emptyMeter(world().clock.now(), freeTier), architectures }, true);
}

export function setMeterFreeTier(freeTier: boolean): void {
  costMeterStore.setState({ freeTier });
}
