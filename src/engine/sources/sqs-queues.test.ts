import { describe, expect, it } from 'vitest';
import { setupPlatform, T0, testBundle, testConfig } from '../testing/platform-fixture';

describe('sendMessage', () => {
  it('keeps messages in order with their attributes until something receives them', () => {
    const { platform, ofType } = setupPlatform();
    platform.createQueue({ name: 'jobs' });
    const first = platform.sendMessage('jobs', {
      body: 'a',
      attributes: { kind: { dataType: 'String', value: 'x' } },
    });
    const second = platform.sendMessage('jobs', { body: 'b' });
    expect(platform.listMessages('jobs')).toEqual([
      {
        messageId: first,
        body: 'a',
        attributes: { kind: { dataType: 'String', value: 'x' } },
        sentAt: T0,
        receiveCount: 0,
        firstReceivedAt: null,
        state: 'visible',
        visibleAt: T0,
      },
      expect.objectContaining({ messageId: second, body: 'b' }),
    ]);
    expect(ofType('sqs-sent').map((e) => e.messageId)).toEqual([first, second]);
  });

  it('refuses empty bodies, FIFO messages without a group and unknown queues', () => {
    const { platform } = setupPlatform();
    platform.createQueue({ name: 'jobs' });
    platform.createQueue({ name: 'jobs.fifo', fifo: true });
    expect(() => platform.sendMessage('jobs', { body: '' })).toThrow(
      'A message body must not be empty.',
    );
    expect(() => platform.sendMessage('jobs.fifo', { body: 'x' })).toThrow(
      'jobs.fifo is a FIFO queue: a message needs a group id.',
    );
    expect(() => platform.sendMessage('nope', { body: 'x' })).toThrow(
      expect.objectContaining({ code: 'AWS.SimpleQueueService.NonExistentQueue' }),
    );
    expect(() => platform.sendMessage('jobs', { body: 'x'.repeat(1_048_577) })).toThrow(
      /at most 1 MiB/,
    );
  });
});

describe('createQueue', () => {
  it('refuses what CreateQueue refuses', () => {
    const { platform } = setupPlatform();
    const problem = (run: () => void) => {
      try {
        run();
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    };
    platform.createQueue({ name: 'dlq' });
    expect(problem(() => platform.createQueue({ name: 'dlq' }))).toBe(
      'A queue named dlq already exists.',
    );
    expect(problem(() => platform.createQueue({ name: 'a b' }))).toBe(
      'A queue name is 1–80 letters, digits, hyphens (-) or underscores (_).',
    );
    expect(problem(() => platform.createQueue({ name: 'orders', fifo: true }))).toMatch(
      /followed by \.fifo/,
    );
    expect(
      problem(() => platform.createQueue({ name: 'q', visibilityTimeoutSec: 43_201 })),
    ).toMatch(/43,200/);
    expect(problem(() => platform.createQueue({ name: 'q', maxReceiveCount: 3 }))).toBe(
      'A redrive policy needs both a dead-letter queue and a maximum receive count.',
    );
    expect(
      problem(() =>
        platform.createQueue({ name: 'q', maxReceiveCount: 0, deadLetterQueue: 'dlq' }),
      ),
    ).toMatch(/1 to 1,000/);
    expect(
      problem(() =>
        platform.createQueue({
          name: 'q.fifo',
          fifo: true,
          maxReceiveCount: 3,
          deadLetterQueue: 'dlq',
        }),
      ),
    ).toBe('The dead-letter queue of a FIFO queue must be FIFO too.');
    expect(
      problem(() =>
        platform.createQueue({ name: 'q', maxReceiveCount: 3, deadLetterQueue: 'dlq' }),
      ),
    ).toBeNull();
  });
});

describe('deleteQueue', () => {
  it('takes its messages and its event source mappings with it, and says so', () => {
    const { platform, ofType } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    platform.createQueue({ name: 'jobs' });
    const mapping = platform.createEventSourceMapping({ queue: 'jobs', functionName: 'add' });
    platform.sendMessage('jobs', { body: 'a' });
    platform.deleteQueue('jobs');
    expect(
      ofType('resource').map(({ kind, name, action, note }) => [kind, name, action, note]),
    ).toEqual([
      ['queue', 'jobs', 'created', undefined],
      ['event-source-mapping', mapping, 'created', 'jobs → add'],
      ['event-source-mapping', mapping, 'deleted', undefined],
      ['queue', 'jobs', 'deleted', '1 message(s) deleted with the queue'],
    ]);
    expect(platform.snapshot()).toMatchObject({ queues: [], eventSourceMappings: [] });
  });
});
