// The workspace's resources and the connections its settings make between them: what the
// Architecture view draws before anything has run. Pure: a workspace in, nodes and edges out.
import { asyncSettingsOf } from '../../../engine';
import type { AsyncDestination } from '../../../engine';
import type { Workspace } from '../../../workspace/model';
import type { ArchEdge, ArchNode, ArchNodeKind } from './architecture-model';
import { archNodeId, KIND_OF_TARGET, ruleNodeId } from './architecture-model';

const HTTP_FRONT_NAMES = new Map([
  ['http-api', 'HTTP API'],
  ['rest-api', 'REST API'],
  ['function-url', 'Function URL'],
] as const);

/** The names of the workspace's DynamoDB tables (absent in saves from before tables). */
export function tableNamesOf(workspace: Workspace): string[] {
  return (workspace.tables ?? []).map((table) => table.name);
}

/** Every resource the workspace declares, in the order the tabs list them. */
export function workspaceNodes(workspace: Workspace): ArchNode[] {
  const nodes: ArchNode[] = [];
  const add = (kind: ArchNodeKind, name: string, id = archNodeId(kind, name)) =>
    nodes.push({ id, kind, name, missing: false });
  const front = httpFrontNode(workspace);
  if (front) nodes.push(front);
  for (const schedule of workspace.schedules) add('schedule', schedule.name);
  for (const bus of workspace.eventBuses ?? []) {
    add('bus', bus.name);
    for (const rule of bus.rules) add('rule', rule.name, ruleNodeId(bus.name, rule.name));
  }
  for (const bucket of workspace.buckets) add('bucket', bucket.name);
  for (const topic of workspace.topics) add('topic', topic.name);
  for (const queue of workspace.queues) add('queue', queue.name);
  for (const table of tableNamesOf(workspace)) add('table', table);
  for (const fn of workspace.functions) add('function', fn.config.name);
  return unique(nodes);
}

/** The HTTP front door, when it leads to a function. */
function httpFrontNode(workspace: Workspace): ArchNode | null {
  const { http } = workspace;
  const hasTarget = http.front === 'function-url' ? http.urlFunctionId : http.routes.length > 0;
  if (!hasTarget) return null;
  const name = HTTP_FRONT_NAMES.get(http.front) ?? 'HTTP API';
  return { id: archNodeId('api', name), kind: 'api', name, missing: false };
}

/** The node id of the HTTP front door the workspace uses (the one HTTP requests arrive by). */
export function httpFrontId(front: Workspace['http']['front']): string {
  return archNodeId('api', HTTP_FRONT_NAMES.get(front) ?? 'HTTP API');
}

/**
 * The connections the workspace's settings make: triggers into functions (HTTP routes, schedules,
 * S3 notifications, SNS subscriptions, SQS mappings, EventBridge rules), where functions send
 * their async results (destinations, dead-letter queues), and where queues redrive to. Several
 * settings between the same two resources (two notifications, three routes) make one edge.
 */
export function configuredEdges(workspace: Workspace): ArchEdge[] {
  const names = new Map(workspace.functions.map((fn) => [fn.id, fn.config.name]));
  const queueNames = new Map(workspace.queues.map((q) => [q.id, q.name]));
  const topicNames = new Map(workspace.topics.map((t) => [t.id, t.name]));
  const edges = new Map<string, ArchEdge>();
  const connect = (
    from: string,
    to: string,
    label: string,
    details: { detail?: string; disabled?: boolean } = {},
  ) => {
    const id = `${from}\n${to}\n${label}`;
    const known = edges.get(id);
    if (!known) {
      edges.set(id, { id, from, to, kind: 'configured', label, ...details });
      return;
    }
    // One edge for several settings: the details side by side, enabled if any of them is.
    const detail = [known.detail, details.detail].filter(Boolean).join('; ');
    const disabled = known.disabled === true && details.disabled === true;
    edges.set(id, { ...known, ...(detail && { detail }), disabled });
  };
  const fnId = (functionId: string) => {
    const name = names.get(functionId);
    return name === undefined ? null : archNodeId('function', name);
  };

  const { http } = workspace;
  const front = httpFrontId(http.front);
  if (http.front === 'function-url') {
    const to = fnId(http.urlFunctionId);
    if (to) connect(front, to, 'function URL');
  } else {
    for (const route of http.routes) {
      const to = fnId(route.functionId);
      if (to) connect(front, to, 'HTTP route', { detail: route.routeKey });
    }
  }
  for (const schedule of workspace.schedules) {
    const to = fnId(schedule.functionId);
    const from = archNodeId('schedule', schedule.name);
    if (to)
      connect(from, to, 'schedule', { detail: schedule.expression, disabled: !schedule.enabled });
  }
  for (const bus of workspace.eventBuses ?? []) {
    const busId = archNodeId('bus', bus.name);
    for (const rule of bus.rules) {
      const ruleId = ruleNodeId(bus.name, rule.name);
      connect(busId, ruleId, 'event bus rule', { disabled: !rule.enabled });
      for (const target of rule.targets) {
        const to =
          target.type === 'lambda'
            ? fnId(target.targetId)
            : target.type === 'sqs'
              ? idOf('queue', queueNames.get(target.targetId))
              : idOf('topic', topicNames.get(target.targetId));
        if (to) connect(ruleId, to, 'rule target', { disabled: !rule.enabled });
      }
    }
  }
  for (const bucket of workspace.buckets) {
    for (const notification of bucket.notifications) {
      const to = fnId(notification.functionId);
      const from = archNodeId('bucket', bucket.name);
      if (to) connect(from, to, 'S3 notification', { detail: notification.events.join(', ') });
    }
  }
  for (const topic of workspace.topics) {
    for (const subscriber of topic.subscriberIds) {
      const to = fnId(subscriber);
      if (to) connect(archNodeId('topic', topic.name), to, 'SNS subscription');
    }
  }
  for (const queue of workspace.queues) {
    const from = archNodeId('queue', queue.name);
    const to = queue.mapping ? fnId(queue.mapping.functionId) : null;
    if (queue.mapping && to) {
      connect(from, to, 'SQS event source mapping', { disabled: !queue.mapping.enabled });
    }
    const dlq = queue.redrive ? queueNames.get(queue.redrive.deadLetterQueueId) : undefined;
    if (dlq !== undefined) connect(from, archNodeId('queue', dlq), 'redrive policy');
  }
  for (const table of workspace.tables ?? []) {
    const from = archNodeId('table', table.name);
    for (const mapping of table.streamViewType === null ? [] : table.mappings) {
      const to = fnId(mapping.functionId);
      if (to) connect(from, to, 'DynamoDB stream mapping');
    }
  }
  for (const fn of workspace.functions) {
    const from = archNodeId('function', fn.config.name);
    const settings = asyncSettingsOf(fn.config);
    const destinations: Array<[AsyncDestination | null, string]> = [
      [settings.onSuccess, 'on-success destination'],
      [settings.onFailure, 'on-failure destination'],
      [settings.deadLetter, 'dead-letter queue'],
    ];
    for (const [target, label] of destinations) {
      const kind = target ? KIND_OF_TARGET.get(target.type) : undefined;
      if (target && kind) connect(from, archNodeId(kind, target.name), label);
    }
  }
  return [...edges.values()];
}

function idOf(kind: ArchNodeKind, name: string | undefined): string | null {
  return name === undefined ? null : archNodeId(kind, name);
}

/** Two resources of one kind and name (a name being typed twice) are one node. */
function unique(nodes: ArchNode[]): ArchNode[] {
  const byId = new Map<string, ArchNode>();
  for (const node of nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  return [...byId.values()];
}
