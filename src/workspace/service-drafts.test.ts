// Web apps in the workspace: the starter, what ECS refuses, and reading saves as untrusted data.
import { describe, expect, it } from 'vitest';
import { completeWorkspace, defaultWorkspace } from './model';
import type { SavedWorkspace } from './model';
import {
  decodeServices,
  memoryChoices,
  newServiceDraft,
  SERVICE_ENTRY_FILE,
  serviceProblem,
  taskDefinitionInputOf,
} from './service-drafts';

describe(newServiceDraft, () => {
  it('names a new web app after the ones the workspace has, with a server that reads PORT and the Web Function endpoint', () => {
    const first = newServiceDraft([]);
    expect([first.id, first.name, first.runAs]).toEqual(['svc-1', 'web-app-1', 'fargate']);
    expect(first.files[SERVICE_ENTRY_FILE]).toContain('process.env.PORT');
    expect(first.files[SERVICE_ENTRY_FILE]).toContain('AWS_LAMBDA_HTTP_ENDPOINT');
    expect(newServiceDraft([first]).name).toBe('web-app-2');
    expect(serviceProblem(first)).toBeNull();
  });
});

describe(serviceProblem, () => {
  const app = newServiceDraft([]);
  it("refuses a CPU/memory pair Fargate does not offer with ECS's message", () => {
    expect(serviceProblem({ ...app, cpu: 256, memory: 4096 })).toBe(
      "ClientException: Invalid 'cpu' setting for task.",
    );
    expect(serviceProblem({ ...app, cpu: 1024, memory: 4096 })).toBeNull();
  });
  it('refuses counts out of order, a bad name, a taken name and a bad health check path', () => {
    expect(serviceProblem({ ...app, minCount: 3, maxCount: 2, desiredCount: 2 })).toBe(
      'Minimum tasks must not exceed Maximum tasks.',
    );
    expect(serviceProblem({ ...app, desiredCount: 5, maxCount: 4 })).toBe(
      'Desired tasks must be between Minimum tasks and Maximum tasks.',
    );
    expect(serviceProblem({ ...app, name: 'my app' })).toMatch(/^The service name/);
    expect(serviceProblem(app, [{ ...app, id: 'svc-9' }])).toBe(
      'Another web app is already named web-app-1.',
    );
    expect(serviceProblem({ ...app, healthCheckPath: 'health' })).toMatch(/health check path/);
  });
  it("checks a Web Function's settings as the lambda-web API does, not the task definition's", () => {
    const fn = { ...app, runAs: 'web-function' as const };
    expect([fn.maxConcurrencyPerEnvironment, fn.maxEnvironments, fn.timeoutSeconds]).toEqual([
      64, 10, 30,
    ]);
    expect(serviceProblem(fn)).toBeNull();
    // A task size Fargate refuses does not matter to a Web Function.
    expect(serviceProblem({ ...fn, cpu: 256, memory: 4096 })).toBeNull();
    expect(serviceProblem({ ...fn, maxConcurrencyPerEnvironment: 129 })).toBe(
      'maxConcurrencyPerEnvironment must be a whole number from 1 to 128, got 129.',
    );
    expect(serviceProblem({ ...fn, timeoutSeconds: 2 })).toBe(
      'timeoutSeconds must be a whole number from 3 to 900, got 2.',
    );
    expect(serviceProblem({ ...fn, maxEnvironments: 1 })).toMatch(
      /^Maximum environments must be a whole number from 2 to 10 here/,
    );
    expect(serviceProblem({ ...fn, name: 'x'.repeat(65) })).toBe(
      'The function name must be 1–64 characters, got 65.',
    );
  });
  it('makes the task definition from the settings', () => {
    expect(taskDefinitionInputOf({ ...app, cpu: 512, memory: 2048 })).toMatchObject({
      family: 'web-app-1',
      cpu: 512,
      memory: 2048,
      containerName: 'web',
      containerPort: 8080,
      healthCheckPath: '/',
    });
    expect(memoryChoices(512)).toEqual([1024, 2048, 3072, 4096]);
    expect(memoryChoices(300)).toEqual([]);
  });
});

describe(decodeServices, () => {
  it('keeps what has a web app’s shape, field by field, and drops the rest', () => {
    const decoded = decodeServices([
      { id: 'svc-1', name: 'a', files: { 'server.js': 'x', __proto__: 'y', n: 3 }, cpu: 'big' },
      { id: 'svc-1', name: 'b', files: { 'server.js': 'x' } },
      { id: 'svc-2', name: 'a', files: { 'server.js': 'x' } },
      { id: 'svc-3', name: 'c', files: {} },
      'nonsense',
      { id: 'svc-4', name: 'd', files: { 'app.js': '' }, runAs: 'ec2', activeFile: 'gone.js' },
    ]);
    expect(decoded.map((app) => app.id)).toEqual(['svc-1', 'svc-4']);
    expect(decoded[0]!.cpu).toBe(256);
    expect(Object.keys(decoded[0]!.files)).toEqual(['server.js']);
    expect([decoded[1]!.runAs, decoded[1]!.activeFile]).toEqual(['fargate', 'app.js']);
    // A save from before Web Functions reads their settings as the defaults.
    expect([
      decoded[1]!.maxConcurrencyPerEnvironment,
      decoded[1]!.maxEnvironments,
      decoded[1]!.timeoutSeconds,
    ]).toEqual([64, 10, 30]);
    const [fn] = decodeServices([
      {
        id: 'svc-5',
        name: 'e',
        files: { 'server.js': '' },
        runAs: 'web-function',
        maxConcurrencyPerEnvironment: 8,
        maxEnvironments: 3,
        timeoutSeconds: 'long',
      },
    ]);
    expect([fn!.runAs, fn!.maxConcurrencyPerEnvironment, fn!.maxEnvironments]).toEqual([
      'web-function',
      8,
      3,
    ]);
    expect(fn!.timeoutSeconds).toBe(30);
    expect(decodeServices({ length: 1 })).toEqual([]);
  });

  it('round-trips through a save, and reads a save from before web apps as having none', () => {
    const workspace = defaultWorkspace();
    const app = { ...newServiceDraft([]), desiredCount: 2, memory: 1024 };
    const saved = JSON.parse(
      JSON.stringify({ ...workspace, services: [app], selectedServiceId: app.id }),
    ) as SavedWorkspace;
    const loaded = completeWorkspace(saved);
    expect(loaded.services).toEqual([app]);
    expect(loaded.selectedServiceId).toBe(app.id);

    const { services: _gone, ...old } = workspace;
    const before = completeWorkspace(JSON.parse(JSON.stringify(old)) as SavedWorkspace);
    expect([before.services, before.selectedServiceId]).toEqual([[], null]);
  });
});
