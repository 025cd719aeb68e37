// A workspace's destinations and event buses survive a save and a reload, and a save that lies
// about them (a hand-edited backup, an import) cannot put anything but their shape into the app.
import { describe, expect, it } from 'vitest';
import { defaultFunctionConfig } from '../engine';
import { openLibrary, readRecord, writeRecord } from './library-storage';
import type { EventBusDraft, SavedWorkspace } from './model';
import { completeWorkspace, defaultWorkspace } from './model';
import { memoryStorage } from './testing/memory-storage';

const BUSES: EventBusDraft[] = [
  {
    id: 'bus-1',
    name: 'default',
    rules: [
      {
        id: 'rule-1',
        name: 'results',
        pattern: '{"source":["lambda"]}',
        enabled: true,
        targets: [{ type: 'lambda', targetId: 'fn-1' }],
      },
    ],
  },
];

function withDestinations(): SavedWorkspace {
  const workspace = defaultWorkspace();
  const [fn] = workspace.functions;
  return {
    ...workspace,
    functions: [
      {
        ...fn!,
        config: defaultFunctionConfig('add-numbers', {
          onSuccess: { type: 'eventbridge', name: 'default' },
          onFailure: { type: 'sns', name: 'alerts' },
          deadLetter: { type: 'sns', name: 'dead-letters' },
        }),
      },
    ],
    eventBuses: BUSES,
  };
}

describe('saved destinations and event buses', () => {
  it('round-trip through the library', () => {
    const storage = memoryStorage();
    const saved = withDestinations();
    writeRecord(storage, 'w1', { name: 'W', updatedAt: 1, revision: 1, workspace: saved });
    const read = readRecord(storage, 'w1');
    expect(read.ok && read.value?.workspace).toEqual(saved);
    const opened = openLibrary(storage, 2, () => 'new');
    expect(opened.workspace.functions[0]?.config).toMatchObject({
      onSuccess: { type: 'eventbridge', name: 'default' },
      onFailure: { type: 'sns', name: 'alerts' },
      deadLetter: { type: 'sns', name: 'dead-letters' },
    });
    expect(opened.workspace.eventBuses).toEqual(BUSES);
  });

  it('opens a save from before them, with its SQS-only fields as they were', () => {
    const old = defaultWorkspace() as SavedWorkspace & { eventBuses?: unknown };
    delete old.eventBuses;
    old.functions[0]!.config = defaultFunctionConfig('add-numbers', {
      deadLetterQueue: 'dlq',
      onFailureDestination: 'records',
    });
    const opened = completeWorkspace(old);
    expect(opened.eventBuses).toEqual([]);
    expect(opened.functions[0]?.config).toMatchObject({
      deadLetterQueue: 'dlq',
      onFailureDestination: 'records',
    });
    expect(opened.functions[0]?.config).not.toHaveProperty('onFailure');
  });

  it('keeps only the shape from a hostile save', () => {
    const hostile = JSON.parse(
      JSON.stringify({
        ...withDestinations(),
        eventBuses: [
          BUSES[0],
          // A second bus with the same id, one with no name, and junk.
          { id: 'bus-1', name: 'again', rules: [] },
          { id: 'bus-2' },
          'junk',
          {
            id: 'bus-3',
            name: 'ops',
            rules: [
              { id: 'r', name: 'n', pattern: '{}', enabled: 'yes', targets: [] },
              {
                id: 'r2',
                name: 'n2',
                pattern: '{}',
                enabled: false,
                targets: [
                  { type: 'lambda', targetId: 'fn-1', extra: 'dropped' },
                  { type: 'ec2', targetId: 'i-1' },
                  { type: 'sqs' },
                ],
              },
            ],
          },
        ],
      }),
    ) as SavedWorkspace;
    const config = hostile.functions[0]!.config as unknown as Record<string, unknown>;
    config.onSuccess = { type: 'ftp', name: 'x' };
    config.onFailure = { type: 'sqs', name: 7 };
    config.deadLetter = JSON.parse('{"__proto__":{"polluted":true},"type":"sqs","name":"q"}');
    const opened = completeWorkspace(hostile);
    expect(opened.eventBuses).toEqual([
      BUSES[0],
      {
        id: 'bus-3',
        name: 'ops',
        rules: [
          {
            id: 'r2',
            name: 'n2',
            pattern: '{}',
            enabled: false,
            targets: [{ type: 'lambda', targetId: 'fn-1' }],
          },
        ],
      },
    ]);
    const decoded = opened.functions[0]!.config;
    expect(decoded).not.toHaveProperty('onSuccess');
    expect(decoded).not.toHaveProperty('onFailure');
    expect(decoded.deadLetter).toEqual({ type: 'sqs', name: 'q' });
    expect(Object.getPrototypeOf(decoded.deadLetter)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
