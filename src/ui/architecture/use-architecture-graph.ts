// The graph of the open workspace and the SDK calls seen, as one value that changes only when
// the drawing would: typing in the editor changes the workspace on every key, never the graph.
import { useRef } from 'react';
import type { ArchGraph, Workspace } from '../../store';
import { architectureGraph } from '../../store';
import { useObservedCalls, useWorkspace } from '../hooks/use-stores';

export function useArchitectureGraph(): ArchGraph {
  const observed = useObservedCalls((calls) => calls);
  const last = useRef<{ key: string; graph: ArchGraph } | null>(null);
  const select = (workspace: Workspace) => {
    const graph = architectureGraph(workspace, observed);
    // A few dozen nodes and edges: comparing their JSON costs less than a redraw.
    const key = JSON.stringify(graph);
    if (last.current?.key === key) return last.current.graph;
    last.current = { key, graph };
    return graph;
  };
  return useWorkspace(select);
}
