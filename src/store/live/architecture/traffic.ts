// What travels along the Architecture view's edges: each message a source delivers, each record a
// destination receives, each SDK call a handler makes, read from the platform's events as hops
// from one node to the next. Pure: one event in, its hops out.
import type { PlatformEvent } from '../../../engine';
import { archNodeId, KIND_OF_TARGET, ruleNodeId } from './architecture-model';
import { calledNodeId } from './architecture-graph';

export interface Hop {
  from: string;
  to: string;
  /** An SDK call (along an observed edge); otherwise a trigger, a rule or a destination. */
  observed: boolean;
  /** The call failed, or the target could not take the message. */
  failed: boolean;
  /** 1 for the second leg of a two-step journey (an event bus's rule, then its target). */
  leg: 0 | 1;
}

/** The event types that move something along an edge. */
export const TRAFFIC_EVENT_TYPES: ReadonlySet<PlatformEvent['type']> = new Set([
  'service-call',
  's3-notified',
  'sns-published',
  'sqs-batch',
  'sqs-moved',
  'schedule-fired',
  'eventbridge-put',
  'async-succeeded',
  'async-failed',
]);

const fn = (name: string) => archNodeId('function', name);

function hop(from: string, to: string, extra: Partial<Hop> = {}): Hop {
  return { from, to, observed: false, failed: false, leg: 0, ...extra };
}

export function hopsOf(event: PlatformEvent): Hop[] {
  switch (event.type) {
    case 'service-call':
      return [
        hop(fn(event.functionName), calledNodeId(event), {
          observed: true,
          failed: event.errorCode !== null,
        }),
      ];
    case 's3-notified': {
      const from = archNodeId('bucket', event.bucket);
      return event.deliveries.map((d) => hop(from, fn(d.functionName)));
    }
    case 'sns-published': {
      const from = archNodeId('topic', event.topicName);
      return event.deliveries.map((d) => hop(from, fn(d.functionName)));
    }
    case 'sqs-batch':
      return [hop(archNodeId('queue', event.queueName), fn(event.functionName))];
    case 'sqs-moved':
      return [hop(archNodeId('queue', event.fromQueue), archNodeId('queue', event.toQueue))];
    case 'schedule-fired':
      return [hop(archNodeId('schedule', event.ruleName), fn(event.functionName))];
    case 'eventbridge-put': {
      const bus = archNodeId('bus', event.busName);
      const rules = new Set<string>();
      const hops: Hop[] = [];
      for (const delivery of event.deliveries) {
        const rule = ruleNodeId(event.busName, delivery.ruleName);
        if (!rules.has(rule)) hops.push(hop(bus, rule));
        rules.add(rule);
        const kind = KIND_OF_TARGET.get(delivery.targetType) ?? 'function';
        const failed = delivery.messageId === null;
        hops.push(hop(rule, archNodeId(kind, delivery.targetName), { leg: 1, failed }));
      }
      return hops;
    }
    case 'async-succeeded':
    case 'async-failed':
      return event.deliveries.map((d) =>
        hop(
          fn(event.functionName),
          archNodeId(KIND_OF_TARGET.get(d.targetType) ?? 'queue', d.targetName),
          {
            failed: d.messageId === null,
          },
        ),
      );
    default:
      return [];
  }
}
