// What the page shows of each running web app's ECS service: its tasks with their status and
// requests in flight, its log lines (the program's stdout by awslogs stream, and the service's
// events), and its bill so far. Projected from the service's FargateEvents and snapshots; the
// money is the engine's figure (docs/fargate.md#billing), never computed here.
import { createStore } from 'zustand/vanilla';
import type {
  EcsServiceCost,
  EcsServiceSnapshot,
  FargateEvent,
  TargetHealthState,
  TaskState,
} from '../../../engine';

export interface ServiceLogLine {
  seq: number;
  /** Simulated ms. */
  time: number;
  /**
   * The stream (awslogs' `ecs/web/<task id>`, a Web Function's `<date>/[<revision>]<environment>`),
   * or null for a line of an ECS service's Events.
   */
  stream: string | null;
  message: string;
}

export interface TaskView {
  task: TaskState;
  health: TargetHealthState | 'unused';
  inFlight: number;
}

export interface ServiceLive {
  serviceName: string;
  /** Newest first; stopped tasks stay listed (the newest few) as the console lists them. */
  tasks: TaskView[];
  logs: ServiceLogLine[];
  cost: EcsServiceCost | null;
  /** What the web app's earlier deployments (services since deleted) cost this session. */
  earlierUsd: number;
  runningCount: number;
  desiredCount: number;
  /** The service was deleted: no tasks any more; its bill so far stays on the meter. */
  deleted: boolean;
}

export interface FargateState {
  /** By web app id. */
  services: ReadonlyMap<string, ServiceLive>;
}

export const SERVICE_LOG_LINES_KEPT = 500;
const STOPPED_TASKS_KEPT = 5;

export const fargateStore = createStore<FargateState>()(() => ({ services: new Map() }));

let seq = 0;

function update(appId: string, change: (live: ServiceLive) => ServiceLive): void {
  const current = fargateStore.getState().services.get(appId);
  if (!current) return;
  const services = new Map(fargateStore.getState().services);
  services.set(appId, change(current));
  fargateStore.setState({ services });
}

/** The lines with one more at the end, numbered for the view, the oldest dropped past the cap. */
export function withLogLine<T extends { logs: ServiceLogLine[] }>(
  live: T,
  line: Omit<ServiceLogLine, 'seq'>,
): T {
  seq += 1;
  return { ...live, logs: [...live.logs, { ...line, seq }].slice(-SERVICE_LOG_LINES_KEPT) };
}

export function openServiceView(appId: string, serviceName: string, desiredCount: number): void {
  const services = new Map(fargateStore.getState().services);
  const before = services.get(appId);
  services.set(appId, {
    serviceName,
    tasks: [],
    // A redeploy keeps the lines so far: the old tasks' output is still what the learner reads.
    logs: before?.logs ?? [],
    cost: null,
    earlierUsd: before ? before.earlierUsd + (before.cost?.totalUsd ?? 0) : 0,
    runningCount: 0,
    desiredCount,
    deleted: false,
  });
  fargateStore.setState({ services });
}

export function closeServiceView(appId: string): void {
  const services = new Map(fargateStore.getState().services);
  services.delete(appId);
  fargateStore.setState({ services });
}

export function clearServiceViews(): void {
  fargateStore.setState({ services: new Map() });
}

/** The tasks as the snapshot has them, with each one's target health and requests in flight. */
function taskViews(snapshot: EcsServiceSnapshot): TaskView[] {
  const targets = new Map(snapshot.targets.map((target) => [target.taskId, target]));
  const views = snapshot.tasks.map((task) => ({
    task,
    health: targets.get(task.taskId)?.state ?? ('unused' as const),
    inFlight: targets.get(task.taskId)?.inFlight ?? 0,
  }));
  const live = views.filter((view) => view.task.lastStatus !== 'STOPPED');
  const stopped = views.filter((view) => view.task.lastStatus === 'STOPPED');
  return [...live.reverse(), ...stopped.reverse().slice(0, STOPPED_TASKS_KEPT)];
}

/** The service's state as of now: tasks, targets, counts and the bill. */
export function receiveServiceSnapshot(appId: string, snapshot: EcsServiceSnapshot): void {
  update(appId, (live) => ({
    ...live,
    tasks: taskViews(snapshot),
    cost: snapshot.cost,
    runningCount: snapshot.service.runningCount,
    desiredCount: snapshot.service.desiredCount,
  }));
}

/** The service was deleted (its tasks ended with it): the lane empties, the bill stays. */
export function receiveServiceDeleted(appId: string): void {
  update(appId, (live) => ({
    ...live,
    tasks: [],
    runningCount: 0,
    desiredCount: 0,
    deleted: true,
  }));
}

/** The lines an event adds to the logs: a program's output line, or a service event. */
export function receiveFargateEvent(appId: string, event: FargateEvent): void {
  if (event.type === 'log') {
    update(appId, (live) =>
      withLogLine(live, { time: event.time, stream: event.logStreamName, message: event.message }),
    );
  } else if (event.type === 'service-event') {
    update(appId, (live) =>
      withLogLine(live, { time: event.time, stream: null, message: event.message }),
    );
  }
}

/** The Fargate part of the session's bill: every web app's tasks and ALB so far. */
export function fargateUsd(state: FargateState = fargateStore.getState()): number {
  let total = 0;
  for (const live of state.services.values()) total += live.earlierUsd + (live.cost?.totalUsd ?? 0);
  return total;
}
