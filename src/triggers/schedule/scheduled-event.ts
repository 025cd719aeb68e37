// The event an EventBridge schedule rule sends its target (docs/aws-lambda.md#scheduled-events;
// aws-sam-cli ScheduledEvent.json, which omits `version`). `time` is the scheduled instant without
// milliseconds.
import type { ScheduledEvent } from 'aws-lambda';
import { parseArn } from '../common/arn';
import { isoSeconds } from '../common/time-format';

export interface ScheduledEventInput {
  /** A UUID per firing. */
  id: string;
  /** The firing's scheduled time. */
  timeMs: number;
  /** `arn:aws:events:<region>:<account>:rule/<name>`; account and region are read from it. */
  ruleArn: string;
}

/** One firing of a schedule rule. */
export function scheduledEvent(input: ScheduledEventInput): ScheduledEvent<Record<string, never>> {
  const { accountId, region } = parseArn(input.ruleArn);
  return {
    version: '0',
    id: input.id,
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: accountId,
    time: isoSeconds(input.timeMs),
    region,
    resources: [input.ruleArn],
    detail: {},
  };
}
