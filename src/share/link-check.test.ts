import { describe, expect, it } from 'vitest';
import { scenarioProblem } from './link-check';

const fn = (id: string, name = id) => ({ id, config: { name } });

describe('scenarioProblem', () => {
  it('accepts the smallest scenario: one function with a name', () => {
    expect(scenarioProblem({ functions: [fn('fn-1')] })).toBeNull();
  });

  it('names the path of a wrong type, a missing field and an unknown field', () => {
    expect(
      scenarioProblem({ functions: [{ id: 'a', config: { name: 'a', memoryMB: '128' } }] }),
    ).toBe('scenario.functions[0].config.memoryMB should be a number, not string "128"');
    expect(scenarioProblem({ functions: [{ id: 'a', config: {} }] })).toBe(
      'scenario.functions[0].config.name is missing',
    );
    expect(scenarioProblem({ functions: [fn('a')], logs: [] })).toBe(
      'scenario has an unknown field "logs"',
    );
    expect(scenarioProblem([])).toBe('scenario should be an object, not a list');
  });

  it('refuses a scenario with no function, or two with one id or name', () => {
    expect(scenarioProblem({ functions: [] })).toBe('the scenario has no functions');
    expect(scenarioProblem({ functions: [fn('a'), fn('a', 'b')] })).toBe(
      'the function id "a" appears twice',
    );
    expect(scenarioProblem({ functions: [fn('a', 'x'), fn('b', 'x')] })).toBe(
      'the function name "x" appears twice',
    );
  });

  it('refuses references to functions and queues that are not there', () => {
    const schedule = {
      id: 's',
      name: 's',
      expression: 'rate(1 minute)',
      functionId: 'b',
      enabled: true,
    };
    expect(scenarioProblem({ functions: [fn('a')], schedules: [schedule] })).toBe(
      'schedules[0] names a function the scenario does not have ("b")',
    );
    const queue = {
      id: 'q',
      name: 'q',
      fifo: false,
      visibilityTimeoutSec: 30,
      redrive: { deadLetterQueueId: 'dlq', maxReceiveCount: 3 },
      mapping: null,
    };
    expect(scenarioProblem({ functions: [fn('a')], queues: [queue] })).toBe(
      'queues[0].redrive names a queue the scenario does not have ("dlq")',
    );
    expect(
      scenarioProblem({ functions: [{ ...fn('a'), files: { 'a.ts': '' }, activeFile: 'b.ts' }] }),
    ).toBe('functions[0].activeFile names a file the function does not have');
  });
});
