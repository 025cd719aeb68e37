// A Lambda Web Function's fixed size, its revision and endpoint settings as the lambda-web API
// checks them, and the model's editable assumptions (docs/web-functions.md).
import { meanPlatformInitMs } from '../instances/cold-start-model';

/** The only runtime and architecture, and every environment's fixed size (docs/web-functions.md#the-environment). */
export const WEB_FUNCTION_ENVIRONMENT = {
  runtime: 'nodejs24.x',
  architecture: 'arm64',
  vcpu: 2,
  memoryGB: 2,
  tmpMB: 512,
} as const;

/** What every environment's process sees in `AWS_LAMBDA_HTTP_ENDPOINT` (observed value). */
export const HTTP_ENDPOINT = { host: '0.0.0.0', port: 3000 } as const;

/** The server must listen within this long, or the environment never becomes ready. */
export const READINESS_LIMIT_MS = 10_000;
/** After SIGTERM the process has up to 1 s to clean up, then it is terminated. */
export const SHUTDOWN_GRACE_MS = 1_000;

export const MAX_CONCURRENCY_RANGE = { min: 1, max: 128, default: 64 } as const;
export const MAX_ENVIRONMENTS_RANGE = { min: 2, max: 10_000 } as const;
export const TIMEOUT_SECONDS_RANGE = { min: 3, max: 900, default: 30 } as const;
/** ThrottleConfig.rateLimit: only these values (requests per second); 0 rejects all traffic. */
export const RATE_LIMIT_VALUES: readonly number[] = [
  0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 7_000,
  8_000, 9_000, 10_000,
];
/** maxTotalArmVCpus 2,000 at 2 vCPUs each: the account's ceiling when maxEnvironments is unset. */
export const ACCOUNT_ENVIRONMENT_LIMIT = 2_000 / WEB_FUNCTION_ENVIRONMENT.vcpu;
export const FUNCTION_NAME_LENGTH = 64;
/** Revisions that may take traffic on one endpoint at once. */
export const MAX_WEIGHTED_REVISIONS = 2;

/** What a revision fixes: a change to any of these is a new revision. */
export interface RevisionSettings {
  /** The dynamic per-environment limit's upper bound; 1–128, default 64. */
  maxConcurrencyPerEnvironment: number;
  /** Per request; 3–900 s, default 30 s. */
  timeoutSeconds: number;
  /** `serviceConfig.environmentVariables`: names starting `AWS_LAMBDA_` are rejected. */
  environmentVariables: ReadonlyMap<string, string>;
}

export type AutoDeploymentMode = 'LatestRevision' | 'Disabled';

export interface RevisionWeight {
  revisionId: string;
  weight: number;
}

/** What an endpoint holds and updates in place. */
export interface EndpointSettings {
  endpointName: string;
  autoDeploymentMode: AutoDeploymentMode;
  /** Used when the mode is `Disabled`: at most 2 revisions, whole weights 1–100 summing to 100. */
  revisionWeights: readonly RevisionWeight[];
  /** `scalingConfig.maxEnvironments`: 2–10,000, or null (only the account quota limits). */
  maxEnvironments: number | null;
  /** `throttleConfig.rateLimit` in requests per second, or null (no throttle configured). */
  rateLimit: number | null;
}

/**
 * Figures AWS does not publish, each a default the app can change (docs/web-functions.md#assumptions).
 */
export interface WebFunctionAssumptions {
  /** Lambda's part of a cold start before the program runs: load code, set up the runtime. */
  platformInitMs: number;
  /** An environment with no request in flight this long is removed (scale to zero). */
  idleTimeoutMs: number;
  /** The status a throttled request gets (rateLimit or maxEnvironments). */
  throttleStatus: number;
  /** Memory billed per environment while it lives, GB (AWS: "billed on consumption"). */
  billedMemoryGB: number;
  /** How often Lambda reads each environment's CPU to set its dynamic concurrency limit. */
  cpuSampleMs: number;
  /**
   * Busy share of one vCPU (a Node program's one thread) at or above which an environment takes
   * no new requests until a later sample is below it.
   */
  saturatedCpuPercent: number;
}

export const DEFAULT_ASSUMPTIONS: WebFunctionAssumptions = {
  // Event Functions' measured nodejs24.x arm64 platform init, at its largest measured size.
  platformInitMs: meanPlatformInitMs({
    runtime: WEB_FUNCTION_ENVIRONMENT.runtime,
    architecture: WEB_FUNCTION_ENVIRONMENT.architecture,
    memoryMB: WEB_FUNCTION_ENVIRONMENT.memoryGB * 1024,
  }),
  // Event Functions' environments are measured to live 5–7 minutes idle; the lower end.
  idleTimeoutMs: 300_000,
  throttleStatus: 429,
  billedMemoryGB: WEB_FUNCTION_ENVIRONMENT.memoryGB,
  cpuSampleMs: 10_000,
  saturatedCpuPercent: 90,
};

export function checkAssumptions(assumptions: WebFunctionAssumptions): WebFunctionAssumptions {
  const durations = ['platformInitMs', 'idleTimeoutMs', 'cpuSampleMs'] as const;
  for (const name of durations) {
    const value = assumptions[name];
    if (!(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(`${name} must be a duration ≥ 0 ms, got ${String(value)}`);
    }
  }
  const status = assumptions.throttleStatus;
  if (!(Number.isInteger(status) && status >= 400 && status <= 599)) {
    throw new RangeError(`throttleStatus must be an HTTP error status 400–599, got ${status}`);
  }
  if (assumptions.cpuSampleMs < 1_000) {
    throw new RangeError(`cpuSampleMs must be at least 1,000 ms, got ${assumptions.cpuSampleMs}`);
  }
  const percent = assumptions.saturatedCpuPercent;
  if (!(Number.isFinite(percent) && percent > 0 && percent <= 100)) {
    throw new RangeError(`saturatedCpuPercent must be above 0 and at most 100, got ${percent}`);
  }
  const memory = assumptions.billedMemoryGB;
  if (!(Number.isFinite(memory) && memory >= 0 && memory <= WEB_FUNCTION_ENVIRONMENT.memoryGB)) {
    throw new RangeError(`billedMemoryGB must be 0–2 GB, got ${String(memory)}`);
  }
  return assumptions;
}

const wholeIn = (value: number, min: number, max: number) =>
  Number.isInteger(value) && value >= min && value <= max;

/** Function and endpoint names: letters, digits, hyphens and underscores, 1–64 characters. */
export function nameProblem(kind: 'function' | 'endpoint', name: string): string | null {
  if (name.length === 0 || name.length > FUNCTION_NAME_LENGTH) {
    return `The ${kind} name must be 1–${FUNCTION_NAME_LENGTH} characters, got ${name.length}.`;
  }
  if (!/^[A-Za-z0-9_-]+$/.test(name)) {
    return `The ${kind} name '${name}' may hold only letters, digits, hyphens and underscores.`;
  }
  return null;
}

/** The first problem with a revision's settings, worded for the learner, or null. */
export function revisionProblem(settings: RevisionSettings): string | null {
  const { maxConcurrencyPerEnvironment: concurrency, timeoutSeconds } = settings;
  const { min, max } = MAX_CONCURRENCY_RANGE;
  if (!wholeIn(concurrency, min, max)) {
    return `maxConcurrencyPerEnvironment must be a whole number from ${min} to ${max}, got ${String(concurrency)}.`;
  }
  const timeout = TIMEOUT_SECONDS_RANGE;
  if (!wholeIn(timeoutSeconds, timeout.min, timeout.max)) {
    return `timeoutSeconds must be a whole number from ${timeout.min} to ${timeout.max}, got ${String(timeoutSeconds)}.`;
  }
  for (const name of settings.environmentVariables.keys()) {
    if (name.startsWith('AWS_LAMBDA_')) {
      return `InvalidParameterValueException: environment variable names starting with AWS_LAMBDA_ are reserved ('${name}').`;
    }
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
      return `Environment variable name '${name}' must start with a letter and hold only letters, digits and underscores.`;
    }
  }
  let bytes = 0;
  for (const [name, value] of settings.environmentVariables) {
    bytes += new TextEncoder().encode(name + value).byteLength;
  }
  if (bytes > 32 * 1024) {
    return `Environment variables total ${bytes} bytes; the limit is 32 KB (32,768 bytes).`;
  }
  return null;
}

/**
 * The first problem with an endpoint's settings, or null. `activeRevisions` are the revisions that
 * may take traffic (weights may name only Active ones).
 */
export function endpointProblem(
  settings: EndpointSettings,
  activeRevisions: ReadonlySet<string>,
): string | null {
  const name = nameProblem('endpoint', settings.endpointName);
  if (name !== null) return name;
  const { maxEnvironments, rateLimit, revisionWeights, autoDeploymentMode } = settings;
  if (maxEnvironments !== null) {
    const { min, max } = MAX_ENVIRONMENTS_RANGE;
    if (!wholeIn(maxEnvironments, min, max)) {
      return `maxEnvironments must be a whole number from ${min} to ${max}, got ${String(maxEnvironments)}.`;
    }
  }
  if (rateLimit !== null && !RATE_LIMIT_VALUES.includes(rateLimit)) {
    return `rateLimit must be 0, 100–1,000 in steps of 100, or 2,000–10,000 in steps of 1,000; got ${String(rateLimit)}.`;
  }
  if (autoDeploymentMode === 'LatestRevision') {
    if (revisionWeights.length > 0) {
      return 'Revision weights cannot be set while autoDeploymentMode is LatestRevision.';
    }
    return null;
  }
  if (revisionWeights.length === 0) return 'Give at least one revision a weight.';
  if (revisionWeights.length > MAX_WEIGHTED_REVISIONS) {
    return `At most ${MAX_WEIGHTED_REVISIONS} revisions may take traffic, got ${revisionWeights.length}.`;
  }
  const seen = new Set<string>();
  for (const { revisionId, weight } of revisionWeights) {
    if (seen.has(revisionId)) return `Revision ${revisionId} is weighted twice.`;
    seen.add(revisionId);
    if (!activeRevisions.has(revisionId)) return `Revision ${revisionId} is not Active.`;
    if (!wholeIn(weight, 1, 100)) {
      return `Weights are whole numbers from 1 to 100 (drop a revision rather than weigh it 0); ${revisionId} has ${String(weight)}.`;
    }
  }
  const total = revisionWeights.reduce((sum, { weight }) => sum + weight, 0);
  if (total !== 100) return `Revision weights must sum to 100, got ${total}.`;
  return null;
}

/** The methods an endpoint forwards; any other is answered 400 before the program. */
export const SUPPORTED_METHODS: readonly string[] = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'PATCH',
  'OPTIONS',
  'DELETE',
];
/** Request header lines (Lambda's own included) above which the answer is 431. */
export const MAX_HEADER_LINES = 6_300;

/** Whether a server's address is the one AWS_LAMBDA_HTTP_ENDPOINT names (readiness). */
export function listensOnHttpEndpoint(address: { host: string; port: number }): boolean {
  if (address.port !== HTTP_ENDPOINT.port) return false;
  // `listen(3000)` with no host binds every address ('::' in Node), which includes 0.0.0.0;
  // 'localhost' or 127.0.0.1 does not take the platform's connections.
  return ['0.0.0.0', '::', ''].includes(address.host);
}
