import { describe, expect, it } from 'vitest';
import {
  FLOOD_NOTE,
  MAX_LINE_CHARS,
  MAX_LINES_PER_REQUEST,
  TRUNCATED_MARK,
  createLogBudget,
} from './log-budget';

describe(createLogBudget, () => {
  it('passes lines through until the request’s 1,000th, then notes once and drops the rest', () => {
    const budget = createLogBudget();
    const kinds = Array.from({ length: MAX_LINES_PER_REQUEST + 3 }, () => budget.admit('x').kind);
    expect(kinds.filter((kind) => kind === 'line')).toHaveLength(1000);
    expect(kinds.slice(-3)).toEqual(['note', 'drop', 'drop']);
    budget.reset();
    expect(budget.admit('next request')).toEqual({ kind: 'line', message: 'next request' });
  });

  it('stops after 1 MB of text even in few lines', () => {
    const budget = createLogBudget();
    const line = 'y'.repeat(200_000);
    const kinds = Array.from({ length: 7 }, () => budget.admit(line).kind);
    expect(kinds.indexOf('note')).toBe(5);
    expect(FLOOD_NOTE).toBe(
      '[playground] This request wrote more than 1,000 lines or 1 MB of logs; the rest are not shown, so the page stays responsive (CloudWatch would keep them).',
    );
  });

  it('cuts a line at CloudWatch’s 256 KB event size and says so', () => {
    const admitted = createLogBudget().admit('z'.repeat(300_000));
    expect(admitted.kind).toBe('line');
    const message = admitted.kind === 'line' ? admitted.message : '';
    expect(message.length).toBe(262_118 + TRUNCATED_MARK.length);
    expect(message.endsWith(`z${TRUNCATED_MARK}`)).toBe(true);
    expect(MAX_LINE_CHARS).toBe(262_118);
  });
});
