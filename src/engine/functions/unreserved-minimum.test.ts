import { describe, expect, it } from 'vitest';
import { reservationProblem, unreservedMinimum } from './unreserved-minimum';

const MESSAGE =
  "Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].";

describe(reservationProblem, () => {
  const others = [
    { name: 'a', reservedConcurrency: 500 },
    { name: 'b', reservedConcurrency: null },
    { name: 'c', reservedConcurrency: 300 },
  ];

  it('lets reservations take all but 100 of the account, together', () => {
    expect(reservationProblem({ name: 'd', reservedConcurrency: 100 }, others, 1000)).toBeNull();
    expect(reservationProblem({ name: 'd', reservedConcurrency: 101 }, others, 1000)).toBe(MESSAGE);
    expect(reservationProblem({ name: 'd', reservedConcurrency: 901 }, [], 1000)).toBe(MESSAGE);
  });

  it('has nothing to say of an unreserved function, or of its own earlier reservation', () => {
    expect(reservationProblem({ name: 'd', reservedConcurrency: null }, others, 100)).toBeNull();
    expect(reservationProblem({ name: 'a', reservedConcurrency: 600 }, others, 1000)).toBeNull();
  });

  it('keeps a smaller account whole, and names its own minimum', () => {
    expect(unreservedMinimum(50)).toBe(50);
    expect(reservationProblem({ name: 'd', reservedConcurrency: 1 }, [], 50)).toBe(
      MESSAGE.replace('[100]', '[50]'),
    );
  });
});
