// Which drawn edge a message travels along: an SDK call along its observed edge, anything else
// along the configured one; a message going against an edge's direction (a DLQ redriven back to
// its queue) travels it backwards.
import type { Hop } from '../../store';
import type { LaidEdge } from './architecture-layout';

export interface Route {
  edge: LaidEdge;
  reversed: boolean;
}

export type EdgeIndex = (hop: Hop) => Route | null;

export function indexEdges(edges: readonly LaidEdge[]): EdgeIndex {
  const byPair = new Map<string, LaidEdge[]>();
  for (const edge of edges) {
    const key = `${edge.from}\n${edge.to}`;
    byPair.set(key, [...(byPair.get(key) ?? []), edge]);
  }
  const pick = (from: string, to: string, observed: boolean) => {
    const candidates = byPair.get(`${from}\n${to}`) ?? [];
    const wanted = observed ? 'observed' : 'configured';
    return candidates.find((e) => e.kind === wanted) ?? candidates[0] ?? null;
  };
  return (hop) => {
    const forward = pick(hop.from, hop.to, hop.observed);
    if (forward) return { edge: forward, reversed: false };
    const backward = pick(hop.to, hop.from, hop.observed);
    return backward ? { edge: backward, reversed: true } : null;
  };
}
