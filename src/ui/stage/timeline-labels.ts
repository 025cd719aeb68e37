// How a timeline segment is named for screen readers and tooltips, e.g.
// "add-numbers invocation 3f2a1b0c… warm, 12 ms, Succeeded".
import type { SegmentStatus, TimelineSegment } from '../../store';
import { INVOKE_STATUS_LABEL } from '../format';
import type { Placement } from './timeline-layout';

export const SEGMENT_STATUS_LABEL: Record<SegmentStatus, string> = {
  ...INVOKE_STATUS_LABEL,
  throttled: 'Throttled (429)',
};

function duration(segment: TimelineSegment): string {
  return segment.end === null ? 'running' : `${Math.round(segment.end - segment.start)} ms`;
}

function outcome(segment: TimelineSegment): string {
  return segment.status === null ? 'running' : SEGMENT_STATUS_LABEL[segment.status];
}

/** How an invocation in which an earlier one's leftover work ran says so. */
export const AFTER_RETURN_NOTE = '; an earlier invocation’s work ran after return';

export function segmentLabel(segment: TimelineSegment): string {
  const { functionName, instanceId, requestId } = segment;
  switch (segment.kind) {
    case 'init':
      return `${instanceId ?? functionName} init (cold start), ${duration(segment)}, ${outcome(segment)}`;
    case 'throttle': {
      const n = segment.count;
      return `${functionName} throttled, ${n} request${n === 1 ? '' : 's'} (429)`;
    }
    case 'invoke': {
      const id = requestId === null ? '' : ` ${requestId.slice(0, 8)}…`;
      const temperature = segment.cold ? 'cold' : 'warm';
      const leftover = segment.afterReturn ? AFTER_RETURN_NOTE : '';
      return `${functionName} invocation${id} ${temperature}, ${duration(segment)}, ${outcome(segment)}${leftover}`;
    }
  }
}

/** The colour class: cold and warm invocations, errors of any kind, throttles, inits. */
export function segmentTone(segment: TimelineSegment): string {
  if (segment.kind === 'throttle') return 'throttled';
  if (segment.status !== null && segment.status !== 'ok') return 'error';
  if (segment.kind === 'init') return 'init';
  return segment.cold ? 'cold' : 'warm';
}

/** A block's name: its segment's, or for a run of several, how many and how many failed. */
export function blockLabel({ segment, count, failed }: Placement): string {
  if (segment.kind === 'throttle') return segmentLabel({ ...segment, count });
  if (count === 1) return segmentLabel(segment);
  const what = segment.kind === 'init' ? 'inits' : `${segment.cold ? 'cold' : 'warm'} invocations`;
  const failures = failed === 0 ? 'all succeeded' : `${failed} failed`;
  return `${segment.instanceId ?? segment.functionName} ${count} ${what}, ${failures}; the newest: ${segmentLabel(segment)}`;
}

/** A block's colour: any failure in a run shows, however small its share. */
export function blockTone(block: Placement): string {
  return block.failed > 0 ? 'error' : segmentTone(block.segment);
}
