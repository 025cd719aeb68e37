// Whether a value is a scenario the playground can open: the schema's shape, then what a shape
// cannot say (ids unique, every reference to a function or queue pointing at one that exists).
import type { LinkScenario } from './link-scenario';
import { scenarioSchema } from './link-scenario';

function duplicate(values: readonly string[]): string | undefined {
  return values.find((value, i) => values.indexOf(value) !== i);
}

/** Every `[path, id]` of the scenario that must name one of its functions. */
function functionReferences(scenario: LinkScenario): Array<[string, string | undefined]> {
  const refs: Array<[string, string | undefined]> = [
    ['selectedId', scenario.selectedId],
    ['http.urlFunctionId', scenario.http?.urlFunctionId],
    ['load.functionId', scenario.load?.functionId],
  ];
  scenario.http?.routes?.forEach((r, i) => refs.push([`http.routes[${i}]`, r.functionId]));
  scenario.schedules?.forEach((s, i) => refs.push([`schedules[${i}]`, s.functionId]));
  scenario.buckets?.forEach((b, i) =>
    b.notifications.forEach((n, j) =>
      refs.push([`buckets[${i}].notifications[${j}]`, n.functionId]),
    ),
  );
  scenario.topics?.forEach((t, i) =>
    t.subscriberIds.forEach((id, j) => refs.push([`topics[${i}].subscriberIds[${j}]`, id])),
  );
  scenario.queues?.forEach((q, i) => refs.push([`queues[${i}].mapping`, q.mapping?.functionId]));
  scenario.tables?.forEach((t, i) =>
    t.mappings.forEach((m, j) => refs.push([`tables[${i}].mappings[${j}]`, m.functionId])),
  );
  ruleTargets(scenario, 'lambda').forEach(([path, id]) => refs.push([path, id]));
  return refs;
}

/** Every `[path, id]` of an EventBridge rule's target of one kind. */
function ruleTargets(
  scenario: LinkScenario,
  type: 'lambda' | 'sqs' | 'sns',
): Array<[string, string]> {
  return (scenario.eventBuses ?? []).flatMap((bus, i) =>
    bus.rules.flatMap((rule, j) =>
      rule.targets.flatMap((target, k): Array<[string, string]> =>
        target.type === type
          ? [[`eventBuses[${i}].rules[${j}].targets[${k}]`, target.targetId]]
          : [],
      ),
    ),
  );
}

function referenceProblem(scenario: LinkScenario): string | null {
  const functionIds = new Set(scenario.functions.map((fn) => fn.id));
  for (const [path, id] of functionReferences(scenario)) {
    if (id !== undefined && !functionIds.has(id)) {
      return `${path} names a function the scenario does not have ("${id}")`;
    }
  }
  const queueIds = new Set(scenario.queues?.map((q) => q.id));
  for (const [i, q] of (scenario.queues ?? []).entries()) {
    if (q.redrive && !queueIds.has(q.redrive.deadLetterQueueId)) {
      return `queues[${i}].redrive names a queue the scenario does not have ("${q.redrive.deadLetterQueueId}")`;
    }
  }
  const topicIds = new Set(scenario.topics?.map((t) => t.id));
  for (const [ids, type, what] of [
    [queueIds, 'sqs', 'queue'],
    [topicIds, 'sns', 'topic'],
  ] as const) {
    for (const [path, id] of ruleTargets(scenario, type)) {
      if (!ids.has(id)) return `${path} names a ${what} the scenario does not have ("${id}")`;
    }
  }
  for (const [i, fn] of scenario.functions.entries()) {
    if (fn.activeFile !== undefined && fn.files && !Object.hasOwn(fn.files, fn.activeFile)) {
      return `functions[${i}].activeFile names a file the function does not have`;
    }
    if (fn.files && Object.keys(fn.files).length === 0) return `functions[${i}] has no files`;
  }
  return null;
}

function uniquenessProblem(scenario: LinkScenario): string | null {
  const groups: Array<[string, string[]]> = [
    ['function id', scenario.functions.map((fn) => fn.id)],
    ['function name', scenario.functions.map((fn) => fn.config.name)],
    ['schedule id', scenario.schedules?.map((s) => s.id) ?? []],
    ['bucket id', scenario.buckets?.map((b) => b.id) ?? []],
    ['bucket name', scenario.buckets?.map((b) => b.name) ?? []],
    ['topic id', scenario.topics?.map((t) => t.id) ?? []],
    ['queue id', scenario.queues?.map((q) => q.id) ?? []],
    ['event bus id', scenario.eventBuses?.map((b) => b.id) ?? []],
    ['event bus name', scenario.eventBuses?.map((b) => b.name) ?? []],
    ['table id', scenario.tables?.map((t) => t.id) ?? []],
    ['table name', scenario.tables?.map((t) => t.name) ?? []],
  ];
  for (const [what, values] of groups) {
    const twice = duplicate(values);
    if (twice !== undefined) return `the ${what} "${twice}" appears twice`;
  }
  return null;
}

/** null when `value` is a scenario the playground can open, else the first thing wrong with it. */
export function scenarioProblem(value: unknown): string | null {
  const shape = scenarioSchema.problem(value, 'scenario');
  if (shape) return shape;
  const scenario = value as LinkScenario;
  if (scenario.functions.length === 0) return 'the scenario has no functions';
  return uniquenessProblem(scenario) ?? referenceProblem(scenario);
}
