// The store layer's public face: the stores the UI reads, the actions it may call, and the workspace
// vocabulary (from src/workspace) the UI edits. Components reach them through src/ui/hooks.
export { controlStore, IDLE_LIFETIMES, NO_BUILD, SCALING_RATES } from './platform/control-store';
export { SPEEDS } from '../workspace/speeds';
export { crashStore, dismissCrash } from './platform/crash-store';
export type { BuildView, ControlState, IdleLifetimeChoice } from './platform/control-store';
export { sessionStore } from './live/session/session-store';
export type {
  HostWaits,
  InstanceView,
  LogLine,
  ResultView,
  SessionState,
} from './live/session/session-model';
export { LIVE_STATES, LOG_LINES_KEPT } from './live/session/session-model';
export { initDurationOf } from './live/session/project-events';
export { subscribeStageEvents } from './live/stage-feed/stage-feed';
export type { StageEvent, StageListener } from './live/stage-feed/stage-feed';
export { workspaceStore, workspaceActions, selectedFunction } from './workspace/workspace-store';
export type { WorkspaceState } from './workspace/workspace-store';
export {
  backupOfAllWork,
  createWorkspace,
  deleteWorkspace,
  dismissLibraryMessage,
  duplicateWorkspace,
  forgetDeleted,
  freeWorkspaceName,
  openAsNewWorkspace,
  renameWorkspace,
  replaceWorkspaceContent,
  resolveConflict,
  switchWorkspace,
  undoDelete,
  workspaceLibraryStore,
} from './workspace/library';
export type { WorkspaceEntry, WorkspaceLibraryState } from './workspace/library';
export { savedPresenterChoice, savePresenterChoice } from './workspace/presenter-choice';
export {
  createShareLink,
  discardSharedWorkspace,
  dismissShareProblem,
  ignoreArrivedLink,
  keepSharedWorkspace,
  linkArrived,
  noticeSharedSave,
  openArrivedLink,
  openShareFragment,
  replaceWithSharedWorkspace,
  runThisScenario,
  saveSharedAgain,
  shareStore,
  showShareFragmentUnsaved,
} from './workspace/library-share';
export type { LinkOutcome, OpenedLink, ShareState } from './workspace/library-share';
export { holdSentence, runHoldStore } from './platform/run-hold';
export type { HeldSource, RunHold } from './platform/run-hold';
export type { Workspace } from '../workspace/model';
export type {
  FunctionDraft,
  HttpFront,
  HttpRoute,
  HttpTriggerConfig,
  UrlInvokeMode,
} from '../workspace/model';
export { sendHttpRequest } from './sources/http/http-trigger';
export { httpHistoryStore } from './sources/http/http-history';
export type { HttpExchange } from './sources/http/http-history';
export { filePathProblem } from '../workspace/files';
export { ownValue } from '../workspace/own-key';
export { jsonProblem } from '../workspace/json-problem';
export { retireFunction } from './platform/deploy';
export { reservationProblemOf } from './platform/reservations';
export { bundlerStatus, preloadBundler, subscribeBundlerStatus } from './platform/bundler-status';
export type { BundlerStatus } from '../bundler';
export {
  invokeFunction,
  invokeSelectedFunction,
  resetPlatform,
  setAwsTiming,
  setScalingRate,
  setIdleLifetime,
  setInvocationType,
  setPaused,
  setSpeed,
  startPlatform,
  stepSimulation,
} from './platform/playground';
export { watchBuilds } from './platform/watch-builds';
export { watchSettings } from './platform/watch-settings';
export { scheduleProblem, watchSchedules } from './sources/schedules/schedules-sync';
export {
  applyEventBuses,
  eventBridgeStore,
  sendEvent,
  type EventBridgeState,
} from './sources/eventbridge/eventbridge-sync';
export type { EventBusDraft, EventRuleDraft } from '../workspace/model';
export type { ScheduleDraft } from '../workspace/model';
export { deliveriesStore } from './live/deliveries/deliveries-store';
export type {
  AttemptOutcome,
  AttemptView,
  DeliveriesState,
  DeliveryStatus,
  DeliveryStatusKind,
  DeliveryView,
  QueueTally,
} from './live/deliveries/deliveries-model';
export { DELIVERIES_KEPT } from './live/deliveries/deliveries-model';
export { failureLabel, keptInText, retryReasonText } from './live/deliveries/deliveries-wording';
export { simulatedNow } from './platform/simulated-time';
export { deleteObject, putObject, watchBuckets } from './sources/s3/s3-actions';
export {
  addNotification,
  createBucket,
  deleteBucket,
  removeNotification,
  updateNotification,
} from './sources/s3/s3-buckets';
export { newBucketNameProblem, objectKeyProblem } from '../workspace/s3-bucket-rules';
export {
  filterHint,
  NOTIFICATION_EVENT_TYPES,
  notificationProblems,
} from '../workspace/s3-notification-rules';
export type { NotificationProblems } from '../workspace/s3-notification-rules';
export { s3ObjectStore } from './sources/s3/s3-objects';
export type {
  PutObjectInput,
  S3ChangeView,
  S3ObjectView,
  S3Outcome,
} from './sources/s3/s3-objects';
export type { BucketDraft, NotificationDraft } from '../workspace/model';
export {
  publishToTopic,
  pubsubStore,
  redriveQueue,
  sendToQueue,
  watchPubSub,
} from './sources/pubsub/pubsub-actions';
export type { PubSubState, PublishRequest, SendRequest } from './sources/pubsub/pubsub-actions';
export { LIVE_MESSAGES_KEPT, pubsubLiveStore, watchPubSubLive } from './sources/pubsub/pubsub-live';
export {
  applyTables,
  connectTableStore,
  setTables,
  tablesStore,
  watchTables,
} from './sources/dynamodb/tables-actions';
export type { TableItemsPort, TablesState } from './sources/dynamodb/tables-actions';
export {
  newStreamMapping,
  newTableId,
  newTableProblem,
  tableMappingProblem,
} from '../workspace/table-drafts';
export type { TableDraft, TableStreamMappingDraft } from '../workspace/model';
export type { Item, KeyAttributeType, StreamViewType } from '../engine';
export type { LiveQueue, PubSubLiveState } from './sources/pubsub/pubsub-live';
export { newQueueDraft, newTopicDraft, withoutQueue } from '../workspace/pubsub-drafts';
export type { AttributeRow } from '../workspace/pubsub-drafts';
export type {
  QueueDraft,
  QueueMappingDraft,
  QueueRedriveDraft,
  TopicDraft,
} from '../workspace/model';
export { loadStore, startLoad, stopLoad } from './sources/load/load-generator';
export type { LoadState } from './sources/load/load-generator';
export type { LoadDraft, LoadTargetDraft, LoadTargetKind } from '../workspace/model';
export { DEFAULT_LOAD_TARGET, LOAD_TARGET_KINDS, loadTargetOf } from '../workspace/load-targets';
export {
  costMeterStore,
  resetCostMeter,
  setMeterFreeTier,
  watchCostMeter,
} from './live/cost-meter/cost-meter-store';
export type {
  CostMeterState,
  CostReceipt,
  MeteredService,
  ProvisionedReceipt,
  ProvisionedUsage,
  ServicesUsage,
} from './live/cost-meter/cost-meter-model';
export {
  METERED_SERVICES,
  provisionedUsd,
  RECEIPTS_KEPT,
  serviceUsed,
  servicesUsd,
} from './live/cost-meter/cost-meter-model';
export {
  costInputsStore,
  setCalculator,
  setEc2Price,
  setEc2Type,
  setFargate,
} from './calculators/cost-inputs';
export type {
  CalculatorInputs,
  CostInputsState,
  Ec2Inputs,
  FargateInputs,
} from './calculators/cost-inputs';
export { timelineStore } from './live/timeline/timeline-store';
export { startFrameTicker } from './live/frame-batch';
export type {
  InvocationDetails,
  SegmentKind,
  SegmentStatus,
  TimelineSegment,
  TimelineState,
} from './live/timeline/timeline-model';
export { TIMELINE_DETAILS_KEPT, TIMELINE_WINDOWS } from './live/timeline/timeline-model';
export { savedEventNameProblem } from '../workspace/saved-events';
export { readMetrics, resetMetrics, watchMetrics } from './live/metrics/metrics-store';
export { METRIC_PERIODS, periodForSpeed } from './live/metrics/metrics-model';
export type {
  MetricPeriod,
  MetricPeriodSpec,
  MetricSeriesView,
} from './live/metrics/metrics-model';
export {
  lessonsStore,
  openLesson,
  resetLesson,
  setLessonsPanel,
  showSolution,
  viewLesson,
  watchLessons,
} from './lessons/lessons-store';
export type { LessonsState } from './lessons/lessons-store';
export { lessonStatus, progressOf } from './lessons/lessons-progress';
export type { CourseProgress, LessonProgress, LessonStatus } from './lessons/lessons-progress';
export { exportWorkspaceArchive, importPickedFiles } from './workspace/archive';
export { IMPORT_LIMITS_TEXT } from '../share';
export type { ImportOutcome } from './workspace/archive';
export type { PickedFile } from '../workspace/picked-files';
export { fullAppLink } from './workspace/embed-link';
export {
  observedCallsStore,
  subscribeTraffic,
  watchArchitecture,
} from './live/architecture/architecture-store';
export { architectureGraph } from './live/architecture/architecture-graph';
export type {
  ArchEdge,
  ArchEdgeKind,
  ArchGraph,
  ArchNode,
  ArchNodeKind,
} from './live/architecture/architecture-model';
export { archNodeLabel } from './live/architecture/architecture-model';
export type { ObservedCalls } from './live/architecture/observed-calls';
export type { Hop } from './live/architecture/traffic';

// The page's localStorage, guarded (blocked storage is none): for the UI's own view preferences.
export { browserStorage } from '../workspace/persistence';
// Web apps run as ECS services on Fargate (docs/fargate.md).
export { selectedService } from './workspace/workspace-store';
export type { ServiceDraft, WebAppRunAs } from '../workspace/model';
export {
  MAX_ENVIRONMENTS,
  MAX_TASKS,
  memoryChoices,
  RUN_AS_OPTIONS,
  serviceProblem,
} from '../workspace/service-drafts';
export {
  applyServiceCounts,
  deployService,
  isServiceRunning,
  retireService,
  stopService,
} from './platform/web-apps';
export { sendServiceHttpRequest } from './sources/http/http-trigger';
export { fargateStore, fargateUsd, SERVICE_LOG_LINES_KEPT } from './live/fargate/fargate-store';
export { webFunctionStore, webFunctionsUsd } from './live/web-functions/web-function-store';
export type { WebFunctionLive, WebFunctionsState } from './live/web-functions/web-function-store';
export type {
  FargateState,
  ServiceLive,
  ServiceLogLine,
  TaskView,
} from './live/fargate/fargate-store';
