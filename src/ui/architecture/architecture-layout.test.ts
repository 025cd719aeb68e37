import { describe, expect, it } from 'vitest';
import type { ArchEdge, ArchGraph, ArchNode, ArchNodeKind } from '../../store';
import type { LaidEdge } from './architecture-layout';
import { layoutArchitecture, NODE_WIDTH, pointOnCurve, ranksOf } from './architecture-layout';
import { indexEdges } from './edge-index';

const node = (kind: ArchNodeKind, name: string): ArchNode => ({
  id: `${kind}:${name}`,
  kind,
  name,
  missing: false,
});

const edge = (from: string, to: string, kind: ArchEdge['kind'] = 'configured'): ArchEdge => ({
  id: `${kind} ${from} ${to}`,
  from,
  to,
  kind,
  label: kind === 'observed' ? 'PutObject' : 'trigger',
});

/** bus → rule → queue → worker → results (observed), api → web, uploads → web, web → uploads. */
function graph(): ArchGraph {
  return {
    nodes: [
      node('api', 'HTTP API'),
      node('bus', 'default'),
      node('rule', 'to-jobs'),
      node('bucket', 'uploads'),
      node('queue', 'jobs'),
      node('queue', 'jobs-dlq'),
      node('bucket', 'results'),
      node('function', 'web'),
      node('function', 'worker'),
    ],
    edges: [
      edge('api:HTTP API', 'function:web'),
      edge('bus:default', 'rule:to-jobs'),
      edge('rule:to-jobs', 'queue:jobs'),
      edge('queue:jobs', 'function:worker'),
      edge('queue:jobs', 'queue:jobs-dlq'),
      edge('bucket:uploads', 'function:web'),
      edge('function:web', 'bucket:uploads', 'observed'),
      edge('function:worker', 'bucket:results', 'observed'),
      edge('function:web', 'function:worker', 'observed'),
    ],
  };
}

describe('ranksOf', () => {
  it('puts sources left by their steps to a function, functions at 0, the rest right', () => {
    expect(Object.fromEntries(ranksOf(graph()))).toEqual({
      'api:HTTP API': -1,
      'bus:default': -3,
      'rule:to-jobs': -2,
      'bucket:uploads': -1,
      'queue:jobs': -1,
      // Fed only by the polled queue: beside it, not across the functions.
      'queue:jobs-dlq': -1,
      'bucket:results': 1,
      'function:web': 0,
      'function:worker': 0,
    });
  });

  it('places a resource fed by a downstream resource one layer further right', () => {
    const g: ArchGraph = {
      nodes: [node('function', 'f'), node('queue', 'out'), node('queue', 'out-dlq')],
      edges: [edge('function:f', 'queue:out'), edge('queue:out', 'queue:out-dlq')],
    };
    expect(Object.fromEntries(ranksOf(g))).toEqual({
      'function:f': 0,
      'queue:out': 1,
      'queue:out-dlq': 2,
    });
  });

  it('ends on a cycle of resources (a queue redriving to itself) without looping', () => {
    const g: ArchGraph = {
      nodes: [node('queue', 'a'), node('queue', 'b')],
      edges: [edge('queue:a', 'queue:b'), edge('queue:b', 'queue:a')],
    };
    expect([...ranksOf(g).values()].every((r) => r >= 1)).toBe(true);
  });
});

describe('layoutArchitecture', () => {
  it('lays out the same graph the same way, in columns by rank, none overlapping', () => {
    const first = layoutArchitecture(graph());
    expect(layoutArchitecture(graph())).toEqual(first);
    const at = new Map(first.nodes.map((n) => [n.id, n]));
    expect(at.get('bus:default')!.x).toBeLessThan(at.get('rule:to-jobs')!.x);
    expect(at.get('rule:to-jobs')!.x).toBeLessThan(at.get('queue:jobs')!.x);
    expect(at.get('queue:jobs')!.x).toBeLessThan(at.get('function:worker')!.x);
    expect(at.get('function:worker')!.x).toBeLessThan(at.get('bucket:results')!.x);
    const spots = first.nodes.map((n) => `${n.x},${n.y}`);
    expect(new Set(spots).size).toBe(spots.length);
    for (const n of first.nodes) {
      expect(n.x + NODE_WIDTH).toBeLessThanOrEqual(first.width);
      expect(n.y).toBeGreaterThanOrEqual(0);
    }
    // Five columns: bus, rule, sources, functions, downstream.
    expect(new Set(first.nodes.map((n) => n.x)).size).toBe(5);
  });

  it('orders a column by its neighbours, so edges cross little', () => {
    const { nodes } = layoutArchitecture(graph());
    const at = new Map(nodes.map((n) => [n.id, n]));
    // web above worker: the API and the bucket (web's) above the queue (worker's).
    expect(at.get('function:web')!.y).toBeLessThan(at.get('function:worker')!.y);
    expect(at.get('bucket:uploads')!.y).toBeLessThan(at.get('queue:jobs')!.y);
  });

  it('draws an edge from the right side of its source to the left side of its target', () => {
    const { nodes, edges } = layoutArchitecture(graph());
    const at = new Map(nodes.map((n) => [n.id, n]));
    const trigger = edges.find((e) => e.from === 'queue:jobs' && e.to === 'function:worker')!;
    expect(trigger.curve[0].x).toBe(at.get('queue:jobs')!.x + NODE_WIDTH);
    expect(trigger.curve[3].x).toBe(at.get('function:worker')!.x);
    expect(trigger.d).toMatch(/^M [\d.]+ [\d.]+ C /);
    // Backward (web → the bucket that triggers it): left side to right side.
    const back = edges.find((e) => e.from === 'function:web' && e.to === 'bucket:uploads')!;
    expect(back.curve[0].x).toBe(at.get('function:web')!.x);
    expect(back.curve[3].x).toBe(at.get('bucket:uploads')!.x + NODE_WIDTH);
  });

  it('finds the point along a curve a message has reached', () => {
    const points: LaidEdge['curve'] = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 20, y: 10 },
      { x: 30, y: 10 },
    ];
    expect(pointOnCurve(points, 0)).toEqual({ x: 0, y: 0 });
    expect(pointOnCurve(points, 1)).toEqual({ x: 30, y: 10 });
    expect(pointOnCurve(points, 0.5)).toEqual({ x: 15, y: 5 });
  });
});

describe('indexEdges', () => {
  it('sends an SDK call along its observed edge and a trigger along the configured one', () => {
    const g = graph();
    g.edges.push(edge('bucket:uploads', 'function:web', 'observed'));
    const route = indexEdges(layoutArchitecture(g).edges);
    const hop = { from: 'bucket:uploads', to: 'function:web', failed: false, leg: 0 as const };
    expect(route({ ...hop, observed: false })?.edge.kind).toBe('configured');
    expect(route({ ...hop, observed: true })?.edge.kind).toBe('observed');
    const redrive = route({ ...hop, from: 'queue:jobs-dlq', to: 'queue:jobs', observed: false });
    expect(redrive).toMatchObject({ reversed: true, edge: { from: 'queue:jobs' } });
    expect(route({ ...hop, from: 'queue:nowhere', observed: false })).toBeNull();
  });
});
