// The `process` a handler sees: a Node-like surface over Lambda's variables.
import { describe, expect, it } from 'vitest';
import { createProcess } from './process-shim';
import { testConfig } from '../testing/bundles';

describe(createProcess, () => {
  function setup() {
    const exits: number[] = [];
    const writes: string[] = [];
    let clock = 1500.25;
    const process = createProcess({
      config: testConfig({ architecture: 'arm64' }),
      env: { A: '1' },
      exit: (code) => {
        exits.push(code);
        throw new Error('exited');
      },
      nextTick: () => undefined,
      now: () => clock,
      write: (stream, text) => writes.push(`${stream}:${text}`),
    });
    return { process, exits, writes, advance: (ms: number) => (clock += ms) };
  }

  it('describes a Node 22 process on linux', () => {
    const { process } = setup();
    expect([
      process.version,
      process.versions.node,
      process.platform,
      process.arch,
      process.cwd(),
    ]).toEqual(['v22.12.0', '22.12.0', 'linux', 'arm64', '/var/task']);
  });

  it('exits with the given code, else exitCode, else 0', () => {
    const { process, exits } = setup();
    expect(() => process.exit(4)).toThrow('exited');
    (process as { exitCode?: number }).exitCode = 2;
    expect(() => process.exit()).toThrow('exited');
    expect(exits).toEqual([4, 2]);
  });

  it('measures time with hrtime and uptime', () => {
    const { process, advance } = setup();
    const start = process.hrtime();
    advance(1250.5);
    expect(process.hrtime(start)).toEqual([1, 250_500_000]);
    expect(process.uptime()).toBe(1.2505);
    expect(process.hrtime.bigint()).toBe(2_750_750_000n);
  });

  it('forwards stream writes and accepts listeners without effect', () => {
    const { process, writes } = setup();
    process.stdout.write('out\n');
    process.stderr.write('err');
    process.on('unhandledRejection', () => undefined);
    expect(writes).toEqual(['stdout:out\n', 'stderr:err']);
    expect(process.listenerCount('unhandledRejection')).toBe(1);
  });
});
