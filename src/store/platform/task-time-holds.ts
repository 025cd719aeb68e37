// Platform time held while this computer does a web program's work: an ECS task's
// (docs/fargate.md#in-the-app) or a Lambda Web Function environment's (docs/web-functions.md#in-the-app).
import type { ScaledClock, TaskExecutor, WebFunctionExecutor } from '../../engine';

/**
 * Real ms platform time may wait for a task's worker to boot and its program to listen: long
 * enough for a cold worker on a busy computer, short enough that a program that never listens
 * on its container port does not stop the clock for good (its health checks then fail).
 */
export const START_HOLD_LIMIT_MS = 5_000;
/** Real ms platform time may wait for one answer from a task (a health check, a request). */
export const REQUEST_HOLD_LIMIT_MS = 1_000;

/**
 * The tasks' executor with platform time held while this computer does the tasks' work: a
 * worker's boot and a request's round trip through the page take real ms that at 100× are
 * seconds of platform time, and would fail the ALB's 5 s health check timeouts that AWS's would
 * pass. As for functions (docs/aws-lambda.md#platform-time), the browser's slowness never
 * changes what the platform decides; a program slower than the limits is the program's own.
 */
export function holdingPlatformTime(
  executor: TaskExecutor,
  clock: Pick<ScaledClock, 'hold'>,
): TaskExecutor {
  return {
    startTask(spec) {
      const release = clock.hold(START_HOLD_LIMIT_MS);
      executor.startTask({
        ...spec,
        onListening: () => {
          release();
          spec.onListening();
        },
        onExit: (exit) => {
          release();
          spec.onExit(exit);
        },
      });
    },
    request(taskId, request) {
      const release = clock.hold(REQUEST_HOLD_LIMIT_MS);
      return executor.request(taskId, request).finally(release);
    },
    busyMs: (taskId) => executor.busyMs(taskId),
    signal: (taskId, signal) => executor.signal(taskId, signal),
  };
}

/**
 * The Web Function's executor with platform time held the same way: from an environment's process
 * start until its server listens (or it exits), and while a request is answered, so a worker's
 * boot does not eat the 10 s readiness limit at 100× and a round trip through the page is not
 * counted against the request timeout. A program that never listens lets time run after
 * START_HOLD_LIMIT_MS: it then fails readiness as it would on AWS.
 */
export function holdingWebFunctionTime(
  executor: WebFunctionExecutor,
  clock: Pick<ScaledClock, 'hold'>,
): WebFunctionExecutor {
  return {
    startEnvironment(spec) {
      const release = clock.hold(START_HOLD_LIMIT_MS);
      executor.startEnvironment({
        ...spec,
        onListening: (address) => {
          release();
          spec.onListening(address);
        },
        onExit: (exit) => {
          release();
          spec.onExit(exit);
        },
      });
    },
    request(environmentId, request) {
      const release = clock.hold(REQUEST_HOLD_LIMIT_MS);
      const exchange = executor.request(environmentId, request);
      return {
        outcome: exchange.outcome.finally(release),
        cancel: () => {
          release();
          exchange.cancel();
        },
      };
    },
    busyMs: (environmentId) => executor.busyMs(environmentId),
    signal: (environmentId, signal) => executor.signal(environmentId, signal),
  };
}
