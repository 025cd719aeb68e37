import { describe, expect, it } from 'vitest';
import { scheduledEvent } from './scheduled-event';

describe('scheduledEvent', () => {
  it('builds the Scheduled Event with account and region from the rule ARN', () => {
    const event = scheduledEvent({
      id: 'cdc73f9d-aea9-11e3-9d5a-835b769c0d9c',
      timeMs: Date.UTC(2026, 0, 1, 12, 5, 0, 0),
      ruleArn: 'arn:aws:events:eu-central-1:123456789012:rule/nightly',
    });
    expect(event).toMatchInlineSnapshot(`
      {
        "account": "123456789012",
        "detail": {},
        "detail-type": "Scheduled Event",
        "id": "cdc73f9d-aea9-11e3-9d5a-835b769c0d9c",
        "region": "eu-central-1",
        "resources": [
          "arn:aws:events:eu-central-1:123456789012:rule/nightly",
        ],
        "source": "aws.events",
        "time": "2026-01-01T12:05:00Z",
        "version": "0",
      }
    `);
    expect(Object.keys(event)).toEqual([
      'version',
      'id',
      'detail-type',
      'source',
      'account',
      'time',
      'region',
      'resources',
      'detail',
    ]);
  });
});
