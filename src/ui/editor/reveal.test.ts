import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../bundler';
import { onRevealRequest, revealDiagnostic, takeReveal } from './reveal';

const problem: Diagnostic = {
  file: 'lib/util.ts',
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 4,
  message: 'Unexpected "}"',
  severity: 'error',
};

describe(takeReveal, () => {
  it('hands the request over once, and only for its own file', () => {
    let calls = 0;
    const stop = onRevealRequest(() => (calls += 1));
    revealDiagnostic(problem);
    stop();
    revealDiagnostic(problem);
    expect(calls).toBe(1);
    expect(takeReveal('index.ts')).toBeNull();
    expect(takeReveal('lib/util.ts')).toBe(problem);
    expect(takeReveal('lib/util.ts')).toBeNull();
  });
});
