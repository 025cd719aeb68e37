// Handlers that flood, overflow, recurse or reach for the network end as Lambda's runtime ends them.
import { describe, expect, it } from 'vitest';
import { createLambdaRuntime } from './lambda-runtime';
import { FLOOD_NOTE } from './log-budget';
import { NETWORK_OFF_MESSAGE } from './network-guard';
import { RuntimeHarness } from './testing/runtime-harness';

describe(createLambdaRuntime, () => {
  it('shows the first 1,000 lines of a log flood, then one note, and still answers', async () => {
    const harness = new RuntimeHarness();
    await harness.start(
      "exports.handler = async () => { for (let i = 0; i < 5000; i++) console.log('line', i); return 'done'; };",
    );
    expect(await harness.invoke({})).toMatchObject({ kind: 'ok', payload: '"done"' });
    expect(harness.lines).toHaveLength(1001);
    expect(harness.lines[999]).toBe('INFO req-1 line 999');
    expect(harness.lines[1000]).toBe(`WARN req-1 ${FLOOD_NOTE}`);
    // The next request has its own budget.
    await harness.invoke({}, 'req-2');
    expect(harness.lines[1001]).toBe('INFO req-2 line 0');
  });

  it('fails a response over 6 MB with Function.ResponseSizeTooLarge, ending the runtime', async () => {
    const harness = new RuntimeHarness();
    await harness.start("exports.handler = async () => 'x'.repeat(6_291_555);");
    expect(await harness.invoke({})).toMatchObject({
      kind: 'error',
      fatal: true,
      error: {
        errorType: 'Function.ResponseSizeTooLarge',
        errorMessage:
          'Response payload size (6291557 bytes) exceeded maximum allowed payload size (6291556 bytes).',
        trace: [],
      },
    });
  });

  it('reports endless recursion as the RangeError Node throws', async () => {
    const harness = new RuntimeHarness();
    await harness.start(
      'const deep = (n) => deep(n + 1) + 1; exports.handler = async () => deep(0);',
    );
    const outcome = await harness.invoke({});
    expect(outcome.kind === 'error' ? [outcome.fatal, outcome.error.errorType] : outcome).toEqual([
      false,
      'RangeError',
    ]);
    expect(outcome.kind === 'error' && outcome.error.errorMessage).toBe(
      'Maximum call stack size exceeded',
    );
  });

  it('answers null for a returned function or symbol, as JSON has no text for them', async () => {
    const harness = new RuntimeHarness();
    await harness.start(
      'exports.handler = async (event) => (event.symbol ? Symbol("s") : () => 1);',
    );
    expect(await harness.invoke({ symbol: true })).toMatchObject({ kind: 'ok', payload: 'null' });
    expect(await harness.invoke({ symbol: false }, 'req-2')).toMatchObject({
      kind: 'ok',
      payload: 'null',
    });
  });

  it('refuses fetch while internet access is off, and has no nested Worker or importScripts', async () => {
    const harness = new RuntimeHarness();
    harness.scope.fetch = () => Promise.resolve('network');
    await harness.start(
      "exports.handler = async () => [typeof Worker, typeof importScripts, await fetch('https://example.com').catch((e) => e.message)];",
    );
    expect(await harness.invoke({})).toMatchObject({
      kind: 'ok',
      payload: JSON.stringify(['undefined', 'undefined', NETWORK_OFF_MESSAGE]),
    });
  });

  it('lets fetch through with internet access on', async () => {
    const harness = new RuntimeHarness();
    harness.scope.fetch = () => Promise.resolve('network');
    await harness.start('exports.handler = () => fetch("https://example.com");', {
      internetAccess: true,
    });
    expect(await harness.invoke({})).toMatchObject({ kind: 'ok', payload: '"network"' });
  });
});
