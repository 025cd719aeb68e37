// The asynchronous-invocation targets of a function and the EventBridge buses of a workspace, read
// back from a save as untrusted data: only what has the right shape is kept, field by field, and
// ids are keyed with Maps, so a hostile save cannot smuggle a key like `__proto__` into the app.
import type {
  AsyncDestination,
  DeadLetterTarget,
  DestinationType,
  FunctionConfig,
} from '../engine';
import type {
  EventBusDraft,
  EventRuleDraft,
  EventRuleTargetDraft,
  EventRuleTargetType,
} from './model';
import { field, text } from './untrusted';

const DESTINATION_TYPES: ReadonlySet<DestinationType> = new Set([
  'sqs',
  'sns',
  'lambda',
  'eventbridge',
  's3',
]);
const DEAD_LETTER_TYPES: ReadonlySet<DeadLetterTarget['type']> = new Set(['sqs', 'sns']);
const RULE_TARGET_TYPES: ReadonlySet<EventRuleTargetType> = new Set(['lambda', 'sqs', 'sns']);

function list(value: unknown, key: string): unknown[] {
  const found = field(value, key);
  return Array.isArray(found) ? found : [];
}

/** `{type, name}` when `value` is a target of one of `types`, else null. */
function target<T extends string>(
  value: unknown,
  types: ReadonlySet<T>,
): { type: T; name: string } | null {
  const type = text(value, 'type');
  const name = text(value, 'name');
  if (type === undefined || name === undefined || !types.has(type as T)) return null;
  return { type: type as T, name };
}

/**
 * A function's settings with its destinations and DLQ checked: a target of the wrong shape is
 * dropped (absent, so the older SQS-only fields still speak for saves from before them).
 */
export function decodeAsyncTargets(config: FunctionConfig): FunctionConfig {
  const { onSuccess, onFailure, deadLetter, ...rest } = config as FunctionConfig &
    Record<'onSuccess' | 'onFailure' | 'deadLetter', unknown>;
  const decoded: FunctionConfig = { ...rest };
  const keep = <T>(value: unknown, read: (v: unknown) => T | null): T | null | undefined =>
    value === undefined ? undefined : value === null ? null : (read(value) ?? undefined);
  const success = keep<AsyncDestination>(onSuccess, (v) => target(v, DESTINATION_TYPES));
  const failure = keep<AsyncDestination>(onFailure, (v) => target(v, DESTINATION_TYPES));
  const dlq = keep<DeadLetterTarget>(deadLetter, (v) => target(v, DEAD_LETTER_TYPES));
  if (success !== undefined) decoded.onSuccess = success;
  if (failure !== undefined) decoded.onFailure = failure;
  if (dlq !== undefined) decoded.deadLetter = dlq;
  return decoded;
}

function ruleTarget(value: unknown): EventRuleTargetDraft | null {
  const type = text(value, 'type');
  const targetId = text(value, 'targetId');
  if (type === undefined || targetId === undefined) return null;
  return RULE_TARGET_TYPES.has(type as EventRuleTargetType)
    ? { type: type as EventRuleTargetType, targetId }
    : null;
}

function rule(value: unknown): EventRuleDraft | null {
  const id = text(value, 'id');
  const name = text(value, 'name');
  const pattern = text(value, 'pattern');
  const enabled = field(value, 'enabled');
  if (id === undefined || name === undefined || pattern === undefined) return null;
  if (typeof enabled !== 'boolean') return null;
  const targets = list(value, 'targets').flatMap((t) => ruleTarget(t) ?? []);
  return { id, name, pattern, enabled, targets };
}

/** The first of each id, in order. */
function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()];
}

/** A save's event buses, or none; a bus or rule of the wrong shape is left out. */
export function decodeEventBuses(value: unknown): EventBusDraft[] {
  if (!Array.isArray(value)) return [];
  const buses = value.flatMap((bus): EventBusDraft[] => {
    const id = text(bus, 'id');
    const name = text(bus, 'name');
    if (id === undefined || name === undefined) return [];
    return [{ id, name, rules: uniqueById(list(bus, 'rules').flatMap((r) => rule(r) ?? [])) }];
  });
  return uniqueById(buses);
}
