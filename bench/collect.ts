// Gathers figures as the runner measures them; a measurement that fails costs only its own
// figures, which the report then shows as not measured.
import type { FigureName, Figures } from './figures';
import { summarize } from './stats';

export interface Collector {
  readonly figures: Figures;
  readonly errors: string[];
  /** Adds samples to a figure (rounds append to the same figure). */
  add(name: FigureName, samples: readonly number[]): void;
  /** Runs one measurement; an error is recorded under `label` and the run goes on. */
  attempt(label: string, measure: () => Promise<void>): Promise<void>;
}

export function createCollector(log: (line: string) => void): Collector {
  const samples = new Map<FigureName, number[]>();
  const figures: Figures = {};
  const errors: string[] = [];
  return {
    figures,
    errors,
    add(name, more) {
      if (more.length === 0) throw new Error(`${name}: no samples`);
      const all = [...(samples.get(name) ?? []), ...more];
      samples.set(name, all);
      figures[name] = summarize(all);
    },
    async attempt(label, measure) {
      const started = performance.now();
      try {
        await measure();
        log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        errors.push(`${label}: ${message}`);
        log(`  ${label}: FAILED: ${message}`);
      }
    },
  };
}
