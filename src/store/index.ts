// The store layer's public face: the three stores and the actions the UI may call.
export { controlStore, IDLE_LIFETIMES, SPEEDS, NO_BUILD } from './control-store';
export { crashStore, dismissCrash } from './crash-store';
export type { BuildView, ControlState, IdleLifetimeChoice } from './control-store';
export { sessionStore } from './session-store';
export type { InstanceView, LogLine, ResultView, SessionState } from './session-model';
export { LIVE_STATES, LOG_LINES_KEPT } from './session-model';
export { workspaceStore, workspaceActions, selectedFunction } from './workspace-store';
export type { WorkspaceState } from './workspace-store';
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
} from './workspace-library';
export type { WorkspaceEntry, WorkspaceLibraryState } from './workspace-library';
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
} from './workspace-library-share';
export type { LinkOutcome, OpenedLink, ShareState } from './workspace-library-share';
export { holdSentence, runHoldStore } from './run-hold';
export type { HeldSource, RunHold } from './run-hold';
export type { Workspace } from './workspace-model';
export type { FunctionDraft, HttpFront, HttpRoute, HttpTriggerConfig } from './workspace-model';
export { sendHttpRequest } from './http-trigger';
export { httpHistoryStore } from './http-history';
export type { HttpExchange } from './http-history';
export { filePathProblem } from './workspace-files';
export { ownValue } from './own-key';
export { jsonProblem } from './json-problem';
export { retireFunction } from './deploy';
export {
  invokeFunction,
  invokeSelectedFunction,
  resetPlatform,
  setAwsTiming,
  setIdleLifetime,
  setInvocationType,
  setPaused,
  setSpeed,
  startPlatform,
  stepSimulation,
} from './playground';
export { watchBuilds } from './watch-builds';
export { watchSettings } from './watch-settings';
export { scheduleProblem, watchSchedules } from './schedules';
export type { ScheduleDraft } from './workspace-model';
export { deliveriesStore } from './deliveries-store';
export type {
  AttemptOutcome,
  AttemptView,
  DeliveriesState,
  DeliveryStatus,
  DeliveryStatusKind,
  DeliveryView,
  QueueTally,
} from './deliveries-model';
export { DELIVERIES_KEPT } from './deliveries-model';
export { failureLabel, keptInText, retryReasonText } from './deliveries-wording';
export { simulatedNow } from './simulated-time';
export { deleteObject, putObject, watchBuckets } from './s3';
export {
  addNotification,
  createBucket,
  deleteBucket,
  removeNotification,
  updateNotification,
} from './s3-buckets';
export { bucketNameProblem, objectKeyProblem } from './s3-bucket-rules';
export {
  filterHint,
  NOTIFICATION_EVENT_TYPES,
  notificationProblems,
} from './s3-notification-rules';
export type { NotificationProblems } from './s3-notification-rules';
export { s3ObjectStore } from './s3-objects';
export type { PutObjectInput, S3ChangeView, S3ObjectView, S3Outcome } from './s3-objects';
export type { BucketDraft, NotificationDraft } from './workspace-model';
export { publishToTopic, pubsubStore, redriveQueue, sendToQueue, watchPubSub } from './pubsub';
export type { PubSubState, PublishRequest, SendRequest } from './pubsub';
export { LIVE_MESSAGES_KEPT, pubsubLiveStore, watchPubSubLive } from './pubsub-live';
export type { LiveQueue, PubSubLiveState } from './pubsub-live';
export { newQueueDraft, newTopicDraft, withoutQueue } from './pubsub-drafts';
export type { AttributeRow } from './pubsub-drafts';
export type {
  QueueDraft,
  QueueMappingDraft,
  QueueRedriveDraft,
  TopicDraft,
} from './workspace-model';
export { loadStore, startLoad, stopLoad } from './load-generator';
export type { LoadState } from './load-generator';
export type { LoadDraft, LoadTargetDraft, LoadTargetKind } from './workspace-model';
export { DEFAULT_LOAD_TARGET, LOAD_TARGET_KINDS, loadTargetOf } from './load-targets';
export { costMeterStore, resetCostMeter, setMeterFreeTier, watchCostMeter } from './cost-meter';
export type { CostMeterState, CostReceipt } from './cost-meter-model';
export { RECEIPTS_KEPT } from './cost-meter-model';
export { costInputsStore, setCalculator, setEc2Price, setEc2Type, setFargate } from './cost-inputs';
export type { CalculatorInputs, CostInputsState, Ec2Inputs, FargateInputs } from './cost-inputs';
export { timelineStore } from './timeline-store';
export { startFrameTicker } from './frame-batch';
export type {
  InvocationDetails,
  SegmentKind,
  SegmentStatus,
  TimelineSegment,
  TimelineState,
} from './timeline-model';
export { TIMELINE_DETAILS_KEPT, TIMELINE_WINDOWS } from './timeline-model';
export { savedEventNameProblem } from './saved-events';
export { readMetrics, resetMetrics, watchMetrics } from './metrics-store';
export { METRIC_PERIODS, periodForSpeed } from './metrics-model';
export type { MetricPeriod, MetricPeriodSpec, MetricSeriesView } from './metrics-model';
export {
  lessonsStore,
  openLesson,
  resetLesson,
  setLessonsPanel,
  showSolution,
  viewLesson,
  watchLessons,
} from './lessons-store';
export type { LessonsState } from './lessons-store';
export { lessonStatus, progressOf } from './lessons-progress';
export type { CourseProgress, LessonProgress, LessonStatus } from './lessons-progress';
export { exportWorkspaceArchive, importPickedFiles } from './workspace-archive';
export { IMPORT_LIMITS_TEXT } from '../share';
export type { ImportOutcome } from './workspace-archive';
export type { PickedFile } from './picked-files';
export { fullAppLink } from './embed-link';
