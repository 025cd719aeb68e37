// Application Auto Scaling target tracking as a pure decision on one-minute datapoints
// (docs/fargate.md#target-tracking): the two alarms AAS creates, cooldowns, min and max.

export type PredefinedMetric = 'ECSServiceAverageCPUUtilization' | 'ALBRequestCountPerTarget';

export interface TargetTrackingPolicy {
  metric: PredefinedMetric;
  /** Percent for CPU; requests per target per minute for ALBRequestCountPerTarget. */
  targetValue: number;
  /** Default 300 s each for ECS services. */
  scaleOutCooldownMs: number;
  scaleInCooldownMs: number;
  /** Turn scale-in off: the policy then only adds tasks. */
  disableScaleIn: boolean;
}

export interface AlarmSettings {
  /** AlarmHigh: this many consecutive datapoints above the target (3 of 3). */
  highDatapoints: number;
  /** AlarmLow: this many consecutive datapoints below `lowRatio` × target (15 of 15). */
  lowDatapoints: number;
  /** AlarmLow's threshold as a share of the target: about 10 % below it. */
  lowRatio: number;
}

export const DEFAULT_ALARMS: AlarmSettings = {
  highDatapoints: 3,
  lowDatapoints: 15,
  lowRatio: 0.9,
};

export const DEFAULT_COOLDOWN_MS = 300_000;

export function defaultPolicy(metric: PredefinedMetric, targetValue: number): TargetTrackingPolicy {
  return {
    metric,
    targetValue,
    scaleOutCooldownMs: DEFAULT_COOLDOWN_MS,
    scaleInCooldownMs: DEFAULT_COOLDOWN_MS,
    disableScaleIn: false,
  };
}

/** A one-minute datapoint; null: no data that minute (e.g. no task ran to measure). */
export type Datapoint = number | null;

export type AlarmState = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

/**
 * One alarm over the newest `count` datapoints: ALARM when every one breaches, INSUFFICIENT_DATA
 * when there are fewer than `count` or one is missing (AAS then does not scale), OK otherwise.
 */
export function alarmState(
  datapoints: readonly Datapoint[],
  count: number,
  breaches: (value: number) => boolean,
): AlarmState {
  if (datapoints.length < count) return 'INSUFFICIENT_DATA';
  const recent = datapoints.slice(-count);
  if (recent.some((value) => value === null)) return 'INSUFFICIENT_DATA';
  return recent.every((value) => breaches(value as number)) ? 'ALARM' : 'OK';
}

export interface ScalingState {
  /** The last scale-out / scale-in took effect at these times (ms), or null. */
  lastScaleOutAt: number | null;
  lastScaleInAt: number | null;
}

export interface ScalingDecision {
  high: AlarmState;
  low: AlarmState;
  /** The desired count to set, or null to leave it. */
  desiredCount: number | null;
  direction: 'out' | 'in' | null;
  /** Why nothing changed, when an alarm was in ALARM (cooldown, at max, …). */
  heldBy: 'scale-out-cooldown' | 'scale-in-cooldown' | 'max' | 'min' | 'scale-in-disabled' | null;
}

/** ceil(current × metric / target), kept within [min, max]: the proportional capacity. */
export function proportionalCapacity(current: number, metric: number, target: number): number {
  // Shave float noise so 3 × 50 / 50 stays 3, not 3.0000000000000004 → 4.
  return Math.ceil((current * metric) / target - 1e-9);
}

/**
 * The decision AAS makes once a new datapoint is in. Scale-out: proportional, as fast as it can,
 * and allowed during a scale-in cooldown (it ends it). Scale-in: only after 15 low minutes, never
 * during either cooldown, to the same proportional capacity (the gradualness is the long alarm and
 * the cooldown between steps).
 */
export function decide(input: {
  datapoints: readonly Datapoint[];
  policy: TargetTrackingPolicy;
  alarms?: AlarmSettings;
  current: number;
  min: number;
  max: number;
  now: number;
  state: ScalingState;
}): ScalingDecision {
  const { datapoints, policy, current, min, max, now, state } = input;
  const alarms = input.alarms ?? DEFAULT_ALARMS;
  const target = policy.targetValue;
  const high = alarmState(datapoints, alarms.highDatapoints, (v) => v > target);
  const low = alarmState(datapoints, alarms.lowDatapoints, (v) => v < target * alarms.lowRatio);
  const latest = datapoints[datapoints.length - 1] ?? null;
  const none = { high, low, desiredCount: null, direction: null } as const;

  if (high === 'ALARM' && latest !== null) {
    if (state.lastScaleOutAt !== null && now - state.lastScaleOutAt < policy.scaleOutCooldownMs) {
      return { ...none, heldBy: 'scale-out-cooldown' };
    }
    const wanted = Math.min(max, Math.max(min, proportionalCapacity(current, latest, target)));
    if (wanted <= current) return { ...none, heldBy: current >= max ? 'max' : null };
    return { high, low, desiredCount: wanted, direction: 'out', heldBy: null };
  }
  if (low === 'ALARM' && latest !== null) {
    if (policy.disableScaleIn) return { ...none, heldBy: 'scale-in-disabled' };
    const inCooldown =
      (state.lastScaleInAt !== null && now - state.lastScaleInAt < policy.scaleInCooldownMs) ||
      (state.lastScaleOutAt !== null && now - state.lastScaleOutAt < policy.scaleOutCooldownMs);
    if (inCooldown) return { ...none, heldBy: 'scale-in-cooldown' };
    const wanted = Math.max(min, Math.min(max, proportionalCapacity(current, latest, target)));
    if (wanted >= current) return { ...none, heldBy: current <= min ? 'min' : null };
    return { high, low, desiredCount: wanted, direction: 'in', heldBy: null };
  }
  return { ...none, heldBy: null };
}
