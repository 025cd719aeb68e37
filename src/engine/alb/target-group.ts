// A target group's settings and one target's health as the ALB judges it (docs/fargate.md#the-alb).

export type TargetHealthState = 'initial' | 'healthy' | 'unhealthy' | 'draining';

export type RoutingAlgorithm = 'round_robin' | 'least_outstanding_requests';

export interface TargetGroupSettings {
  healthCheckIntervalMs: number;
  healthCheckTimeoutMs: number;
  healthyThreshold: number;
  unhealthyThreshold: number;
  /** The status codes that pass; the default matcher is 200. */
  matcher: readonly number[];
  deregistrationDelayMs: number;
  routing: RoutingAlgorithm;
  /** The ALB answers 504 when a target sends nothing for this long. */
  idleTimeoutMs: number;
  /**
   * From registration to the first check. Not published; health checks start within seconds of
   * registration in public ECS timelines (an assumption, editable).
   */
  firstHealthCheckDelayMs: number;
}

export const DEFAULT_TARGET_GROUP: TargetGroupSettings = {
  healthCheckIntervalMs: 30_000,
  healthCheckTimeoutMs: 5_000,
  healthyThreshold: 5,
  unhealthyThreshold: 2,
  matcher: [200],
  deregistrationDelayMs: 300_000,
  routing: 'round_robin',
  idleTimeoutMs: 60_000,
  firstHealthCheckDelayMs: 2_000,
};

/** The ranges ELB accepts (ModifyTargetGroup / ModifyTargetGroupAttributes). */
export function checkTargetGroup(settings: TargetGroupSettings): TargetGroupSettings {
  const within = (name: string, value: number, min: number, max: number) => {
    if (!(Number.isFinite(value) && value >= min && value <= max)) {
      throw new RangeError(`${name} must be within ${min}–${max}, got ${String(value)}`);
    }
  };
  within('healthCheckIntervalMs', settings.healthCheckIntervalMs, 5_000, 300_000);
  within('healthCheckTimeoutMs', settings.healthCheckTimeoutMs, 2_000, 120_000);
  if (settings.healthCheckTimeoutMs >= settings.healthCheckIntervalMs) {
    throw new RangeError('The health check timeout must be smaller than the interval');
  }
  within('healthyThreshold', settings.healthyThreshold, 2, 10);
  within('unhealthyThreshold', settings.unhealthyThreshold, 2, 10);
  within('deregistrationDelayMs', settings.deregistrationDelayMs, 0, 3_600_000);
  within('idleTimeoutMs', settings.idleTimeoutMs, 1_000, 4_000_000_000);
  within('firstHealthCheckDelayMs', settings.firstHealthCheckDelayMs, 0, 300_000);
  return settings;
}

export interface TargetHealth {
  state: TargetHealthState;
  /** ELB's reason code, e.g. Elb.RegistrationInProgress, Target.FailedHealthChecks. */
  reason: string | null;
  passes: number;
  failures: number;
}

export function newTarget(): TargetHealth {
  return { state: 'initial', reason: 'Elb.RegistrationInProgress', passes: 0, failures: 0 };
}

/**
 * One health check's verdict applied: a new target needs one pass; a healthy one turns unhealthy
 * after `unhealthyThreshold` failures in a row, an unhealthy one healthy after `healthyThreshold`
 * passes in a row.
 */
export function afterHealthCheck(
  health: TargetHealth,
  passed: boolean,
  failReason: string,
  settings: Pick<TargetGroupSettings, 'healthyThreshold' | 'unhealthyThreshold'>,
): TargetHealth {
  if (health.state === 'draining') return health;
  const passes = passed ? health.passes + 1 : 0;
  const failures = passed ? 0 : health.failures + 1;
  if (passed) {
    const needed = health.state === 'initial' ? 1 : settings.healthyThreshold;
    if (health.state !== 'healthy' && passes >= needed) {
      return { state: 'healthy', reason: null, passes, failures };
    }
    return { ...health, passes, failures };
  }
  if (health.state !== 'unhealthy' && failures >= settings.unhealthyThreshold) {
    return { state: 'unhealthy', reason: failReason, passes, failures };
  }
  return {
    ...health,
    passes,
    failures,
    reason: health.state === 'unhealthy' ? failReason : health.reason,
  };
}
