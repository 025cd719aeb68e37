// The whole graph the Architecture view draws: the workspace's resources and configured
// connections, and the connections its handlers' SDK calls were seen to make. A connection to a
// resource the workspace does not have still shows, to a node marked missing.
import type { ArchEdge, ArchGraph, ArchNode } from './architecture-model';
import { archNodeId, isArchNodeKind, KIND_OF_SERVICE } from './architecture-model';
import type { ObservedCall, ObservedCalls } from './observed-calls';
import { observedKey } from './observed-calls';
import type { Workspace } from '../../../workspace/model';
import { configuredEdges, workspaceNodes } from './workspace-graph';

/** The id of the node a call addressed (an unnamed resource gets one node per kind). */
export function calledNodeId(call: Pick<ObservedCall, 'service' | 'resource'>): string {
  const kind = KIND_OF_SERVICE.get(call.service) ?? 'function';
  return call.resource === null ? `${kind}?` : archNodeId(kind, call.resource);
}

export function observedEdges(observed: ObservedCalls): ArchEdge[] {
  return [...observed.values()].map((call) => ({
    id: `observed\n${observedKey(call)}`,
    from: archNodeId('function', call.functionName),
    to: calledNodeId(call),
    kind: 'observed',
    label: call.operations.join(', '),
    failing: call.errors > 0,
  }));
}

export function architectureGraph(workspace: Workspace, observed: ObservedCalls): ArchGraph {
  const nodes = workspaceNodes(workspace);
  const edges = [...configuredEdges(workspace), ...observedEdges(observed)];
  const known = new Set(nodes.map((n) => n.id));
  for (const edge of edges) {
    for (const id of [edge.from, edge.to]) {
      if (known.has(id)) continue;
      known.add(id);
      nodes.push(missingNode(id));
    }
  }
  return { nodes, edges };
}

/** A node rebuilt from its id (`kind:name`, or `kind?` for a call that named no resource). */
function missingNode(id: string): ArchNode {
  const unnamed = id.endsWith('?') && !id.includes(':');
  const colon = id.indexOf(':');
  const kind = unnamed ? id.slice(0, -1) : id.slice(0, colon);
  return {
    id,
    kind: isArchNodeKind(kind) ? kind : 'function',
    name: unnamed ? '' : id.slice(colon + 1),
    missing: true,
  };
}
