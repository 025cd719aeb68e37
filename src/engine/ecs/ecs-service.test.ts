import { describe, expect, it } from 'vitest';
import { sequentialIds } from '../ids';
import { createManualClock, type ManualClock } from '../time/clock';
import { createFakeTaskExecutor, type FakeProgram } from '../testing/fake-task-executor';
import { defaultPolicy } from '../autoscaling/target-tracking';
import type { FargateEvent } from './fargate-events';
import { createEcsService, ESSENTIAL_EXITED, type EcsServiceOptions } from './ecs-service';
import type { HttpRequestSpec } from './task-executor';

const GET: HttpRequestSpec = { method: 'GET', path: '/', headers: new Map(), body: '' };
// Defaults: ENI 5 s, pending 1 s, image pull 57 s; first health check 2 s after registration.
const RUNNING_AT = 63_000;
const HEALTHY_AT = 65_000;

function setup(program: FakeProgram = {}, options: Partial<EcsServiceOptions> = {}) {
  const clock = createManualClock();
  const executor = createFakeTaskExecutor(clock, program);
  const service = createEcsService({
    clock,
    executor,
    ids: sequentialIds(),
    definition: {
      family: 'web',
      cpu: 256,
      memory: 512,
      cpuArchitecture: 'X86_64',
      containerName: 'app',
      containerPort: 3000,
      environment: new Map(),
      healthCheckPath: '/health',
    },
    service: { serviceName: 'shop', desiredCount: 1, minCount: 1, maxCount: 4 },
    ...options,
  });
  const events: FargateEvent[] = [];
  service.subscribe((event) => events.push(event));
  const messages = () => service.snapshot().events.map((event) => event.message);
  const task = (index = 0) => service.snapshot().tasks[index]!;
  return { clock, executor, service, events, messages, task };
}

/** Settles promise callbacks the fake resolved during an advance. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Moves the clock to `time` a second at a time, letting answers settle between steps: the manual
 * clock fires timers synchronously, so one long jump would let a health check's 5 s timeout fire
 * before the answer the fake gave at once is even read.
 */
async function stepTo(clock: ManualClock, time: number): Promise<void> {
  while (clock.now() < time) {
    clock.advanceTo(Math.min(time, clock.now() + 1_000));
    await flush();
  }
}

describe('task lifecycle', () => {
  it('passes each status at its modeled time', () => {
    const { clock, task, events } = setup();
    const at = (ms: number) => {
      clock.advanceTo(ms);
      return task().lastStatus;
    };
    expect(at(0)).toBe('PROVISIONING');
    expect(at(4_999)).toBe('PROVISIONING');
    expect(at(5_000)).toBe('PENDING');
    expect(at(6_000)).toBe('ACTIVATING');
    expect(task().pullStartedAt).toBe(6_000);
    expect(at(62_999)).toBe('ACTIVATING');
    expect(at(RUNNING_AT)).toBe('RUNNING');
    const statuses = events.flatMap((e) => (e.type === 'task-status' ? [e.task.lastStatus] : []));
    expect(statuses).toEqual(['PROVISIONING', 'PENDING', 'ACTIVATING', 'RUNNING']);
    expect(task().taskId).toMatch(/^[0-9a-f]{32}$/);
    expect(task().logStreamName).toBe(`ecs/app/${task().taskId}`);
  });

  it('stops through DEACTIVATING, STOPPING and DEPROVISIONING, with the stop timeout', async () => {
    const { clock, service, task, executor } = setup({ exitOnSigtermAfterMs: null });
    await stepTo(clock, HEALTHY_AT);
    service.setDesiredCount(0);
    expect(task().lastStatus).toBe('STOPPING'); // No request in flight: draining ends at once.
    clock.advance(29_999);
    expect(task().lastStatus).toBe('STOPPING');
    clock.advance(1); // stopTimeout 30 s, then SIGKILL.
    expect(task()).toMatchObject({ lastStatus: 'DEPROVISIONING', exitCode: 137 });
    expect(executor.signals.map((s) => s.signal)).toEqual(['SIGTERM', 'SIGKILL']);
    clock.advance(5_000);
    expect(task()).toMatchObject({ lastStatus: 'STOPPED', desiredStatus: 'STOPPED' });
    expect(task().stoppedAt).toBe(HEALTHY_AT + 35_000);
  });

  it('writes the service events as ECS words them', async () => {
    const { clock, messages, task, service } = setup();
    await stepTo(clock, HEALTHY_AT);
    const arn = service.snapshot().targetGroupArn;
    expect(arn).toMatch(
      /^arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup\/shop-tg\/[0-9a-f]{16}$/,
    );
    expect(messages()).toEqual([
      `(service shop) has started 1 tasks: (task ${task().taskId}).`,
      `(service shop) registered 1 targets in (target-group ${arn})`,
      '(service shop) has reached a steady state.',
    ]);
  });
});

describe('health checks', () => {
  it('sends no traffic before the target passes its first check', async () => {
    const { clock, service } = setup();
    clock.advanceTo(RUNNING_AT);
    const early = await service.request(GET);
    expect(early).toMatchObject({ status: 503, source: 'elb', taskId: null });
    expect(early.body).toContain('<title>503 Service Temporarily Unavailable</title>');
    expect(early.headers.get('content-length')).toBe('162');
    await stepTo(clock, HEALTHY_AT);
    expect(service.snapshot().targets[0]?.state).toBe('healthy');
    expect(await service.request(GET)).toMatchObject({ status: 200, source: 'target' });
  });

  it('fails open to unhealthy targets, then replaces them', async () => {
    const { clock, service, messages } = setup({ listenAfterMs: null });
    await stepTo(clock, HEALTHY_AT);
    expect(service.snapshot().targets[0]?.state).toBe('initial');
    await stepTo(clock, HEALTHY_AT + 30_000); // Second failure: unhealthy threshold 2.
    const [first] = service.snapshot().targets;
    expect(first).toMatchObject({ state: 'unhealthy', reason: 'Target.FailedHealthChecks' });
    // Nothing listens: the ALB routes to the unhealthy target anyway and gets refused.
    expect(await service.request(GET)).toMatchObject({ status: 502, taskId: first?.taskId });
    expect(messages().at(-2)).toContain(`(task ${first?.taskId}) (port 3000) is unhealthy in`);
    // A replacement is on its way; the unhealthy one keeps running until a peer is healthy.
    expect(service.snapshot().tasks.map((t) => t.lastStatus)).toEqual(['RUNNING', 'PROVISIONING']);
  });
});

describe('the service scheduler', () => {
  it('stops an unhealthy task only once its replacement is healthy', async () => {
    const { clock, service, executor } = setup({ listenAfterMs: null });
    await stepTo(clock, RUNNING_AT);
    executor.program.listenAfterMs = 0; // Only the first task (started at 63 s) never listens.
    const unhealthyAt = HEALTHY_AT + 30_000;
    await stepTo(clock, unhealthyAt);
    const [first, second] = service.snapshot().tasks;
    expect(second?.lastStatus).toBe('PROVISIONING');
    // The replacement is RUNNING 63 s after launch and healthy 2 s later.
    await stepTo(clock, unhealthyAt + HEALTHY_AT - 1_000);
    expect(service.snapshot().tasks[0]).toMatchObject({
      taskId: first?.taskId,
      lastStatus: 'RUNNING',
    });
    await stepTo(clock, unhealthyAt + HEALTHY_AT);
    const arn = service.snapshot().targetGroupArn;
    expect(service.snapshot().tasks[0]).toMatchObject({
      taskId: first?.taskId,
      desiredStatus: 'STOPPED',
      stoppedReason: `Task failed ELB health checks in (target-group ${arn})`,
    });
    expect(service.snapshot().service.runningCount).toBe(1);
  });

  it('replaces a task whose program exits', async () => {
    const { clock, service, executor, task } = setup();
    await stepTo(clock, HEALTHY_AT);
    const crashed = task().taskId;
    executor.crash(crashed, 1);
    expect(task(0)).toMatchObject({
      taskId: crashed,
      desiredStatus: 'STOPPED',
      stoppedReason: ESSENTIAL_EXITED,
      exitCode: 1,
      lastStatus: 'DEPROVISIONING',
    });
    expect(task(1).lastStatus).toBe('PROVISIONING');
    const replacement = task(1).taskId;
    clock.advance(RUNNING_AT);
    // STOPPED tasks leave the list at the next minute's tick; the bill keeps them.
    expect(service.snapshot().tasks.map((t) => [t.taskId, t.lastStatus])).toEqual([
      [replacement, 'RUNNING'],
    ]);
    expect(service.snapshot().service.runningCount).toBe(1);
  });

  it('backs off after repeated failed starts', () => {
    const { clock, service, messages } = setup({ crashAfterMs: 0, listenAfterMs: null });
    // Each task dies as its container starts, 63 s after launch; its replacement starts at once.
    clock.advanceTo(3 * RUNNING_AT);
    expect(messages()).toContain(
      '(service shop) is unable to consistently start tasks successfully.',
    );
    const launched = service.snapshot().tasks.length;
    clock.advance(10_000);
    expect(service.snapshot().tasks.length).toBe(launched); // The 15 s delay holds the next.
  });
});

describe('the ALB', () => {
  it('answers 502 when the target crashes mid-request', async () => {
    const { clock, service } = setup({
      answer: (request) => (request.path === '/' ? { crash: true } : {}),
    });
    await stepTo(clock, HEALTHY_AT);
    const response = await service.request(GET);
    expect(response.status).toBe(502);
    expect(response.body).toBe(
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n',
    );
  });

  it('answers 504 when the target is silent for the 60 s idle timeout', async () => {
    const { clock, service } = setup({
      answer: (request) => (request.path === '/slow' ? { delayMs: 90_000 } : {}),
    });
    await stepTo(clock, HEALTHY_AT);
    const pending = service.request({ ...GET, path: '/slow' });
    clock.advance(59_999);
    let settled = false;
    void pending.then(() => (settled = true));
    await flush();
    expect(settled).toBe(false);
    clock.advance(1);
    expect(await pending).toMatchObject({ status: 504, source: 'elb' });
  });

  it('round robin alternates; least outstanding requests avoids the busy target', async () => {
    const program: FakeProgram = {
      answer: (request) => (request.path === '/slow' ? { delayMs: 50_000 } : {}),
    };
    const { clock, service, executor } = setup(program, {
      service: { serviceName: 'shop', desiredCount: 2 },
    });
    await stepTo(clock, HEALTHY_AT);
    const [a, b] = service.snapshot().targets.map((t) => t.taskId);
    void service.request({ ...GET, path: '/slow' }); // Goes to a; stays open 50 s.
    for (let i = 0; i < 4; i++) await service.request(GET);
    expect([executor.requestsTo(a!), executor.requestsTo(b!)]).toEqual([3, 2]);

    service.setTargetGroup({ routing: 'least_outstanding_requests' });
    for (let i = 0; i < 4; i++) await service.request(GET);
    // a still has the slow request open: every new one goes to b.
    expect([executor.requestsTo(a!), executor.requestsTo(b!)]).toEqual([3, 6]);
  });

  it('drains a stopping target: in-flight requests finish, then 502 once the delay elapses', async () => {
    const { clock, service, task } = setup(
      { answer: (request) => (request.path === '/' ? { delayMs: 50_000 } : {}) },
      { targetGroup: { deregistrationDelayMs: 20_000 } },
    );
    await stepTo(clock, HEALTHY_AT);
    const pending = service.request(GET);
    service.setDesiredCount(0);
    expect(task().lastStatus).toBe('DEACTIVATING');
    expect(service.snapshot().targets[0]?.state).toBe('draining');
    expect(await service.request(GET)).toMatchObject({ status: 503 });
    clock.advance(20_000);
    expect(await pending).toMatchObject({ status: 502, source: 'elb' });
    // Draining over: SIGTERM, which the program answers by exiting at once.
    expect(task().lastStatus).toBe('DEPROVISIONING');
  });
});

describe('billing', () => {
  it('bills from the image pull, per second, at least a minute', async () => {
    const { clock, service } = setup();
    clock.advanceTo(30_000); // ACTIVATING since 6 s: 24 s used, a minute owed.
    expect(service.snapshot().cost.tasks.billedSeconds).toBe(60);
    await stepTo(clock, HEALTHY_AT);
    service.setDesiredCount(0); // Stops at once (SIGTERM exits), STOPPED 5 s later.
    clock.advance(10_000);
    const { cost } = service.snapshot();
    // From 6 s to 70 s: 64 s of 0.25 vCPU and 0.5 GB at x86 prices.
    expect(cost.tasks.billedSeconds).toBe(64);
    expect(cost.tasks.totalUsd).toBeCloseTo((64 / 3600) * (0.25 * 0.04048 + 0.5 * 0.004445), 12);
    expect(cost.alb.albHours).toBe(1); // A partial ALB-hour is billed whole.
    expect(cost.alb.hourUsd).toBeCloseTo(0.0225, 12);
  });
});

describe('target tracking on the service', () => {
  it('scales out after three busy minutes, from measured busy time', async () => {
    const { clock, service, executor, events } = setup(
      {},
      { scaling: defaultPolicy('ECSServiceAverageCPUUtilization', 50) },
    );
    await stepTo(clock, 120_000);
    const id = service.snapshot().tasks[0]!.taskId;
    // 0.25 vCPU: a minute offers 15 s of CPU; 12 s busy is 80 %.
    for (let minute = 3; minute <= 5; minute++) {
      executor.burn(id, 12_000);
      await stepTo(clock, minute * 60_000);
    }
    const cpu = service.snapshot().metrics.cpuUtilization;
    expect(cpu.slice(-3)).toEqual([80, 80, 80]);
    const scaling = events.find((e) => e.type === 'scaling-activity');
    // ceil(1 × 80 / 50) = 2.
    expect(scaling).toMatchObject({ from: 1, to: 2, direction: 'out' });
    expect(service.snapshot().service.desiredCount).toBe(2);
  });

  it('scales on requests per target, within the scalable target maximum', async () => {
    const { clock, service } = setup(
      {},
      { scaling: defaultPolicy('ALBRequestCountPerTarget', 100) },
    );
    service.setScalableTarget(1, 2);
    await stepTo(clock, 120_000);
    for (let minute = 3; minute <= 5; minute++) {
      for (let i = 0; i < 300; i++) await service.request(GET);
      await stepTo(clock, minute * 60_000);
    }
    expect(service.snapshot().metrics.requestCountPerTarget.slice(-3)).toEqual([300, 300, 300]);
    // ceil(1 × 300 / 100) = 3, held to the maximum of 2.
    expect(service.snapshot().service.desiredCount).toBe(2);
  });
});
