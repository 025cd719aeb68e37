// os's CPU count follows Lambda's memory steps; worker_threads says what it cannot do.
import { describe, expect, it } from 'vitest';
import { createOsModule, vcpusFor } from './os';
import { workerThreadsModule } from './worker-threads';

describe('os', () => {
  it('reports the vCPUs Lambda gives each memory size', () => {
    expect(
      [128, 1769, 3008, 3009, 5307, 5308, 7076, 7077, 8845, 8846, 10_240].map(vcpusFor),
    ).toEqual([2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6]);
  });

  it('describes Linux on the function’s architecture', () => {
    const os = createOsModule({
      config: { memoryMB: 1769, architecture: 'x86_64' },
      startedAt: 0,
      now: () => 61_500,
    });
    expect([os.platform(), os.type(), os.arch(), os.tmpdir(), os.EOL]).toEqual([
      'linux',
      'Linux',
      'x64',
      '/tmp',
      '\n',
    ]);
    expect(os.totalmem()).toBe(1769 * 1024 * 1024);
    expect(os.uptime()).toBe(61);
    expect(os.cpus()).toHaveLength(2);
  });
});

describe('worker_threads', () => {
  it('is the main thread, and a Worker fails naming the limit', () => {
    expect(workerThreadsModule).toMatchObject({
      isMainThread: true,
      threadId: 0,
      parentPort: null,
    });
    expect(() => new workerThreadsModule.Worker()).toThrow(/cannot start more threads/);
  });
});
