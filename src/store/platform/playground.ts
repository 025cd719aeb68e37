// The actions the UI calls to run functions and steer the simulation.
import type { InvocationType } from '../../engine';
import { ApiError } from '../../engine';
import { controlStore, IDLE_LIFETIMES, setNotice } from './control-store';
import type { IdleLifetimeChoice } from './control-store';
import { readyToRun, retireAll } from './deploy';
import { jsonProblem } from '../../workspace/json-problem';
import { stopLoad } from '../sources/load/load-generator';
import { world } from './platform-world';
import { applyEventBuses } from '../sources/eventbridge/eventbridge-sync';
import { reapplyPubSub } from '../sources/pubsub/pubsub-actions';
import { reapplyTables } from '../sources/dynamodb/tables-actions';
import { reapplyBuckets } from '../sources/s3/s3-actions';
import { startedByLearner } from './run-hold';
import { stopAllServices } from './web-apps';
import { reapplySchedules } from '../sources/schedules/schedules-sync';
import { resetSession } from '../live/session/session-store';
import { resetDeliveries } from '../live/deliveries/deliveries-store';
import { resetArchitecture } from '../live/architecture/architecture-store';
import { resetCostMeter } from '../live/cost-meter/cost-meter-store';
import { resetStageFeed } from '../live/stage-feed/stage-feed';
import { resetTimeline } from '../live/timeline/timeline-store';
import { resetMetrics } from '../live/metrics/metrics-store';
import { workspaceStore } from '../workspace/workspace-store';

export { setPaused, setSpeed, stepSimulation } from './sim-clock';

/** Starts the platform (and its spare workers) so the first Invoke finds them ready. */
export function startPlatform(): void {
  world();
}

/** Invokes a function synchronously with its test event, as the console's Test button does. */
export async function invokeFunction(functionId: string): Promise<void> {
  // The learner's own act: a held scenario's time starts, so this invocation can finish.
  startedByLearner();
  const draft = workspaceStore.getState().functions.find((fn) => fn.id === functionId);
  if (!draft) return;
  const eventProblem = jsonProblem(draft.testEvent);
  if (eventProblem) {
    setNotice(functionId, `The test event is not valid JSON: ${eventProblem}`);
    return;
  }
  const name = await readyToRun(functionId);
  if (!name) return;
  try {
    if (controlStore.getState().invocationType === 'RequestResponse') {
      await world().platform.invoke(name, draft.testEvent);
      return;
    }
    const { statusCode, requestId } = world().platform.invokeAsync(name, draft.testEvent);
    setNotice(
      functionId,
      `${statusCode} Accepted: event ${requestId} is queued. Follow its attempts, retries and fate in Async events (below Cost).`,
    );
  } catch (error) {
    // An API refusal (e.g. a 6 MB payload) reads as the AWS CLI prints it: the error's name first.
    const { message } = error as Error;
    setNotice(functionId, error instanceof ApiError ? `${error.code}: ${message}` : message);
  }
}

/** Invokes the function the learner is looking at (the Invoke button and Ctrl/Cmd+Enter). */
export function invokeSelectedFunction(): void {
  void invokeFunction(workspaceStore.getState().selectedId);
}

export function setInvocationType(invocationType: InvocationType): void {
  controlStore.setState({ invocationType });
}

/** AWS timing on or off: applies from the next cold start. */
export function setAwsTiming(awsTiming: boolean): void {
  world().platform.setSettings({ awsTiming });
  controlStore.setState({ awsTiming });
}

/** Lambda's scaling rate, lowered for a class to see a burst throttled; applies at once. */
export function setScalingRate(scalingRatePer10s: number): void {
  world().platform.setSettings({ scalingRatePer10s });
  controlStore.setState({ scalingRatePer10s });
}

export function setIdleLifetime(choice: IdleLifetimeChoice): void {
  const { min, max } = IDLE_LIFETIMES[choice];
  world().platform.setSettings({ idleLifetimeMs: { min, max } });
  controlStore.setState({ idleLifetime: choice });
}

/** Clears the stage, logs and costs: every instance is stopped and every function redeployed. */
export function resetPlatform(): void {
  stopLoad();
  retireAll();
  resetSession();
  stopAllServices();
  resetDeliveries();
  resetCostMeter();
  resetTimeline();
  resetStageFeed();
  resetMetrics();
  resetArchitecture();
  void reapplySchedules();
  void reapplyBuckets();
  void reapplyPubSub();
  void reapplyTables();
  void applyEventBuses();
}
