// The store layer's public face: the three stores and the actions the UI may call.
export { controlStore, IDLE_LIFETIMES, SPEEDS, NO_BUILD } from './control-store';
export type { BuildView, ControlState, IdleLifetimeChoice } from './control-store';
export { sessionStore } from './session-store';
export type { InstanceView, LogLine, ResultView, SessionState } from './session-model';
export { LIVE_STATES, LOG_LINES_KEPT } from './session-model';
export { workspaceStore, workspaceActions, selectedFunction } from './workspace-store';
export type { WorkspaceState } from './workspace-store';
export type { FunctionDraft, HttpFront, HttpRoute, HttpTriggerConfig } from './workspace-model';
export { sendHttpRequest } from './http-trigger';
export { httpHistoryStore } from './http-history';
export type { HttpExchange } from './http-history';
export { filePathProblem } from './workspace-files';
export { jsonProblem } from './json-problem';
export { retireFunction } from './deploy';
export {
  invokeFunction,
  invokeSelectedFunction,
  resetPlatform,
  setIdleLifetime,
  setInvocationType,
  setPaused,
  setSpeed,
  startPlatform,
} from './playground';
export { watchBuilds } from './watch-builds';
export { scheduleProblem, watchSchedules } from './schedules';
export type { ScheduleDraft } from './workspace-model';
