// API Gateway's integration timeout: the gateway stops waiting for a Lambda proxy integration after
// a fixed time and answers the client itself, while the function runs on to its own timeout and is
// billed for all of it (docs/aws-lambda.md#api-gateways-integration-timeout). Decided on the
// platform's clock, as every other platform wait is: tests advance it by hand, Speed scales it.
import type { Clock } from '../types';

/** The front doors with a limit of their own; a function URL waits up to the function's timeout. */
export type GatewayKind = 'rest-api' | 'http-api';

/**
 * REST APIs: 29 s by default (raisable for Regional and private APIs since June 2024, at a cost in
 * throttle quota). HTTP APIs: 30 s, not raisable.
 */
export const INTEGRATION_TIMEOUT_MS: Readonly<Record<GatewayKind, number>> = {
  'rest-api': 29_000,
  'http-api': 30_000,
};

export type Raced<T> = { kind: 'answered'; value: T } | { kind: 'timed-out'; afterMs: number };

/**
 * Waits for `work` at most `limitMs` of the clock's time. The work is not cancelled when the gateway
 * gives up (Lambda does not stop a function whose caller left); its rejection, if any, is left to
 * whoever else holds it.
 */
export function raceIntegrationTimeout<T>(
  clock: Clock,
  work: Promise<T>,
  limitMs: number,
): Promise<Raced<T>> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = clock.setTimer(limitMs, () => {
      if (settled) return;
      settled = true;
      resolve({ kind: 'timed-out', afterMs: limitMs });
    });
    work.then(
      (value) => {
        if (settled) return;
        settled = true;
        clock.clearTimer(timer);
        resolve({ kind: 'answered', value });
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        clock.clearTimer(timer);
        reject(error);
      },
    );
  });
}
