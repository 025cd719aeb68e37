import { describe, expect, it } from 'vitest';
import type { TimelineSegment } from '../../store';
import { placeSegment } from './timeline-layout';
import { blockLabel, blockTone, segmentLabel, segmentTone } from './timeline-labels';

const invoke: TimelineSegment = {
  id: 's1',
  kind: 'invoke',
  functionName: 'add-numbers',
  instanceId: 'add-numbers-1',
  start: 1000,
  end: 1012.4,
  cold: false,
  status: 'ok',
  requestId: '3f2a1b0c-0000-4000-8000-000000000001',
  count: 1,
};

describe('segmentLabel', () => {
  it('names an invocation by function, request, temperature, duration and outcome', () => {
    expect(segmentLabel(invoke)).toBe('add-numbers invocation 3f2a1b0c… warm, 12 ms, Succeeded');
    expect(segmentLabel({ ...invoke, cold: true, end: null, status: null })).toBe(
      'add-numbers invocation 3f2a1b0c… cold, running, running',
    );
  });

  it('says when an earlier invocation’s leftover work ran in this one', () => {
    expect(segmentLabel({ ...invoke, afterReturn: true })).toBe(
      'add-numbers invocation 3f2a1b0c… warm, 12 ms, Succeeded; an earlier invocation’s work ran after return',
    );
  });

  it('names an init by its instance and a run of throttles by its count', () => {
    const init = { ...invoke, kind: 'init', requestId: null, end: 1180, status: 'error' } as const;
    expect(segmentLabel(init)).toBe('add-numbers-1 init (cold start), 180 ms, Failed');
    const throttles = { ...invoke, kind: 'throttle', instanceId: null, count: 3 } as const;
    expect(segmentLabel(throttles)).toBe('add-numbers throttled, 3 requests (429)');
  });
});

describe('segmentTone', () => {
  it('colours errors over everything but throttles, then inits, cold and warm', () => {
    expect(segmentTone(invoke)).toBe('warm');
    expect(segmentTone({ ...invoke, cold: true })).toBe('cold');
    expect(segmentTone({ ...invoke, status: 'timeout' })).toBe('error');
    expect(segmentTone({ ...invoke, kind: 'init', status: 'ok' })).toBe('init');
    expect(segmentTone({ ...invoke, kind: 'throttle', status: 'throttled' })).toBe('throttled');
  });
});

describe(blockLabel, () => {
  const block = placeSegment(invoke, 2000, 10_000)!;

  it('names a single segment as the segment, and a run by its size and failures', () => {
    expect(blockLabel(block)).toBe(segmentLabel(invoke));
    expect(blockLabel({ ...block, count: 40, failed: 2 })).toBe(
      'add-numbers-1 40 warm invocations, 2 failed; the newest: add-numbers invocation 3f2a1b0c… warm, 12 ms, Succeeded',
    );
    const throttles = { ...invoke, kind: 'throttle', instanceId: null } as const;
    expect(blockLabel({ ...block, segment: throttles, count: 7 })).toBe(
      'add-numbers throttled, 7 requests (429)',
    );
  });
});

describe(blockTone, () => {
  it('colours a run with any failure as an error, else as its segments', () => {
    expect(blockTone({ ...block(), count: 40 })).toBe('warm');
    expect(blockTone({ ...block(), count: 40, failed: 1 })).toBe('error');
  });

  function block() {
    return placeSegment(invoke, 2000, 10_000)!;
  }
});
