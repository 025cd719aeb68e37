// The engine's TaskExecutor (docs/fargate.md) over real web programs: each ECS task's container
// is one worker running the service's bundle as a `node:http` server (web-program-process.ts),
// with PORT set to the container port as a container image's entry point would read it. The
// engine decides when tasks start and stop and what the ALB does; this is the tasks' sockets and
// their CPU use, read from the worker's busy-time reports.
import type { FunctionConfig } from '../../engine/types';
import type { TaskExecutor, TaskProgramSpec } from '../../engine/ecs/task-executor';
import { defaultFunctionConfig } from '../../engine/functions/default-config';
import { exitMessage, startProgramProcess } from './web-program-process';
import type { ProgramHostOptions, ProgramProcess } from './web-program-process';

export type WebTaskExecutorOptions = ProgramHostOptions;

export interface WebTaskExecutor extends TaskExecutor {
  /** Ends every task's worker at once (the service is deleted, the page resets). */
  stopAll(): void;
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

export function createWebTaskExecutor(options: WebTaskExecutorOptions): WebTaskExecutor {
  const tasks = new Map<string, { spec: TaskProgramSpec; process: ProgramProcess }>();

  return {
    startTask(spec) {
      const environment = Object.fromEntries(spec.environment);
      environment.PORT ??= String(spec.definition.containerPort);
      const process = startProgramProcess(options, {
        config: containerConfig(spec),
        environment,
        // The ALB's node in the VPC: what a target sees as the client's address.
        remoteAddress: '10.0.0.10',
        // awslogs ships each line as written: no Lambda-style time, request id or level.
        onLog: (record) => spec.onLog(record.message),
        onListening: (endpoint) => {
          if (endpoint.kind === 'tcp' && endpoint.port === spec.definition.containerPort) {
            spec.onListening();
          }
        },
        onExit: (exit) =>
          spec.onExit({ exitCode: exit.code, message: exitMessage(exit, 'The container stopped') }),
      });
      tasks.set(spec.taskId, { spec, process });
    },

    request(taskId, request) {
      const task = tasks.get(taskId);
      if (!task) return Promise.resolve({ kind: 'refused' });
      return task.process.request(task.spec.definition.containerPort, request).outcome;
    },

    busyMs(taskId) {
      return tasks.get(taskId)?.process.busyMs() ?? 0;
    },

    signal(taskId, signal) {
      tasks.get(taskId)?.process.signal(signal);
    },

    stopAll() {
      for (const task of tasks.values()) task.process.signal('SIGKILL');
      tasks.clear();
    },
  };
}
