// How long each step of a Fargate task takes: editable assumptions with their sources (docs/fargate.md).

/** ECS `lastStatus` values in the order a task passes them (docs/fargate.md#task-lifecycle). */
export const TASK_STATUSES = [
  'PROVISIONING',
  'PENDING',
  'ACTIVATING',
  'RUNNING',
  'DEACTIVATING',
  'STOPPING',
  'DEPROVISIONING',
  'STOPPED',
] as const;

export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface TaskTimings {
  /** PROVISIONING: the task's ENI. AWS: "adds an overhead of several seconds". */
  provisioningMs: number;
  /** PENDING: waiting on Fargate capacity and the agent. Not published; a small assumption. */
  pendingMs: number;
  /** ACTIVATING: the image pull (Fargate caches no images). Measured 57 s for a 413 MB image. */
  imagePullMs: number;
  /** DEPROVISIONING: detach and delete the ENI. Not published; assumed like provisioning. */
  deprovisioningMs: number;
}

export const DEFAULT_TASK_TIMINGS: TaskTimings = {
  provisioningMs: 5_000,
  pendingMs: 1_000,
  imagePullMs: 57_000,
  deprovisioningMs: 5_000,
};

export function checkTaskTimings(timings: TaskTimings): TaskTimings {
  for (const [name, value] of Object.entries(timings)) {
    if (!(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(`${name} must be a duration ≥ 0 ms, got ${String(value)}`);
    }
  }
  return timings;
}

/** Where a task stands: ECS's two statuses plus the times the stage needs to draw its timeline. */
export interface TaskState {
  taskId: string;
  taskArn: string;
  lastStatus: TaskStatus;
  desiredStatus: 'RUNNING' | 'STOPPED';
  /** Set once the task is told to stop or its container exits, as ECS words it. */
  stoppedReason: string | null;
  exitCode: number | null;
  createdAt: number;
  /** The image pull began: Fargate's billing starts here. */
  pullStartedAt: number | null;
  startedAt: number | null;
  stoppingAt: number | null;
  stoppedAt: number | null;
  logStreamName: string;
}
