// The store layer's public face: the three stores and the actions the UI may call.
export { controlStore, IDLE_LIFETIMES, SPEEDS, NO_BUILD } from './control-store';
export type { BuildView, ControlState, IdleLifetimeChoice } from './control-store';
export { sessionStore } from './session-store';
export type { InstanceView, LogLine, ResultView, SessionState } from './session-model';
export { LIVE_STATES, LOG_LINES_KEPT } from './session-model';
export { workspaceStore, workspaceActions, selectedFunction } from './workspace-store';
export type { WorkspaceState } from './workspace-store';
export type { FunctionDraft } from './workspace-model';
export { filePathProblem } from './workspace-files';
export { jsonProblem } from './json-problem';
export {
  invokeFunction,
  invokeSelectedFunction,
  retireFunction,
  resetPlatform,
  setIdleLifetime,
  setPaused,
  setSpeed,
  startPlatform,
} from './playground';
export { watchBuilds } from './watch-builds';
