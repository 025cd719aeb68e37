// The engine's public face: the platform, its clocks, pricing, log formatting and contract types.
export * from './types';
export type * from './platform-types';
export type * from './source-events';
export type * from './source-types';
export type * from './shapes';
export { createPlatform } from './platform';
export { DEFAULT_SETTINGS } from './context';
export { defaultFunctionConfig } from './default-config';
export { ApiError, ResourceNotFoundError } from './errors';
export {
  asyncSettingsOf,
  EVENT_AGE_RANGE,
  RETRY_ATTEMPTS_RANGE,
  type AsyncSettings,
} from './async-settings';
export {
  BATCH_SIZE,
  BATCHING_WINDOW_RANGE,
  bucketNameProblem,
  mappingProblem,
  MAX_RECEIVE_COUNT_RANGE,
  MAXIMUM_CONCURRENCY_RANGE,
  queueConfigProblem,
  ruleNameProblem,
  topicNameProblem,
  VISIBILITY_TIMEOUT_RANGE,
} from './validate-sources';
export { createManualClock, type ManualClock } from './clock';
export {
  createScaledClock,
  MAX_SPEED,
  MIN_SPEED,
  type RealTime,
  type ScaledClock,
} from './scaled-clock';
export {
  billedDurationMs,
  firstTierUsdPerGbSecond,
  invocationCost,
  PRICING,
  type PriceTier,
} from './pricing';
export {
  endLine,
  errorLogMessage,
  formatAppLine,
  formatLogEntry,
  initReportLine,
  initStartLine,
  reportLine,
  startLine,
  UNMEASURED_MEMORY,
} from './log-format';
export { createSeededRandom, logStreamName, randomIds, sequentialIds, type IdSource } from './ids';
export type { PlatformListener } from './event-bus';
export {
  MAX_RESERVED_CONCURRENCY,
  MEMORY_RANGE,
  RESERVED_ENV_KEYS,
  TIMEOUT_RANGE,
  validateConfig,
  type ConfigField,
  type ConfigProblem,
} from './validate-config';
export {
  measureEngineThroughput,
  type ThroughputOptions,
  type ThroughputResult,
} from './engine-throughput';
export {
  createFakeExecutor,
  okInit,
  okInvoke,
  type FakeExecutor,
  type FakeStep,
  type InitScript,
  type InvokeScript,
} from './testing/fake-executor';
export { createFakeShapes } from './testing/fake-shapes';
