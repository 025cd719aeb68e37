// The engine's TaskExecutor (docs/fargate.md) over real web programs: each ECS task's container
// is one worker running the service's bundle as a `node:http` server (startWebProgram), with
// PORT set to the container port as a container image's entry point would read it. The engine
// decides when tasks start and stop and what the ALB does; this is the tasks' sockets and their
// CPU use, read from the worker's busy-time reports.
import type { ApiRequest, ApiResponse, CodeBundle, FunctionConfig } from '../../engine/types';
import type { TargetOutcome, TaskExecutor, TaskProgramSpec } from '../../engine/ecs/task-executor';
import { defaultFunctionConfig } from '../../engine/functions/default-config';
import { sdkPackagesIn } from '../../engine/functions/sdk-packages';
import type { SdkScript, WorkerLike } from '../protocol';
import { startWebProgram } from './web-program-host';
import type { HttpOutcome, WebProgram } from './web-program-host';

export interface WebTaskExecutorOptions {
  /** A fresh worker for one task (opaque origin, as a function's instance gets). */
  createWorker: () => WorkerLike;
  /** The program a task starting now runs: the service's current build. */
  bundle: () => CodeBundle;
  loadSdkScripts?: (names: readonly string[]) => Promise<SdkScript[]>;
  /** The program's SDK calls (the simulated AWS services); none: ENOTFOUND. */
  onServiceRequest?: (request: ApiRequest) => Promise<ApiResponse>;
  /** Host ms between CPU-use reports from each running task; default 1,000. */
  usageIntervalMs?: number;
}

export interface WebTaskExecutor extends TaskExecutor {
  /** Ends every task's worker at once (the service is deleted, the page resets). */
  stopAll(): void;
}

interface RunningTask {
  spec: TaskProgramSpec;
  program: WebProgram | null;
  /** Requests sent before the program's worker was given its scripts. */
  waiting: Array<() => void>;
  busyMs: number;
  ended: boolean;
  /** SIGKILL ends the task without an exit of the program's own: the engine already knows. */
  killed: boolean;
  poll: ReturnType<typeof setInterval> | null;
}

/**
 * The process the container shows: a Node.js 22 image (the LTS line the default program is
 * written for) on the task's architecture, with the task's memory.
 */
function containerConfig(spec: TaskProgramSpec): FunctionConfig {
  const { definition } = spec;
  return defaultFunctionConfig(definition.containerName, {
    runtime: 'nodejs22.x',
    architecture: definition.architecture,
    memoryMB: definition.memory,
  });
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function targetOutcome(outcome: HttpOutcome): TargetOutcome {
  if (outcome.kind === 'connection-error') {
    return { kind: outcome.code === 'ECONNREFUSED' ? 'refused' : 'reset' };
  }
  // A response's headers as the ALB passes them on: names lower-cased, repeated ones joined.
  const headers = new Map<string, string>();
  for (const [name, value] of outcome.headers) {
    const key = name.toLowerCase();
    const before = headers.get(key);
    headers.set(key, before === undefined ? value : `${before}, ${value}`);
  }
  return {
    kind: 'response',
    status: outcome.statusCode,
    headers,
    body: decoder.decode(outcome.body),
  };
}

export function createWebTaskExecutor(options: WebTaskExecutorOptions): WebTaskExecutor {
  const tasks = new Map<string, RunningTask>();
  const intervalMs = options.usageIntervalMs ?? 1_000;

  const readUsage = (task: RunningTask) => {
    if (task.ended || !task.program) return;
    task.program.usage().then(
      (usage) => (task.busyMs += usage.busyMs),
      () => undefined, // The program ended meanwhile: its last figure stands.
    );
  };
  const finish = (task: RunningTask) => {
    task.ended = true;
    if (task.poll !== null) clearInterval(task.poll);
    task.poll = null;
    task.waiting.splice(0).forEach((send) => send());
  };

  return {
    startTask(spec) {
      const task: RunningTask = {
        spec,
        program: null,
        waiting: [],
        busyMs: 0,
        ended: false,
        killed: false,
        poll: null,
      };
      tasks.set(spec.taskId, task);
      const bundle = options.bundle();
      const environment = Object.fromEntries(spec.environment);
      environment.PORT ??= String(spec.definition.containerPort);
      const begin = (sdkScripts: SdkScript[]) => {
        if (task.ended) return;
        task.program = startWebProgram(options.createWorker(), {
          config: containerConfig(spec),
          bundle,
          environment,
          sdkScripts,
          // awslogs ships each line as written: no Lambda-style time, request id or level.
          onLog: (record) => spec.onLog(record.message),
          onListening: (endpoint) => {
            if (endpoint.kind === 'tcp' && endpoint.port === spec.definition.containerPort) {
              spec.onListening();
            }
          },
          onExit: (exit) => {
            finish(task);
            if (task.killed) return;
            const message = exit.error
              ? `${exit.error.errorType}: ${exit.error.errorMessage}`
              : exit.code === null
                ? 'The container stopped'
                : `Exited with code ${exit.code}`;
            spec.onExit({ exitCode: exit.code, message });
          },
          ...(options.onServiceRequest && { onServiceRequest: options.onServiceRequest }),
        });
        task.poll = setInterval(() => readUsage(task), intervalMs);
        task.waiting.splice(0).forEach((send) => send());
      };
      const names = sdkPackagesIn(bundle.code);
      if (names.length === 0 || !options.loadSdkScripts) begin([]);
      else void options.loadSdkScripts(names).then(begin, () => begin([]));
    },

    request(taskId, request) {
      const task = tasks.get(taskId);
      if (!task) return Promise.resolve({ kind: 'refused' });
      return new Promise<TargetOutcome>((resolve) => {
        const send = () => {
          if (task.ended || !task.program) {
            resolve({ kind: 'refused' });
            return;
          }
          const exchange = task.program.request({
            port: task.spec.definition.containerPort,
            method: request.method,
            path: request.path,
            headers: [...request.headers],
            body: encoder.encode(request.body),
            // The ALB's node in the VPC: what a target sees as the client's address.
            remoteAddress: '10.0.0.10',
          });
          void exchange.outcome.then((outcome) => {
            resolve(targetOutcome(outcome));
            readUsage(task);
          });
        };
        if (task.program || task.ended) send();
        else task.waiting.push(send);
      });
    },

    busyMs(taskId) {
      return tasks.get(taskId)?.busyMs ?? 0;
    },

    signal(taskId, signal) {
      const task = tasks.get(taskId);
      if (!task || task.ended) return;
      if (signal === 'SIGTERM') {
        if (task.program) {
          task.program.sigterm();
          return;
        }
        // Still waiting for its scripts: the process never ran, and ends as Node's does on a
        // SIGTERM it does not handle.
        finish(task);
        task.spec.onExit({ exitCode: 143, message: 'Exited with code 143' });
        return;
      }
      task.killed = true;
      if (task.program) task.program.stop();
      else finish(task);
    },

    stopAll() {
      for (const task of tasks.values()) {
        task.killed = true;
        if (task.program) task.program.stop();
        else finish(task);
      }
      tasks.clear();
    },
  };
}
