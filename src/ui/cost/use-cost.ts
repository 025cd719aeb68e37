// React bindings for the cost stores (the meter and what the learner typed).
import { useStore } from 'zustand';
import type { CostInputsState, CostMeterState } from '../../store';
import { costInputsStore, costMeterStore } from '../../store';

export function useCostMeter<T>(select: (state: CostMeterState) => T): T {
  return useStore(costMeterStore, select);
}

export function useCostInputs<T>(select: (state: CostInputsState) => T): T {
  return useStore(costInputsStore, select);
}
