// EventBridge schedule rules: fire on the engine clock at the port's next fire time, each firing an
// async invoke with the Scheduled Event; a `rate(1 minute)` rule fires every 0.6 s real at 100×.
import { enqueueAsync } from '../async/async-invoke';
import type { EngineContext } from '../context';
import { ApiError, invalidParameter, ResourceNotFoundError } from '../errors';
import type { ScheduleRule } from './source-model';
import { emitResource, emitSource, requireShapes } from './source-support';
import type { ScheduleRuleConfig, ScheduleRuleSnapshot } from './source-types';
import { ruleNameProblem } from './validate-sources';

/** Creates the rule, or replaces the one with its name, as PutRule (with PutTargets) does. */
export function putScheduleRule(ctx: EngineContext, config: ScheduleRuleConfig): void {
  const shapes = requireShapes(ctx);
  const problem = ruleNameProblem(config.name) ?? shapes.scheduleProblem(config.expression);
  if (problem !== null) throw invalidParameter(problem);
  if (!ctx.functions.has(config.functionName)) throw new ResourceNotFoundError(config.functionName);
  const existing = ctx.rules.get(config.name);
  if (existing !== undefined) stop(ctx, existing);
  const rule: ScheduleRule = {
    name: config.name,
    expression: config.expression,
    functionName: config.functionName,
    enabled: config.enabled !== false,
    timer: null,
    nextFireAt: null,
  };
  ctx.rules.set(rule.name, rule);
  emitResource(ctx, 'schedule-rule', rule.name, existing === undefined ? 'created' : 'updated');
  if (rule.enabled) arm(ctx, rule, ctx.clock.now());
}

export function deleteScheduleRule(ctx: EngineContext, name: string): void {
  const rule = ctx.rules.get(name);
  if (rule === undefined) {
    throw new ApiError('ResourceNotFoundException', 404, `Rule ${name} does not exist.`);
  }
  stop(ctx, rule);
  ctx.rules.delete(name);
  emitResource(ctx, 'schedule-rule', name, 'deleted');
}

function stop(ctx: EngineContext, rule: ScheduleRule): void {
  if (rule.timer !== null) ctx.timers.clear(rule.timer);
  rule.timer = null;
  rule.nextFireAt = null;
}

function arm(ctx: EngineContext, rule: ScheduleRule, after: number): void {
  const next = requireShapes(ctx).nextFireTime(rule.expression, after);
  // Strictly later, or a faulty port would fire the rule at one instant forever.
  rule.nextFireAt = next !== null && next > after ? next : null;
  if (next === null || rule.nextFireAt === null) return;
  rule.timer = ctx.timers.set(next - ctx.clock.now(), () => fire(ctx, rule, next));
}

function fire(ctx: EngineContext, rule: ScheduleRule, due: number): void {
  rule.timer = null;
  const eventJson = requireShapes(ctx).scheduledEvent(rule.name, due);
  const requestId = ctx.ids.requestId();
  // The next time counts from the due time, not from when the timer ran, so firings never drift;
  // a clock that jumped past several firings resumes from now instead of firing them all.
  arm(ctx, rule, Math.max(due, ctx.clock.now()));
  const { name: ruleName, functionName, nextFireAt } = rule;
  emitSource(ctx, { type: 'schedule-fired', ruleName, functionName, requestId, nextFireAt });
  enqueueAsync(ctx, functionName, eventJson, 'aws.events', requestId);
}

export function scheduleRuleSnapshots(ctx: EngineContext): ScheduleRuleSnapshot[] {
  return [...ctx.rules.values()].map(({ name, expression, functionName, enabled, nextFireAt }) => ({
    name,
    expression,
    functionName,
    enabled,
    nextFireAt,
  }));
}
