// What the page shows of each running web app's Lambda Web Function: its execution environments
// with their status and requests in flight, its log lines (`/aws/lambda/web/<name>`, JSON), and
// its bill so far. Projected from the Web Function's events and snapshots; the money is the
// engine's figure (docs/web-functions.md#billing), never computed here.
import { createStore } from 'zustand/vanilla';
import type {
  EnvironmentState,
  WebFunctionCost,
  WebFunctionEvent,
  WebFunctionSnapshot,
} from '../../../engine';
import type { ServiceLogLine } from '../fargate/fargate-store';
import { withLogLine } from '../fargate/fargate-store';

export interface WebFunctionLive {
  functionName: string;
  logGroupName: string;
  /** Environments not yet stopped, oldest first: a stopped one leaves the stage. */
  environments: EnvironmentState[];
  logs: ServiceLogLine[];
  cost: WebFunctionCost | null;
  /** What the web app's earlier deployments (functions since deleted) cost this session. */
  earlierUsd: number;
  /** The function was deleted: no environments any more; its bill so far stays on the meter. */
  deleted: boolean;
}

export interface WebFunctionsState {
  /** By web app id. */
  functions: ReadonlyMap<string, WebFunctionLive>;
}

export const webFunctionStore = createStore<WebFunctionsState>()(() => ({
  functions: new Map(),
}));

function update(appId: string, change: (live: WebFunctionLive) => WebFunctionLive): void {
  const current = webFunctionStore.getState().functions.get(appId);
  if (!current) return;
  const functions = new Map(webFunctionStore.getState().functions);
  functions.set(appId, change(current));
  webFunctionStore.setState({ functions });
}

export function openWebFunctionView(appId: string, functionName: string, logGroupName: string) {
  const functions = new Map(webFunctionStore.getState().functions);
  const before = functions.get(appId);
  functions.set(appId, {
    functionName,
    logGroupName,
    environments: [],
    // A redeploy keeps the lines so far: the old environments' output is still worth reading.
    logs: before?.logs ?? [],
    cost: null,
    earlierUsd: before ? before.earlierUsd + (before.cost?.totalUsd ?? 0) : 0,
    deleted: false,
  });
  webFunctionStore.setState({ functions });
}

export function closeWebFunctionView(appId: string): void {
  const functions = new Map(webFunctionStore.getState().functions);
  functions.delete(appId);
  webFunctionStore.setState({ functions });
}

export function clearWebFunctionViews(): void {
  webFunctionStore.setState({ functions: new Map() });
}

/** The Web Function's state as of now: its environments and its bill. */
export function receiveWebFunctionSnapshot(appId: string, snapshot: WebFunctionSnapshot): void {
  update(appId, (live) => ({ ...live, environments: snapshot.environments, cost: snapshot.cost }));
}

/** The function was deleted (its environments ended with it): the lane empties, the bill stays. */
export function receiveWebFunctionDeleted(appId: string): void {
  update(appId, (live) => ({ ...live, environments: [], deleted: true }));
}

/** A log line of the function's, platform record or program line, as CloudWatch shows it. */
export function receiveWebFunctionEvent(appId: string, event: WebFunctionEvent): void {
  if (event.type !== 'log') return;
  update(appId, (live) =>
    withLogLine(live, { time: event.time, stream: event.logStreamName, message: event.message }),
  );
}

/** The Web Functions' part of the session's bill: every web app's environments so far. */
export function webFunctionsUsd(state: WebFunctionsState = webFunctionStore.getState()): number {
  let total = 0;
  for (const live of state.functions.values())
    total += live.earlierUsd + (live.cost?.totalUsd ?? 0);
  return total;
}
