// EventBridge event buses: the account's `default` bus and custom ones, each with rules whose event
// pattern selects the events their targets get — a function (asynchronously), an SQS queue or an
// SNS topic (docs/aws-lambda.md#eventbridge-event-buses-and-rules).
import { enqueueAsync } from '../async/async-invoke';
import { EVENT_BUS_NAME } from '../async/destination-names';
import { ACCOUNT_ID, REGION } from '../async/invocation-record';
import type { EngineContext } from '../context';
import { ApiError, invalidParameter } from '../errors';
import { matchesPattern, parseEventPattern } from './event-pattern';
import type { EventRuleDelivery } from './source-events';
import type { EventBusRecord, EventRuleRecord } from './source-model';
import { emitResource, emitSource } from './source-support';
import type { EventBusSnapshot, EventRuleConfig, PutEventInput } from './source-types';
import { publish } from './sns-topics';
import { pokeQueue } from './sqs-poller';
import { sendToQueue } from './sqs-queues';
import { ruleNameProblem } from './validate-sources';

/** Every account has it; it cannot be created or deleted. */
export const DEFAULT_BUS = 'default';
// PutEvents: an entry is at most 256 KB.
const MAX_ENTRY_BYTES = 262_144;

export function busArn(name: string): string {
  return `arn:aws:events:${REGION}:${ACCOUNT_ID}:event-bus/${name}`;
}

function requireBus(ctx: EngineContext, name: string): EventBusRecord {
  const bus = ctx.eventBuses.get(name);
  if (bus !== undefined) return bus;
  throw new ApiError('ResourceNotFoundException', 400, `Event bus ${name} does not exist.`);
}

export function createEventBus(ctx: EngineContext, name: string): void {
  if (!EVENT_BUS_NAME.test(name)) {
    throw invalidParameter('An event bus name is 1–256 letters, digits, and . - _ /.');
  }
  if (ctx.eventBuses.has(name)) {
    throw new ApiError('ResourceAlreadyExistsException', 400, `Event bus ${name} already exists.`);
  }
  ctx.eventBuses.set(name, { name, rules: new Map() });
  emitResource(ctx, 'event-bus', name, 'created');
}

export function deleteEventBus(ctx: EngineContext, name: string): void {
  if (name === DEFAULT_BUS) throw invalidParameter('Cannot delete event bus default.');
  const bus = requireBus(ctx, name);
  ctx.eventBuses.delete(name);
  const count = bus.rules.size;
  emitResource(ctx, 'event-bus', name, 'deleted', count ? `${count} rule(s) removed` : undefined);
}

/** Creates the rule, or replaces the one with its name on that bus, as PutRule + PutTargets do. */
export function putEventRule(ctx: EngineContext, busName: string, config: EventRuleConfig): void {
  const bus = requireBus(ctx, busName);
  const nameProblem = ruleNameProblem(config.name);
  if (nameProblem !== null) throw invalidParameter(nameProblem);
  const parsed = parseEventPattern(config.pattern);
  if (!parsed.ok) throw new ApiError('InvalidEventPatternException', 400, parsed.problem);
  const existed = bus.rules.has(config.name);
  const rule: EventRuleRecord = {
    name: config.name,
    patternText: config.pattern,
    pattern: parsed.pattern,
    targets: config.targets.map((target) => ({ ...target })),
    enabled: config.enabled !== false,
  };
  bus.rules.set(rule.name, rule);
  emitResource(ctx, 'event-rule', `${busName}/${rule.name}`, existed ? 'updated' : 'created');
}

export function deleteEventRule(ctx: EngineContext, busName: string, ruleName: string): void {
  const bus = requireBus(ctx, busName);
  if (!bus.rules.delete(ruleName)) {
    throw new ApiError('ResourceNotFoundException', 400, `Rule ${ruleName} does not exist.`);
  }
  emitResource(ctx, 'event-rule', `${busName}/${ruleName}`, 'deleted');
}

function putEventProblem(input: PutEventInput): string | null {
  if (input.source.length === 0) return 'An entry needs a Source.';
  if (input.detailType.length === 0) return 'An entry needs a DetailType.';
  if (typeof input.detail !== 'object' || input.detail === null || Array.isArray(input.detail)) {
    return 'Detail is a JSON object.';
  }
  return null;
}

/** The event as EventBridge delivers it; `time` is to the second, as EventBridge writes it. */
function eventOf(ctx: EngineContext, id: string, input: PutEventInput) {
  return {
    version: '0',
    id,
    'detail-type': input.detailType,
    source: input.source,
    account: ACCOUNT_ID,
    time: new Date(ctx.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region: REGION,
    resources: input.resources ?? [],
    detail: input.detail,
  };
}

/**
 * Puts one event on the bus and sends it to every target of every enabled rule it matches. Returns
 * the event id, or why the bus refused the entry (PutEvents reports failed entries, not errors).
 */
export function putEvent(
  ctx: EngineContext,
  busName: string,
  input: PutEventInput,
): { messageId: string } | { problem: string } {
  const bus = ctx.eventBuses.get(busName);
  if (bus === undefined) return { problem: `Event bus ${busName} does not exist.` };
  const problem = putEventProblem(input);
  if (problem !== null) return { problem };
  const eventId = ctx.ids.uuid();
  const event = eventOf(ctx, eventId, input);
  const eventJson = JSON.stringify(event);
  if (new TextEncoder().encode(eventJson).length > MAX_ENTRY_BYTES) {
    return { problem: 'An entry may be at most 256 KB.' };
  }
  const deliveries: EventRuleDelivery[] = [];
  for (const rule of bus.rules.values()) {
    if (!rule.enabled || !matchesPattern(rule.pattern, event)) continue;
    for (const target of rule.targets) {
      deliveries.push({ ruleName: rule.name, ...deliverToTarget(ctx, target, eventJson) });
    }
  }
  emitSource(ctx, {
    type: 'eventbridge-put',
    busName,
    eventId,
    source: input.source,
    detailType: input.detailType,
    deliveries,
  });
  return { messageId: eventId };
}

function deliverToTarget(
  ctx: EngineContext,
  target: EventRuleRecord['targets'][number],
  eventJson: string,
): Omit<EventRuleDelivery, 'ruleName'> {
  const base = { targetType: target.type, targetName: target.name };
  switch (target.type) {
    case 'lambda': {
      if (!ctx.functions.has(target.name)) {
        return { ...base, messageId: null, problem: `Function ${target.name} does not exist.` };
      }
      return { ...base, messageId: enqueueAsync(ctx, target.name, eventJson, 'aws.events') };
    }
    case 'sqs': {
      const sent = sendToQueue(ctx, target.name, { body: eventJson });
      if (!sent.ok) return { ...base, messageId: null, problem: sent.problem };
      pokeQueue(ctx, target.name);
      return { ...base, messageId: sent.messageId };
    }
    case 'sns': {
      try {
        return { ...base, messageId: publish(ctx, target.name, { message: eventJson }) };
      } catch (error) {
        if (error instanceof ApiError) return { ...base, messageId: null, problem: error.message };
        throw error;
      }
    }
  }
}

/** The PutEvents API: checked like the console's "Send events". */
export function putEvents(ctx: EngineContext, busName: string, input: PutEventInput): string {
  requireBus(ctx, busName);
  const outcome = putEvent(ctx, busName, input);
  if ('problem' in outcome) throw invalidParameter(outcome.problem);
  return outcome.messageId;
}

export function eventBusSnapshots(ctx: EngineContext): EventBusSnapshot[] {
  return [...ctx.eventBuses.values()].map((bus) => ({
    name: bus.name,
    rules: [...bus.rules.values()].map((rule) => ({
      name: rule.name,
      pattern: rule.patternText,
      targets: rule.targets.map((target) => ({ ...target })),
      enabled: rule.enabled,
    })),
  }));
}
