import { describe, expect, it } from 'vitest';
import { defaultFunctionConfig } from '../../engine';
import type { FunctionDraft } from '../../workspace/model';
import { reservationProblemOf } from './reservations';

function draft(id: string, reservedConcurrency: number | null): FunctionDraft {
  const config = defaultFunctionConfig(`fn-${id}`, { reservedConcurrency });
  return { id, config, files: {}, activeFile: 'index.ts', testEvent: '{}' };
}

describe(reservationProblemOf, () => {
  it('adds up every function of the workspace against the account’s 1,000', () => {
    const functions = [draft('a', 600), draft('b', null), draft('c', 300)];
    expect(reservationProblemOf(functions, 'c')).toBeNull();
    const over = [draft('a', 600), draft('b', null), draft('c', 301)];
    expect(reservationProblemOf(over, 'c')).toBe(
      "Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].",
    );
    // The unreserved function is never the one refused.
    expect(reservationProblemOf(over, 'b')).toBeNull();
  });
});
