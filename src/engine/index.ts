// The engine's public face: the platform, its clocks, pricing, log formatting and contract types.
export * from './types';
export type * from './platform-types';
export type * from './sources/source-events';
export type * from './sources/source-types';
export type * from './shapes';
export type * from './services/service-calls';
export type * from './sources/dynamodb-types';
export type * from './sources/dynamodb-stream-types';
export {
  keyAttributeProblem,
  STREAM_BATCH_SIZE,
  STREAM_BATCHING_WINDOW,
  STREAM_RECORD_AGE,
  STREAM_RETRY_ATTEMPTS,
  streamMappingProblem,
  TABLE_NAME_LENGTH,
  tableDefinitionProblem,
  tableNameProblem,
} from './sources/dynamodb-rules';
export {
  SERVICE_PRICES,
  serviceCallUsd,
  chunksOf64KB,
  projectServiceUsdToMonth,
} from './services/service-prices';
export { createPlatform } from './platform';
export { DEFAULT_SETTINGS } from './context';
export { defaultFunctionConfig } from './functions/default-config';
export {
  DEFAULT_HANDLER,
  RUNTIMES,
  isPython,
  languageOf,
  runtimeNamed,
} from './functions/runtimes';
export type { RuntimeInfo, RuntimeLanguage } from './functions/runtimes';
export { PROVIDED_NODE_MODULES, UNAVAILABLE_NODE_MODULES } from './functions/node-modules';
export { PROVIDED_SDK_PACKAGES } from './functions/sdk-packages';
export { ApiError, ResourceNotFoundError } from './errors';
export { MAX_ASYNC_PAYLOAD_BYTES, MAX_SYNC_PAYLOAD_BYTES } from './instances/payload-limits';
export { RECURSION_LIMIT } from './instances/call-chains';
export {
  asyncSettingsOf,
  EVENT_AGE_RANGE,
  RETRY_ATTEMPTS_RANGE,
  type AsyncSettings,
} from './async/async-settings';
export {
  BATCH_SIZE,
  BATCHING_WINDOW_RANGE,
  mappingProblem,
  MAX_RECEIVE_COUNT_RANGE,
  MAXIMUM_CONCURRENCY_RANGE,
  queueConfigProblem,
  ruleNameProblem,
  topicNameProblem,
  VISIBILITY_TIMEOUT_RANGE,
} from './sources/validate-sources';
export { bucketNameProblem } from './sources/s3-bucket-names';
export { MAX_SQS_MESSAGE_BYTES } from './sources/sqs-queues';
// Asynchronous invocation's destinations and EventBridge buses (docs/aws-lambda.md).
export {
  DESTINATION_TYPE_LABELS,
  destinationProblem,
  EVENT_BUS_NAME,
  targetNameProblem,
} from './async/destination-names';
export { failureObjectKey } from './async/destinations';
export { DEFAULT_BUS } from './sources/event-buses';
export {
  matchesPattern,
  parseEventPattern,
  type EventPattern,
  type ParsedPattern,
} from './sources/event-pattern';
export { createManualClock, type ManualClock } from './time/clock';
export { ACCOUNT_ID, REGION } from './async/invocation-record';
export {
  createScaledClock,
  MAX_SPEED,
  MIN_SPEED,
  type RealTime,
  type ScaledClock,
} from './time/scaled-clock';
export {
  billedDurationMs,
  billedStorageMB,
  firstTierUsdPerGbSecond,
  invocationCost,
  PRICING,
  type PriceTier,
} from './billing/pricing';
export {
  FREE_EPHEMERAL_STORAGE_MB,
  lambdaBill,
  roundCents,
  tieredUsd,
  USD_PER_EPHEMERAL_GB_SECOND,
  type BillOptions,
  type LambdaBill,
  type LambdaPrices,
  type LambdaUsage,
  type LineItem,
} from './billing/lambda-bill';
export {
  averageBilledMs,
  HOURS_PER_MONTH,
  monthlyLambdaCost,
  monthlyUsage,
  MS_PER_MONTH,
  projectToMonth,
  type MonthlyLambdaInput,
} from './billing/monthly-cost';
export {
  EC2_INSTANCE_TYPES,
  ec2MonthlyCost,
  FARGATE_MINIMUM_SECONDS,
  FARGATE_RATES,
  fargateBilledSeconds,
  fargateCost,
  type Ec2InstanceType,
  type FargateBill,
  type FargateRates,
  type FargateService,
} from './billing/always-on-cost';
export { provisionedMonth } from './billing/provisioned-month';
export type { ProvisionedMonth } from './billing/provisioned-month';
export {
  breakEvenRequests,
  lambdaMonthlyUsd,
  MAX_BREAK_EVEN_REQUESTS,
  type RequestShape,
} from './billing/break-even';
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
} from './logs/log-format';
export { createSeededRandom, logStreamName, randomIds, sequentialIds, type IdSource } from './ids';
export type { PlatformListener } from './event-bus';
export {
  APPLICATION_LOG_LEVELS,
  defaultLogGroup,
  LOG_FORMATS,
  loggingOf,
  SYSTEM_LOG_LEVELS,
  type LogFormat,
  type ResolvedLogging,
} from './functions/logging-config';
export {
  MAX_RESERVED_CONCURRENCY,
  MEMORY_RANGE,
  RESERVED_ENV_KEYS,
  TIMEOUT_RANGE,
  validateConfig,
  type ConfigField,
  type ConfigProblem,
} from './functions/validate-config';
export {
  MIN_UNRESERVED_CONCURRENCY,
  reservationProblem,
  unreservedMinimumMessage,
} from './functions/unreserved-minimum';
export {
  DEFAULT_EPHEMERAL_STORAGE_MB,
  ephemeralStorageOf,
  STORAGE_RANGE,
} from './functions/ephemeral-storage';
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
export {
  arrivalsPerSecond,
  DEFAULT_LOAD_PATTERN,
  LOAD_LIMITS,
  LOAD_SHAPES,
  loadArrivals,
  loadPatternProblem,
  type LoadPattern,
  type LoadShape,
} from './load/load-pattern';
export {
  loadOutcomeOf,
  startLoadRun,
  type LoadOutcome,
  type LoadProgress,
  type LoadRun,
} from './load/load-run';
export {
  INTEGRATION_TIMEOUT_MS,
  raceIntegrationTimeout,
  type GatewayKind,
  type Raced,
} from './sources/integration-timeout';
// ECS on Fargate behind an ALB (docs/fargate.md).
export {
  createEcsService,
  ESSENTIAL_EXITED,
  type AlbResponse,
  type EcsService,
  type EcsServiceCost,
  type EcsServiceOptions,
  type EcsServiceSnapshot,
  type ServiceSettings,
  type TargetSnapshot,
} from './ecs/ecs-service';
export type { FargateEvent } from './ecs/fargate-events';
export type {
  HttpRequestSpec,
  TargetOutcome,
  TaskExecutor,
  TaskProgramSpec,
} from './ecs/task-executor';
export {
  awslogsGroupName,
  awslogsStreamName,
  FARGATE_TASK_SIZES,
  INVALID_CPU_MESSAGE,
  registerTaskDefinition,
  type CpuArchitecture,
  type TaskDefinition,
  type TaskDefinitionInput,
} from './ecs/task-definition';
export {
  DEFAULT_TASK_TIMINGS,
  TASK_STATUSES,
  type TaskState,
  type TaskStatus,
  type TaskTimings,
} from './ecs/lifecycle';
export {
  DEFAULT_TARGET_GROUP,
  type RoutingAlgorithm,
  type TargetGroupSettings,
  type TargetHealthState,
} from './alb/target-group';
export { elbErrorPage, type ElbErrorStatus } from './alb/error-pages';
export {
  DEFAULT_ALARMS,
  DEFAULT_COOLDOWN_MS,
  defaultPolicy,
  type Datapoint,
  type PredefinedMetric,
  type TargetTrackingPolicy,
} from './autoscaling/target-tracking';
export {
  ALB_PRICING,
  albCost,
  fargateMonthEstimate,
  taskCost,
  type AlbCost,
  type FargateMonth,
  type TaskCost,
} from './billing/fargate-bill';
export {
  createFakeTaskExecutor,
  type FakeProgram,
  type FakeTaskExecutor,
} from './testing/fake-task-executor';
// Lambda Web Functions (docs/web-functions.md).
export {
  createWebFunction,
  type Revision,
  type RevisionInput,
  type WebFunction,
  type WebFunctionOptions,
  type WebFunctionSnapshot,
} from './web-functions/web-function';
export type {
  AnswerSource,
  EnvironmentState,
  EnvironmentStatus,
  EnvironmentStopReason,
  ThrottleReason,
  WebFunctionEvent,
} from './web-functions/web-function-events';
export type {
  WebEnvironmentSpec,
  WebExchange,
  WebFunctionExecutor,
  WebProgramLog,
} from './web-functions/web-program-port';
export {
  ACCOUNT_ENVIRONMENT_LIMIT,
  DEFAULT_ASSUMPTIONS as WEB_FUNCTION_ASSUMPTIONS,
  endpointProblem,
  HTTP_ENDPOINT,
  listensOnHttpEndpoint,
  MAX_CONCURRENCY_RANGE,
  MAX_ENVIRONMENTS_RANGE,
  MAX_HEADER_LINES,
  nameProblem as webFunctionNameProblem,
  RATE_LIMIT_VALUES,
  READINESS_LIMIT_MS,
  revisionProblem,
  SHUTDOWN_GRACE_MS,
  SUPPORTED_METHODS,
  TIMEOUT_SECONDS_RANGE as WEB_TIMEOUT_SECONDS_RANGE,
  WEB_FUNCTION_ENVIRONMENT,
  type AutoDeploymentMode,
  type EndpointSettings,
  type RevisionSettings,
  type RevisionWeight,
  type WebFunctionAssumptions,
} from './web-functions/web-function-settings';
export {
  WEB_ERROR_TYPES,
  type WebErrorKind,
  type WebFunctionResponse,
} from './web-functions/platform-answers';
export {
  platformLogLine as webPlatformLogLine,
  programLogLine as webProgramLogLine,
  webLogGroupName,
  webLogStreamName,
  webRequestId,
  type WebPlatformRecord,
} from './web-functions/web-function-logs';
export {
  environmentGbSeconds,
  WEB_FUNCTION_RATES,
  webFunctionCost,
  type WebFunctionCost,
  type WebFunctionRates,
  type WebFunctionUsage,
} from './billing/web-function-bill';
export {
  createFakeWebExecutor,
  type FakeWebAnswer,
  type FakeWebExecutor,
  type FakeWebProgram,
} from './testing/fake-web-program';
