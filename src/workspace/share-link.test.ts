import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LinkScenario } from '../share';
import { decodeScenario, encodeScenario, scenarioProblem } from '../share';
import { FIXTURE_V1_LINK } from '../share/testing/link-fixture';
import { speedArbitrary, workspaceArbitrary } from './testing/arbitrary';
import { DEFAULT_LOAD_TARGET } from './load-targets';
import { scenarioOf, workspaceOf } from './share-link';
import type { Workspace } from './model';
import { createFunctionDraft, defaultWorkspace } from './model';

/** The workspace a link opens as, or the problem the learner is told. */
function open(text: string) {
  const decoded = decodeScenario(text);
  return decoded.ok ? workspaceOf(decoded.scenario) : decoded;
}

/** A workspace the app can hold: its full form passes the link's schema and the domain checks. */
function expectValid(workspace: Workspace): void {
  expect(scenarioProblem(workspace)).toBeNull();
  expect(workspaceOf(workspace as LinkScenario).ok).toBe(true);
}

describe('scenarioOf', () => {
  it('leaves out everything a new workspace has by default', () => {
    expect(scenarioOf(defaultWorkspace(), 1)).toEqual({
      functions: [{ id: 'fn-1', config: { name: 'add-numbers' } }],
    });
  });

  it('keeps changed settings, files, the load pattern and the speed', () => {
    const workspace = defaultWorkspace();
    const fn = workspace.functions[0]!;
    workspace.functions = [
      {
        ...fn,
        config: { ...fn.config, memoryMB: 256, internetAccess: true },
        files: { 'main.ts': 'x' },
        activeFile: 'main.ts',
      },
    ];
    workspace.load = { ...workspace.load, pattern: { ...workspace.load.pattern, seed: 7 } };
    expect(scenarioOf(workspace, 5)).toEqual({
      functions: [
        { id: 'fn-1', config: { name: 'add-numbers', memoryMB: 256 }, files: { 'main.ts': 'x' } },
      ],
      load: { pattern: { seed: 7 } },
      speed: 5,
    });
  });

  it('carries a load test aimed at any trigger, and opens it again', () => {
    const workspace = defaultWorkspace();
    const target = { ...DEFAULT_LOAD_TARGET, kind: 'http', method: 'POST', path: '/x' } as const;
    workspace.load = { ...workspace.load, target };
    const decoded = decodeScenario(encodeScenario(scenarioOf(workspace, 1)));
    expect(decoded.ok && workspaceOf(decoded.scenario)).toMatchObject({
      ok: true,
      workspace: { load: { target: { kind: 'http', method: 'POST', path: '/x' } } },
    });
  });
});

describe('workspaceOf', () => {
  it('opens a new workspace from the smallest scenario', () => {
    expect(workspaceOf({ functions: [{ id: 'fn-1', config: { name: 'add-numbers' } }] })).toEqual({
      ok: true,
      workspace: {
        ...defaultWorkspace(),
        functions: [{ ...defaultWorkspace().functions[0], savedEvents: {} }],
      },
      speed: 1,
    });
  });

  it('carries provisioned concurrency through a link', () => {
    const workspace = defaultWorkspace();
    const fn = workspace.functions[0]!;
    workspace.functions = [{ ...fn, config: { ...fn.config, provisionedConcurrency: 3 } }];
    const scenario = scenarioOf(workspace, 1);
    expect(scenario.functions[0]!.config).toEqual({
      name: 'add-numbers',
      provisionedConcurrency: 3,
    });
    const opened = open(encodeScenario(scenario));
    if (!opened.ok) throw new Error(opened.problem);
    expect(opened.workspace.functions[0]!.config).toEqual(workspace.functions[0]!.config);
  });

  it('carries a Python function: its runtime, handler, files and test event', () => {
    const workspace = defaultWorkspace();
    const python = createFunctionDraft('fn-2', 'hello-py', 'python3.14');
    workspace.functions.push(python);
    workspace.selectedId = python.id;

    const [, linked] = scenarioOf(workspace, 1).functions;
    expect(linked).toEqual({
      id: 'fn-2',
      config: {
        name: 'hello-py',
        runtime: 'python3.14',
        handler: 'lambda_function.lambda_handler',
      },
      files: python.files,
      testEvent: python.testEvent,
    });
    const opened = open(encodeScenario(scenarioOf(workspace, 1)));
    if (!opened.ok) throw new Error(opened.problem);
    expect(opened.workspace.functions[1]).toEqual({ ...python, savedEvents: {} });
    expect(opened.workspace.selectedId).toBe('fn-2');
  });

  it('round-trips every kind of workspace through a link', () => {
    fc.assert(
      fc.property(workspaceArbitrary, speedArbitrary, (workspace, speed) => {
        expect(open(encodeScenario(scenarioOf(workspace, speed)))).toEqual({
          ok: true,
          workspace,
          speed,
        });
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('refuses what the engine or the editor cannot take, saying what', () => {
    const fn = (
      config: LinkScenario['functions'][0]['config'],
      files?: Record<string, string>,
    ) => ({
      functions: [{ id: 'a', config, ...(files && { files }) }],
    });
    expect(workspaceOf(fn({ name: 'a', runtime: 'python3.13' }))).toEqual({
      ok: false,
      problem: 'The link\'s scenario is not valid: a has an unknown runtime "python3.13".',
    });
    expect(workspaceOf(fn({ name: 'a' }, { '../etc/passwd.ts': '' }))).toEqual({
      ok: false,
      problem:
        'The link\'s scenario is not valid: a\'s file "../etc/passwd.ts" cannot be opened: Use letters, digits, ".", "-", "_" and "/" between folders..',
    });
    expect(workspaceOf({ ...fn({ name: 'a' }), speed: 3 })).toEqual({
      ok: false,
      problem: "The link's scenario is not valid: the speed 3× is not offered.",
    });
  });

  it('opens names and ids like __proto__ and constructor as exactly those names', () => {
    const scenario: LinkScenario = {
      functions: [
        {
          id: '__proto__',
          config: {
            name: 'constructor',
            environment: Object.fromEntries([
              ['__proto__', 'own'],
              ['toString', 'also own'],
            ]),
          },
          files: { 'index.ts': 'export const handler = async () => 1;' },
          savedEvents: Object.fromEntries([['__proto__', '{}']]),
        },
        { id: 'toString', config: { name: '__proto__' } },
      ],
      buckets: [{ id: 'constructor', name: 'constructor', notifications: [] }],
      topics: [{ id: 'valueOf', name: 'hasOwnProperty', subscriberIds: ['__proto__'] }],
    };
    const opened = open(encodeScenario(scenario));
    if (!opened.ok) throw new Error(opened.problem);
    const [first, second] = opened.workspace.functions;
    expect([first!.id, first!.config.name, second!.id, second!.config.name]).toEqual([
      '__proto__',
      'constructor',
      'toString',
      '__proto__',
    ]);
    expect(Object.entries(first!.config.environment)).toEqual([
      ['__proto__', 'own'],
      ['toString', 'also own'],
    ]);
    expect(Object.getPrototypeOf(first!.config.environment)).toBe(Object.prototype);
    expect(scenarioOf(opened.workspace, 1)).toEqual(scenario);
  });

  it('opens the frozen version 1 link as a valid workspace', () => {
    const opened = open(FIXTURE_V1_LINK);
    expect(opened.ok).toBe(true);
    if (opened.ok) expectValid(opened.workspace);
  });

  it('never yields an invalid workspace from a mutated link', () => {
    fc.assert(
      fc.property(
        workspaceArbitrary,
        fc.nat(),
        fc.nat(3),
        fc.string({ maxLength: 3 }),
        (workspace, at, cut, insert) => {
          const link = encodeScenario(scenarioOf(workspace, 1));
          const where = at % (link.length + 1);
          const opened = open(link.slice(0, where) + insert + link.slice(where + cut));
          if (opened.ok) expectValid(opened.workspace);
          else expect(opened.problem).toMatch(/^The link/);
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});
