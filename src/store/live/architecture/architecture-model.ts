// The Architecture view's vocabulary: the workspace's resources as nodes, and the connections
// between them as edges, either configured (a trigger, a destination, a rule's target) or observed
// (a handler's SDK calls, as the engine reported them).
import type { DestinationType, ServiceName } from '../../../engine';

/**
 * What a node stands for. `api` is the front door of HTTP requests (an HTTP or REST API, or a
 * function URL); `bus` and `rule` are EventBridge's; `table` is DynamoDB's.
 */
export const ARCH_NODE_KINDS = [
  'api',
  'schedule',
  'bus',
  'rule',
  'bucket',
  'topic',
  'queue',
  'table',
  'function',
] as const;

export type ArchNodeKind = (typeof ARCH_NODE_KINDS)[number];

export function isArchNodeKind(text: string): text is ArchNodeKind {
  return (ARCH_NODE_KINDS as readonly string[]).includes(text);
}

export interface ArchNode {
  /** Unique in a graph: the kind and the name (archNodeId). */
  id: string;
  kind: ArchNodeKind;
  /** The resource's name in the workspace; '' when an SDK call named none. */
  name: string;
  /** Named by an edge (a destination, an SDK call) but not in the workspace. */
  missing: boolean;
}

/** How the connection is known: from the workspace's settings, or from calls seen at run time. */
export type ArchEdgeKind = 'configured' | 'observed';

export interface ArchEdge {
  /** Unique in a graph. */
  id: string;
  from: string;
  to: string;
  kind: ArchEdgeKind;
  /**
   * What the connection is: for a configured edge its relation (`S3 notification`, `SNS
   * subscription`, …); for an observed one the operations seen, in the order first seen.
   */
  label: string;
  /** More about it, for the text alternative: route keys, event types, a schedule's expression. */
  detail?: string;
  /** A configured connection that is switched off (a disabled schedule, mapping or rule). */
  disabled?: boolean;
  /**
   * Observed edges: some of the calls were answered with an error. (The counts stay out of the
   * graph, so the view redraws when a connection appears or changes, not on every call.)
   */
  failing?: boolean;
}

export interface ArchGraph {
  nodes: ArchNode[];
  edges: ArchEdge[];
}

/** A node's id. Kinds hold no `:`, so the id stays unambiguous whatever the name holds. */
export function archNodeId(kind: ArchNodeKind, name: string): string {
  return `${kind}:${name}`;
}

/** The resource kind each simulated service's calls address. */
export const KIND_OF_SERVICE: ReadonlyMap<ServiceName, ArchNodeKind> = new Map<
  ServiceName,
  ArchNodeKind
>([
  ['s3', 'bucket'],
  ['sns', 'topic'],
  ['sqs', 'queue'],
  ['lambda', 'function'],
  ['dynamodb', 'table'],
]);

/** The words a node is called by: `Function orders`, `Bucket uploads`, `HTTP API`. */
export function archNodeLabel(node: Pick<ArchNode, 'kind' | 'name'>): string {
  if (node.kind === 'api') return node.name;
  const word = NODE_WORDS.get(node.kind) ?? node.kind;
  return node.name === '' ? `Unknown ${word.toLowerCase()}` : `${word} ${node.name}`;
}

const NODE_WORDS: ReadonlyMap<ArchNodeKind, string> = new Map<ArchNodeKind, string>([
  ['schedule', 'Schedule'],
  ['bus', 'Event bus'],
  ['rule', 'Rule'],
  ['bucket', 'Bucket'],
  ['topic', 'Topic'],
  ['queue', 'Queue'],
  ['table', 'Table'],
  ['function', 'Function'],
]);

/** A rule's id: rule names are unique on their bus only, so the bus is part of it. */
export function ruleNodeId(busName: string, ruleName: string): string {
  return `rule:${busName}\n${ruleName}`;
}

/** The kind of node each destination type (and EventBridge target type) names. */
export const KIND_OF_TARGET: ReadonlyMap<DestinationType, ArchNodeKind> = new Map<
  DestinationType,
  ArchNodeKind
>([
  ['sqs', 'queue'],
  ['sns', 'topic'],
  ['lambda', 'function'],
  ['eventbridge', 'bus'],
  ['s3', 'bucket'],
]);
