// The Fargate view projected from a real ECS service model on a manual clock with the fake
// executor: tasks newest first with their target health, log lines by stream, and the bill.
import { beforeEach, describe, expect, it } from 'vitest';
import { createEcsService, createFakeTaskExecutor, createManualClock } from '../../../engine';
import type { ManualClock } from '../../../engine';
import {
  clearServiceViews,
  fargateStore,
  fargateUsd,
  openServiceView,
  receiveFargateEvent,
  receiveServiceDeleted,
  receiveServiceSnapshot,
} from './fargate-store';

function run() {
  const clock = createManualClock(0);
  const executor = createFakeTaskExecutor(clock);
  const service = createEcsService({
    clock,
    executor,
    definition: {
      family: 'shop',
      cpu: 256,
      memory: 512,
      cpuArchitecture: 'X86_64',
      containerName: 'web',
      containerPort: 8080,
      environment: new Map(),
      healthCheckPath: '/',
    },
    service: { serviceName: 'shop', desiredCount: 1 },
  });
  openServiceView('svc-1', 'shop', 1);
  service.subscribe((event) => {
    receiveFargateEvent('svc-1', event);
    receiveServiceSnapshot('svc-1', service.snapshot());
  });
  receiveServiceSnapshot('svc-1', service.snapshot());
  return { clock, service };
}

/** A second at a time, letting the fake's answers settle between steps (as ecs-service.test.ts). */
async function stepBy(clock: ManualClock, ms: number): Promise<void> {
  const end = clock.now() + ms;
  while (clock.now() < end) {
    clock.advanceTo(Math.min(end, clock.now() + 1_000));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

const view = () => fargateStore.getState().services.get('svc-1')!;

describe('the Fargate view', () => {
  beforeEach(() => clearServiceViews());

  it('shows the task through its lifecycle, its stream and the service events, and the bill growing', async () => {
    const { clock, service } = run();
    clock.advance(1_000);
    expect(view().tasks.map((t) => t.task.lastStatus)).toEqual(['PROVISIONING']);
    await stepBy(clock, 120_000);
    const [task] = view().tasks;
    expect([task!.task.lastStatus, task!.health]).toEqual(['RUNNING', 'healthy']);
    expect(view().runningCount).toBe(1);
    const streams = new Set(view().logs.map((line) => line.stream));
    expect(streams).toEqual(new Set([null, `ecs/web/${task!.task.taskId}`]));
    expect(view().logs.map((line) => line.message)).toContain(
      '(service shop) has reached a steady state.',
    );
    const before = fargateUsd();
    expect(before).toBeGreaterThan(0);
    await stepBy(clock, 60_000);
    receiveServiceSnapshot('svc-1', service.snapshot());
    expect(fargateUsd()).toBeGreaterThan(before);
    expect(fargateUsd()).toBe(service.snapshot().cost.totalUsd);
  });

  it("keeps a redeployed web app's earlier bill and lines", async () => {
    const { clock, service } = run();
    await stepBy(clock, 120_000);
    receiveServiceSnapshot('svc-1', service.snapshot());
    const earlier = service.snapshot().cost.totalUsd;
    const lines = view().logs.length;
    service.dispose();
    receiveServiceDeleted('svc-1');
    expect([view().tasks, view().runningCount, view().deleted]).toEqual([[], 0, true]);
    expect(fargateUsd()).toBe(earlier);
    openServiceView('svc-1', 'shop', 1);
    expect(view().earlierUsd).toBe(earlier);
    expect(view().logs).toHaveLength(lines);
    expect(fargateUsd()).toBe(earlier);
  });
});
