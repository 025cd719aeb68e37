// A Fargate task definition as RegisterTaskDefinition checks it: size, architecture, one web container.
import { ApiError } from '../errors';
import type { Architecture } from '../types';

export type CpuArchitecture = 'X86_64' | 'ARM64';

export interface TaskDefinitionInput {
  family: string;
  /** CPU units: 1024 = 1 vCPU. */
  cpu: number;
  /** MiB. */
  memory: number;
  cpuArchitecture: CpuArchitecture;
  containerName: string;
  /** The port the program listens on, registered with the target group. */
  containerPort: number;
  environment: ReadonlyMap<string, string>;
  /** The target group's health check path, e.g. `/` or `/health`. */
  healthCheckPath: string;
  /** SIGTERM → SIGKILL grace in ms; Fargate default 30 s, max 120 s (docs/fargate.md#task-lifecycle). */
  stopTimeoutMs?: number;
}

export interface TaskDefinition extends Required<TaskDefinitionInput> {
  revision: number;
  vcpu: number;
  memoryGB: number;
  /** The engine's name for the architecture (prices are keyed by it). */
  architecture: Architecture;
}

const GB = 1024;

/**
 * Valid task sizes on Fargate Linux (docs/fargate.md#task-sizes): per CPU value, the memory
 * choices in MiB.
 */
function range(fromGB: number, toGB: number, stepGB: number): number[] {
  const values: number[] = [];
  for (let gb = fromGB; gb <= toGB; gb += stepGB) values.push(gb * GB);
  return values;
}

export const FARGATE_TASK_SIZES: ReadonlyMap<number, readonly number[]> = new Map([
  [256, [512, 1 * GB, 2 * GB]],
  [512, range(1, 4, 1)],
  [1024, range(2, 8, 1)],
  [2048, range(4, 16, 1)],
  [4096, range(8, 30, 1)],
  [8192, range(16, 60, 4)],
  [16384, range(32, 120, 8)],
]);

export const DEFAULT_STOP_TIMEOUT_MS = 30_000;
export const MAX_STOP_TIMEOUT_MS = 120_000;

/** AWS answers any unsupported cpu/memory pair with this one message (docs/fargate.md#task-sizes). */
export const INVALID_CPU_MESSAGE = "Invalid 'cpu' setting for task.";

// Family: up to 255 letters, numbers, hyphens and underscores (RegisterTaskDefinition).
const FAMILY = /^[A-Za-z0-9_-]{1,255}$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function clientError(message: string): ApiError {
  return new ApiError('ClientException', 400, message);
}

/** Checks a definition as RegisterTaskDefinition would; throws ClientException on the first problem. */
export function registerTaskDefinition(input: TaskDefinitionInput, revision = 1): TaskDefinition {
  if (!FAMILY.test(input.family)) {
    throw clientError(
      'Family contains invalid characters or is too long: up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed.',
    );
  }
  const memories = FARGATE_TASK_SIZES.get(input.cpu);
  if (memories === undefined || !memories.includes(input.memory)) {
    throw clientError(INVALID_CPU_MESSAGE);
  }
  if (input.cpuArchitecture !== 'X86_64' && input.cpuArchitecture !== 'ARM64') {
    throw clientError(
      `Invalid 'cpuArchitecture' setting: ${String(input.cpuArchitecture)}. Use X86_64 or ARM64.`,
    );
  }
  if (!FAMILY.test(input.containerName)) {
    throw clientError('Container name contains invalid characters or is too long.');
  }
  if (!(
    Number.isInteger(input.containerPort) &&
    input.containerPort >= 1 &&
    input.containerPort <= 65535
  )) {
    throw clientError(`Invalid containerPort ${input.containerPort}: use 1-65535.`);
  }
  for (const name of input.environment.keys()) {
    if (!ENV_NAME.test(name)) {
      throw clientError(`Invalid environment variable name '${name}'.`);
    }
  }
  // ELB: the path starts with / and is at most 1,024 characters.
  if (!input.healthCheckPath.startsWith('/') || input.healthCheckPath.length > 1024) {
    throw clientError(
      `Invalid health check path '${input.healthCheckPath}': it must start with / (at most 1024 characters).`,
    );
  }
  const stopTimeoutMs = input.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS;
  if (!(stopTimeoutMs >= 0 && stopTimeoutMs <= MAX_STOP_TIMEOUT_MS)) {
    throw clientError(
      `Invalid stopTimeout: Fargate allows up to ${MAX_STOP_TIMEOUT_MS / 1000} seconds.`,
    );
  }
  return {
    ...input,
    environment: new Map(input.environment),
    stopTimeoutMs,
    revision,
    vcpu: input.cpu / 1024,
    memoryGB: input.memory / GB,
    architecture: input.cpuArchitecture === 'ARM64' ? 'arm64' : 'x86_64',
  };
}

/** awslogs as the console configures it: group `/ecs/<family>` (docs/fargate.md#logs). */
export function awslogsGroupName(family: string): string {
  return `/ecs/${family}`;
}

/** `<awslogs-stream-prefix>/<container>/<task id>`, with the console's prefix `ecs`. */
export function awslogsStreamName(containerName: string, taskId: string, prefix = 'ecs'): string {
  return `${prefix}/${containerName}/${taskId}`;
}
