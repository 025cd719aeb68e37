// The port a Fargate task's program runs behind: the browser's worker in the app, a fake in tests.
import type { TaskDefinition } from './task-definition';

export interface HttpRequestSpec {
  method: string;
  /** Path and query, e.g. `/items?id=1`. */
  path: string;
  headers: ReadonlyMap<string, string>;
  body: string;
}

/** What a target does with a request the ALB forwards. */
export type TargetOutcome =
  | { kind: 'response'; status: number; headers: ReadonlyMap<string, string>; body: string }
  /** Nothing listens on the container port (yet, or any more): connection refused. */
  | { kind: 'refused' }
  /** The connection closed before a full response: the program crashed or exited mid-request. */
  | { kind: 'reset' };

export interface TaskProgramSpec {
  taskId: string;
  definition: TaskDefinition;
  /** The environment the program sees: the definition's variables plus ECS's own. */
  environment: ReadonlyMap<string, string>;
  logGroupName: string;
  logStreamName: string;
  /** The server now listens on the container port. */
  onListening(): void;
  /**
   * The program ended: threw at top level, called process.exit, or was killed. Anything pending on
   * the task settles as `reset` (or `refused` if it never listened).
   */
  onExit(exit: { exitCode: number | null; message: string }): void;
  /** A line the program wrote to stdout/stderr: awslogs ships it as is. */
  onLog(message: string): void;
}

export interface TaskExecutor {
  /** Starts the container's program (the image pull is modeled by the engine, before this). */
  startTask(spec: TaskProgramSpec): void;
  /** One HTTP request to the task's container port. */
  request(taskId: string, request: HttpRequestSpec): Promise<TargetOutcome>;
  /** ms the program has spent on the CPU since it started: the worker's busy-time reports, summed. */
  busyMs(taskId: string): number;
  /** SIGTERM: the program may clean up and exit. SIGKILL: it ends now, for good. */
  signal(taskId: string, signal: 'SIGTERM' | 'SIGKILL'): void;
}
