import { describe, expect, it } from 'vitest';
import { alarmState, decide, defaultPolicy, type Datapoint } from './target-tracking';

const policy = defaultPolicy('ECSServiceAverageCPUUtilization', 50);
const fresh = { lastScaleOutAt: null, lastScaleInAt: null };

function run(
  datapoints: Datapoint[],
  current: number,
  extra: Partial<Parameters<typeof decide>[0]> = {},
) {
  return decide({
    datapoints,
    policy,
    current,
    min: 1,
    max: 10,
    now: 1_000_000,
    state: fresh,
    ...extra,
  });
}

describe('alarms', () => {
  it('AlarmHigh needs 3 of 3 datapoints above the target', () => {
    expect(alarmState([60, 60], 3, (v) => v > 50)).toBe('INSUFFICIENT_DATA');
    expect(alarmState([60, 40, 60], 3, (v) => v > 50)).toBe('OK');
    expect(alarmState([40, 60, 60, 60], 3, (v) => v > 50)).toBe('ALARM');
    expect(alarmState([60, null, 60], 3, (v) => v > 50)).toBe('INSUFFICIENT_DATA');
  });
});

describe('decide', () => {
  it('scales out proportionally: ceil(current × metric / target)', () => {
    // 2 tasks at 80 % against 50 %: ceil(2 × 80 / 50) = ceil(3.2) = 4.
    expect(run([80, 80, 80], 2)).toMatchObject({
      high: 'ALARM',
      desiredCount: 4,
      direction: 'out',
    });
  });

  it('waits for the third high minute', () => {
    expect(run([30, 80, 80], 2).desiredCount).toBeNull();
  });

  it('never scales with a missing datapoint in the window', () => {
    expect(run([80, null, 80], 2)).toMatchObject({ high: 'INSUFFICIENT_DATA', desiredCount: null });
  });

  it('stops at the maximum', () => {
    expect(run([500, 500, 500], 4).desiredCount).toBe(10);
    expect(run([500, 500, 500], 10)).toMatchObject({ desiredCount: null, heldBy: 'max' });
  });

  it('scales in only after 15 minutes below 90 % of the target', () => {
    const low = Array<number>(15).fill(20);
    // 44.9 < 45 (90 % of 50) breaches; 45 does not.
    expect(run([...Array<number>(14).fill(20), 45], 4).low).toBe('OK');
    expect(run(Array<number>(14).fill(20), 4).low).toBe('INSUFFICIENT_DATA');
    // 4 tasks at 20 % against 50 %: ceil(4 × 20 / 50) = ceil(1.6) = 2.
    expect(run(low, 4)).toMatchObject({ low: 'ALARM', desiredCount: 2, direction: 'in' });
    // In ALARM, but the latest minute asks for ceil(4 × 44.9 / 50) = 4 tasks: nothing to remove.
    expect(run([...Array<number>(14).fill(20), 44.9], 4)).toMatchObject({
      low: 'ALARM',
      desiredCount: null,
    });
  });

  it('never scales in below the minimum', () => {
    expect(run(Array<number>(15).fill(1), 4, { min: 3 }).desiredCount).toBe(3);
    expect(run(Array<number>(15).fill(1), 3, { min: 3 })).toMatchObject({
      desiredCount: null,
      heldBy: 'min',
    });
  });

  it('holds a scale-out for 300 s after the last one', () => {
    const state = { lastScaleOutAt: 1_000_000 - 299_999, lastScaleInAt: null };
    expect(run([80, 80, 80], 2, { state }).heldBy).toBe('scale-out-cooldown');
    const later = { lastScaleOutAt: 1_000_000 - 300_000, lastScaleInAt: null };
    expect(run([80, 80, 80], 2, { state: later }).desiredCount).toBe(4);
  });

  it('holds a scale-in during its cooldown, but a scale-out interrupts it', () => {
    const state = { lastScaleOutAt: null, lastScaleInAt: 1_000_000 - 60_000 };
    expect(run(Array<number>(15).fill(20), 4, { state }).heldBy).toBe('scale-in-cooldown');
    expect(run([80, 80, 80], 2, { state }).desiredCount).toBe(4);
  });

  it('does not scale in while a scale-out cooldown runs, nor when scale-in is off', () => {
    const state = { lastScaleOutAt: 1_000_000 - 60_000, lastScaleInAt: null };
    expect(run(Array<number>(15).fill(20), 4, { state }).heldBy).toBe('scale-in-cooldown');
    const off = { ...policy, disableScaleIn: true };
    expect(run(Array<number>(15).fill(20), 4, { policy: off }).heldBy).toBe('scale-in-disabled');
  });
});
