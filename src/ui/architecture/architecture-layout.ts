// Where the Architecture view draws each node and edge: a layered layout, deterministic (the same
// graph always lands the same way), with what triggers functions on the left, the functions in the
// middle and what they send to on the right. Pure: a graph in, coordinates out.
import type { ArchEdge, ArchGraph, ArchNode } from '../../store';

export const NODE_WIDTH = 128;
export const NODE_HEIGHT = 34;
const COLUMN_GAP = 44;
const ROW_GAP = 16;
const PADDING = 14;

export interface Point {
  x: number;
  y: number;
}

export interface LaidNode extends ArchNode {
  /** Top-left corner. */
  x: number;
  y: number;
  /** Left of the functions (< 0), the functions (0), right of them (> 0). */
  rank: number;
}

export interface LaidEdge extends ArchEdge {
  /** A cubic Bézier curve: start, two control points, end. */
  curve: [Point, Point, Point, Point];
  /** The curve as an SVG path. */
  d: string;
  /** Where its label goes: the curve's middle. */
  middle: Point;
}

export interface ArchLayout {
  width: number;
  height: number;
  nodes: LaidNode[];
  edges: LaidEdge[];
}

/**
 * Each node's layer. Functions are 0. A resource that leads into a function along configured
 * edges (a queue with a mapping, a rule targeting it, the bus of that rule) is left of it, one
 * layer per step. A resource fed only by such sources (a polled queue's dead-letter queue) shares
 * its source's layer, below it, so its edge does not cross the functions' boxes. Any other
 * resource is right, one layer past the resource that feeds it.
 */
export function ranksOf(graph: ArchGraph): Map<string, number> {
  const kinds = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  const isFunction = (id: string) => kinds.get(id) === 'function';
  const outgoing = new Map<string, ArchEdge[]>();
  const incoming = new Map<string, ArchEdge[]>();
  for (const edge of graph.edges) {
    outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
    incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), edge]);
  }

  // Steps from the node to a function along configured edges that do not leave a function.
  const towardFunctions = new Map<string, number>();
  const stepsOf = (id: string, visiting: Set<string>): number => {
    const known = towardFunctions.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    let steps = 0;
    for (const edge of outgoing.get(id) ?? []) {
      if (edge.kind !== 'configured') continue;
      if (isFunction(edge.to)) steps = Math.max(steps, 1);
      else {
        const further = stepsOf(edge.to, visiting);
        if (further > 0) steps = Math.max(steps, further + 1);
      }
    }
    visiting.delete(id);
    towardFunctions.set(id, steps);
    return steps;
  };
  for (const node of graph.nodes) if (!isFunction(node.id)) stepsOf(node.id, new Set());

  // Layers past the functions: one more than the right-side resource that feeds it, if any.
  const downstream = new Map<string, number>();
  const layerOf = (id: string, visiting: Set<string>): number => {
    const known = downstream.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 1;
    visiting.add(id);
    let layer = 1;
    for (const edge of incoming.get(id) ?? []) {
      const from = edge.from;
      if (isFunction(from) || (towardFunctions.get(from) ?? 0) > 0) continue;
      layer = Math.max(layer, layerOf(from, visiting) + 1);
    }
    visiting.delete(id);
    downstream.set(id, layer);
    return layer;
  };

  const besideItsSource = (id: string): number | null => {
    const feeders = (incoming.get(id) ?? []).map((e) => towardFunctions.get(e.from) ?? 0);
    if (feeders.length === 0 || feeders.some((steps) => steps === 0)) return null;
    return -Math.max(...feeders);
  };

  const ranks = new Map<string, number>();
  for (const node of graph.nodes) {
    if (isFunction(node.id)) ranks.set(node.id, 0);
    else {
      const steps = towardFunctions.get(node.id) ?? 0;
      const rank = steps > 0 ? -steps : (besideItsSource(node.id) ?? layerOf(node.id, new Set()));
      ranks.set(node.id, rank);
    }
  }
  return ranks;
}

/** The nodes of each layer, ordered so edges between neighbouring layers cross little. */
function orderColumns(graph: ArchGraph, ranks: Map<string, number>): Map<number, ArchNode[]> {
  const columns = new Map<number, ArchNode[]>();
  for (const node of graph.nodes) {
    const rank = ranks.get(node.id) ?? 0;
    columns.set(rank, [...(columns.get(rank) ?? []), node]);
  }
  const neighbours = new Map<string, string[]>();
  for (const edge of graph.edges) {
    neighbours.set(edge.from, [...(neighbours.get(edge.from) ?? []), edge.to]);
    neighbours.set(edge.to, [...(neighbours.get(edge.to) ?? []), edge.from]);
  }
  const ranksPresent = [...columns.keys()];
  const sweep = (rank: number, towards: number) => {
    const placed = columns.get(towards);
    const column = columns.get(rank);
    if (!placed || !column) return;
    const rowOf = new Map(placed.map((n, i) => [n.id, i]));
    // Barycentre of the node's neighbours in the layer nearer the functions; nodes without one
    // keep the graph's order after the others (sort is stable).
    const centre = (node: ArchNode) => {
      const rows = (neighbours.get(node.id) ?? []).flatMap((id) => {
        const row = rowOf.get(id);
        return row === undefined ? [] : [row];
      });
      return rows.length === 0 ? Infinity : rows.reduce((a, b) => a + b, 0) / rows.length;
    };
    const centres = new Map(column.map((n) => [n.id, centre(n)]));
    const byCentre = (a: ArchNode, b: ArchNode) => {
      const [ca, cb] = [centres.get(a.id)!, centres.get(b.id)!];
      return ca === cb ? 0 : ca - cb;
    };
    columns.set(rank, [...column].sort(byCentre));
  };
  const left = ranksPresent.filter((r) => r < 0).sort((a, b) => b - a);
  const right = ranksPresent.filter((r) => r > 0).sort((a, b) => a - b);
  for (const rank of left) sweep(rank, rank + 1);
  for (const rank of right) sweep(rank, rank - 1);
  return columns;
}

export function layoutArchitecture(graph: ArchGraph): ArchLayout {
  const ranks = ranksOf(graph);
  const columns = orderColumns(graph, ranks);
  const ordered = [...columns.keys()].sort((a, b) => a - b);
  const tallest = Math.max(1, ...[...columns.values()].map((c) => c.length));
  const height = PADDING * 2 + tallest * NODE_HEIGHT + (tallest - 1) * ROW_GAP;
  const width = PADDING * 2 + ordered.length * NODE_WIDTH + (ordered.length - 1) * COLUMN_GAP;

  const laid = new Map<string, LaidNode>();
  ordered.forEach((rank, columnIndex) => {
    const column = columns.get(rank)!;
    const columnHeight = column.length * NODE_HEIGHT + (column.length - 1) * ROW_GAP;
    const top = (height - columnHeight) / 2;
    column.forEach((node, row) => {
      laid.set(node.id, {
        ...node,
        rank,
        x: PADDING + columnIndex * (NODE_WIDTH + COLUMN_GAP),
        y: top + row * (NODE_HEIGHT + ROW_GAP),
      });
    });
  });

  // An observed edge beside a configured one between the same nodes bends away from it.
  const pairs = new Set(graph.edges.filter((e) => e.kind === 'configured').map(pairKey));
  const edges = graph.edges.flatMap((edge): LaidEdge[] => {
    const from = laid.get(edge.from);
    const to = laid.get(edge.to);
    if (!from || !to) return [];
    const bend = edge.kind === 'observed' && pairs.has(pairKey(edge)) ? 14 : 0;
    const curve = curveBetween(from, to, bend);
    return [{ ...edge, curve, d: pathOf(curve), middle: pointOnCurve(curve, 0.5) }];
  });
  return { width, height, nodes: graph.nodes.map((n) => laid.get(n.id)!), edges };
}

function pairKey(edge: Pick<ArchEdge, 'from' | 'to'>): string {
  return `${edge.from}\n${edge.to}`;
}

/**
 * Forward (left to right): from the right side of one node to the left side of the next.
 * Backward: from the left side to the right side. Within one layer (a function invoking
 * another): from the right side out and back in, bulging to the right.
 */
function curveBetween(from: LaidNode, to: LaidNode, bend: number): LaidEdge['curve'] {
  const midY = (node: LaidNode) => node.y + NODE_HEIGHT / 2;
  if (from.id === to.id || from.x === to.x) {
    const x = from.x + NODE_WIDTH;
    const out = Math.max(36, Math.abs(midY(to) - midY(from)) / 2) + bend;
    return [
      { x, y: midY(from) - 6 },
      { x: x + out, y: midY(from) - 6 },
      { x: x + out, y: midY(to) + 6 },
      { x, y: midY(to) + 6 },
    ];
  }
  const forward = to.x > from.x;
  const start = { x: forward ? from.x + NODE_WIDTH : from.x, y: midY(from) };
  const end = { x: forward ? to.x : to.x + NODE_WIDTH, y: midY(to) };
  const reach = Math.max(24, Math.abs(end.x - start.x) / 2) * (forward ? 1 : -1);
  return [
    start,
    { x: start.x + reach, y: start.y + bend },
    { x: end.x - reach, y: end.y + bend },
    end,
  ];
}

function pathOf([a, b, c, d]: LaidEdge['curve']): string {
  const p = (point: Point) => `${round(point.x)} ${round(point.y)}`;
  return `M ${p(a)} C ${p(b)}, ${p(c)}, ${p(d)}`;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The point at `t` (0 at the start, 1 at the end) of a cubic Bézier curve. */
export function pointOnCurve([a, b, c, d]: LaidEdge['curve'], t: number): Point {
  const u = 1 - t;
  const w0 = u * u * u;
  const w1 = 3 * u * u * t;
  const w2 = 3 * u * t * t;
  const w3 = t * t * t;
  return {
    x: w0 * a.x + w1 * b.x + w2 * c.x + w3 * d.x,
    y: w0 * a.y + w1 * b.y + w2 * c.y + w3 * d.y,
  };
}
