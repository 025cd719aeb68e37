// engine.invocationsPerSec: the engine alone in Node (no-op executor, manual clock), through the
// engine's own measureEngineThroughput, in fresh platforms run one after another.
import { measureEngineThroughput } from '../../src/engine/engine-throughput';
import type { Plan } from '../plan';

export async function engineThroughput(plan: Plan['engine']): Promise<number[]> {
  const rates: number[] = [];
  for (let i = 0; i < plan.repeats; i++) {
    const result = await measureEngineThroughput({
      invocations: plan.invocations,
      inFlight: plan.inFlight,
    });
    if (result.ok !== plan.invocations) {
      throw new Error(`engine: ${result.ok} of ${plan.invocations} invocations succeeded`);
    }
    rates.push(result.invocationsPerSec);
  }
  return rates;
}
