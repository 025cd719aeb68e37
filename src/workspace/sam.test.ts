import { describe, expect, it } from 'vitest';
import { samDefaultSettings } from '../share/sam-defaults';
import { richScenario } from '../share/testing/sam-scenario';
import { defaultWorkspace, DEFAULT_HANDLER_SOURCE, DEFAULT_TEST_EVENT } from './model';
import { samScenarioOf, workspaceOfSam } from './sam';

describe('samScenarioOf', () => {
  it('names the default workspace’s function, its $default route and test event', () => {
    expect(samScenarioOf(defaultWorkspace())).toEqual({
      functions: [
        {
          name: 'add-numbers',
          ...samDefaultSettings(),
          files: { 'index.ts': DEFAULT_HANDLER_SOURCE },
          testEvent: DEFAULT_TEST_EVENT,
        },
      ],
      http: {
        front: 'http-api',
        routes: [{ routeKey: '$default', functionName: 'add-numbers' }],
        urlFunctionName: 'add-numbers',
      },
      schedules: [],
      buckets: [],
      topics: [],
      queues: [],
    });
  });
});

describe('workspaceOfSam', () => {
  it('gives every function, bucket, topic and queue an id, and exports back unchanged', () => {
    const opened = workspaceOfSam(richScenario());
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.notes).toEqual([]);
    const { workspace } = opened;
    expect(workspace.functions.map((fn) => [fn.id, fn.config.name, fn.activeFile])).toEqual([
      ['fn-1', 'add-numbers', 'index.ts'],
      ['fn-2', 'worker', 'app.js'],
    ]);
    expect(workspace.queues.map((q) => [q.id, q.redrive, q.mapping?.functionId])).toEqual([
      ['queue-1', null, 'fn-2'],
      ['queue-2', { deadLetterQueueId: 'queue-3', maxReceiveCount: 3 }, 'fn-1'],
      ['queue-3', null, undefined],
      ['queue-4', null, undefined],
    ]);
    expect(workspace.topics).toEqual([
      { id: 'topic-1', name: 'orders', subscriberIds: ['fn-1', 'fn-2'] },
    ]);
    expect(workspace.load.functionId).toBe('fn-1');
    expect(samScenarioOf(workspace)).toEqual(richScenario());
  });

  it('runs what the playground cannot emulate on the nearest setting, and says so', () => {
    const scenario = richScenario();
    const fn = scenario.functions[0]!;
    Object.assign(fn, {
      runtime: 'nodejs20.x',
      architecture: 'sparc',
      memoryMB: 64,
      timeoutSec: 3600,
    });
    fn.files['../escape.js'] = '';
    const opened = workspaceOfSam(scenario);
    if (!opened.ok) throw new Error(opened.message);
    const { config, files } = opened.workspace.functions[0]!;
    expect([config.runtime, config.architecture, config.memoryMB, config.timeoutSec]).toEqual([
      'nodejs22.x',
      'x86_64',
      128,
      900,
    ]);
    expect(Object.keys(files)).toEqual(['index.ts']);
    expect(opened.notes).toEqual([
      'add-numbers: runtime nodejs20.x is not emulated; it runs on nodejs22.x.',
      'add-numbers: left out "../escape.js" (Use letters, digits, ".", "-", "_" and "/" between folders.)',
    ]);
  });

  it('refuses a function without source files', () => {
    const scenario = richScenario();
    scenario.functions[1]!.files = {};
    expect(workspaceOfSam(scenario)).toEqual({
      ok: false,
      message: 'Function "worker" has no source file the playground can open.',
    });
  });

  it('refuses functions whose files were all left out, naming each and why', () => {
    const scenario = richScenario();
    scenario.functions[0]!.files = { 'app.rb': 'def handler(event:, context:) end' };
    scenario.functions[1]!.files = { '../x.js': '', ['__proto__']: '' };
    expect(workspaceOfSam(scenario)).toEqual({
      ok: false,
      message: [
        'Functions "add-numbers", "worker" have no source file the playground can open.',
        'add-numbers: left out "app.rb" (End the name with one of .ts, .mts, .cts, .js, .mjs, .cjs, .json, .py.)',
        'worker: left out "../x.js" (Use letters, digits, ".", "-", "_" and "/" between folders.)',
        'worker: left out "__proto__" (End the name with one of .ts, .mts, .cts, .js, .mjs, .cjs, .json, .py.)',
      ].join(' '),
    });
  });
});
