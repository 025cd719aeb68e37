import { describe, expect, it } from 'vitest';
import type { PlatformEvent, ServiceCallEvent } from '../../../engine';
import type { Workspace } from '../../../workspace/model';
import { createFunctionDraft, defaultWorkspace } from '../../../workspace/model';
import { architectureGraph } from './architecture-graph';
import type { ArchEdge, ArchGraph } from './architecture-model';
import { archNodeLabel } from './architecture-model';
import { emptyObservedCalls, reduceObservedCalls } from './observed-calls';

/** A workspace with `thumbnail` fed by bucket `uploads`, and more resources around it. */
function workspace(): Workspace {
  const base = defaultWorkspace();
  const thumbnail = createFunctionDraft('fn-2', 'thumbnail');
  return {
    ...base,
    functions: [...base.functions, thumbnail],
    buckets: [
      {
        id: 'b-1',
        name: 'uploads',
        notifications: [
          { id: 'n-1', events: ['s3:ObjectCreated:*'], prefix: '', suffix: '', functionId: 'fn-2' },
          { id: 'n-2', events: ['s3:ObjectRemoved:*'], prefix: '', suffix: '', functionId: 'fn-2' },
        ],
      },
    ],
  };
}

/** Edges as the hidden list reads them: `from → to (kind: label)`. */
function edgeLines(graph: ArchGraph): string[] {
  const name = new Map(graph.nodes.map((n) => [n.id, archNodeLabel(n)]));
  return graph.edges.map(
    (e: ArchEdge) => `${name.get(e.from)} → ${name.get(e.to)} (${e.kind}: ${e.label})`,
  );
}

function call(fields: Partial<ServiceCallEvent>): ServiceCallEvent {
  return {
    type: 'service-call',
    time: 1000,
    functionName: 'thumbnail',
    requestId: 'r-1',
    service: 's3',
    operation: 'PutObject',
    resource: 'thumbnails',
    statusCode: 200,
    errorCode: null,
    units: { kind: 's3-request', tier: 'put' },
    latencyMs: 20,
    usd: 0.000005,
    ...fields,
  };
}

describe('architectureGraph', () => {
  it('draws the default workspace: its function behind the HTTP API', () => {
    const graph = architectureGraph(defaultWorkspace(), emptyObservedCalls());
    expect(graph.nodes.map(archNodeLabel)).toEqual(['HTTP API', 'Function add-numbers']);
    expect(edgeLines(graph)).toEqual(['HTTP API → Function add-numbers (configured: HTTP route)']);
    expect(graph.edges[0]!.detail).toBe('$default');
  });

  it('makes one configured edge of two notifications from a bucket to one function', () => {
    const graph = architectureGraph(workspace(), emptyObservedCalls());
    const s3 = graph.edges.filter((e) => e.label === 'S3 notification');
    expect(s3).toEqual([
      {
        id: expect.any(String),
        from: 'bucket:uploads',
        to: 'function:thumbnail',
        kind: 'configured',
        label: 'S3 notification',
        detail: 's3:ObjectCreated:*; s3:ObjectRemoved:*',
        disabled: false,
      },
    ]);
    expect(graph.nodes.find((n) => n.id === 'bucket:uploads')).toEqual({
      id: 'bucket:uploads',
      kind: 'bucket',
      name: 'uploads',
      missing: false,
    });
  });

  it('adds an observed edge per caller and resource, labelled with the operations seen', () => {
    const events: PlatformEvent[] = [
      call({}),
      call({ operation: 'GetObject', resource: 'uploads' }),
      call({ time: 1200 }),
      call({ operation: 'HeadObject', time: 1300 }),
    ];
    const graph = architectureGraph(workspace(), reduceObservedCalls(emptyObservedCalls(), events));
    const observed = graph.edges.filter((e) => e.kind === 'observed');
    expect(observed.map((e) => [e.from, e.to, e.label, e.failing])).toEqual([
      ['function:thumbnail', 'bucket:thumbnails', 'PutObject, HeadObject', false],
      ['function:thumbnail', 'bucket:uploads', 'GetObject', false],
    ]);
    // `thumbnails` is not a bucket of the workspace: it still shows, marked missing.
    expect(graph.nodes.find((n) => n.id === 'bucket:thumbnails')).toMatchObject({
      kind: 'bucket',
      name: 'thumbnails',
      missing: true,
    });
    // The configured notification stays beside the observed GetObject, as its own edge.
    expect(graph.edges.filter((e) => e.from === 'bucket:uploads')).toHaveLength(1);
  });

  it('maps each service to its kind of node, and a call naming nothing to an unknown one', () => {
    const events: PlatformEvent[] = [
      call({ service: 'sqs', operation: 'SendMessage', resource: 'jobs' }),
      call({ service: 'sns', operation: 'Publish', resource: 'alerts' }),
      call({ service: 'lambda', operation: 'Invoke', resource: 'add-numbers' }),
      call({ service: 'dynamodb', operation: 'PutItem', resource: 'orders' }),
      call({ service: 's3', operation: 'PutObject', resource: null, errorCode: 'NoSuchBucket' }),
    ];
    const graph = architectureGraph(workspace(), reduceObservedCalls(emptyObservedCalls(), events));
    expect(edgeLines(graph).filter((l) => l.includes('observed'))).toEqual([
      'Function thumbnail → Queue jobs (observed: SendMessage)',
      'Function thumbnail → Topic alerts (observed: Publish)',
      'Function thumbnail → Function add-numbers (observed: Invoke)',
      'Function thumbnail → Table orders (observed: PutItem)',
      'Function thumbnail → Unknown bucket (observed: PutObject)',
    ]);
    const missing = graph.nodes.filter((n) => n.missing).map((n) => n.id);
    expect(missing).toEqual(['queue:jobs', 'topic:alerts', 'table:orders', 'bucket?']);
    expect(graph.edges.at(-1)!.failing).toBe(true);
  });

  it('connects queues, topics, schedules, rules and destinations as the settings say', () => {
    const base = workspace();
    const [first, thumbnail] = base.functions;
    const ws: Workspace = {
      ...base,
      http: { front: 'function-url', routes: [], urlFunctionId: 'fn-2' },
      functions: [
        {
          ...first!,
          config: {
            ...first!.config,
            onFailure: { type: 'eventbridge', name: 'default' },
            deadLetterQueue: 'jobs-dlq',
          },
        },
        thumbnail!,
      ],
      schedules: [
        {
          id: 's-1',
          name: 'nightly',
          expression: 'rate(1 day)',
          functionId: 'fn-1',
          enabled: false,
        },
      ],
      topics: [{ id: 't-1', name: 'alerts', subscriberIds: ['fn-1', 'fn-2'] }],
      queues: [
        {
          id: 'q-1',
          name: 'jobs',
          fifo: false,
          visibilityTimeoutSec: 30,
          redrive: { deadLetterQueueId: 'q-2', maxReceiveCount: 3 },
          mapping: {
            functionId: 'fn-2',
            batchSize: 10,
            maximumBatchingWindowSec: 0,
            reportBatchItemFailures: false,
            enabled: true,
          },
        },
        {
          id: 'q-2',
          name: 'jobs-dlq',
          fifo: false,
          visibilityTimeoutSec: 30,
          redrive: null,
          mapping: null,
        },
      ],
      eventBuses: [
        {
          id: 'bus-1',
          name: 'default',
          rules: [
            {
              id: 'r-1',
              name: 'to-jobs',
              pattern: '{}',
              enabled: true,
              targets: [
                { type: 'sqs', targetId: 'q-1' },
                { type: 'lambda', targetId: 'fn-1' },
              ],
            },
          ],
        },
      ],
    };
    expect(edgeLines(architectureGraph(ws, emptyObservedCalls()))).toEqual([
      'Function URL → Function thumbnail (configured: function URL)',
      'Schedule nightly → Function add-numbers (configured: schedule)',
      'Event bus default → Rule to-jobs (configured: event bus rule)',
      'Rule to-jobs → Queue jobs (configured: rule target)',
      'Rule to-jobs → Function add-numbers (configured: rule target)',
      'Bucket uploads → Function thumbnail (configured: S3 notification)',
      'Topic alerts → Function add-numbers (configured: SNS subscription)',
      'Topic alerts → Function thumbnail (configured: SNS subscription)',
      'Queue jobs → Function thumbnail (configured: SQS event source mapping)',
      'Queue jobs → Queue jobs-dlq (configured: redrive policy)',
      'Function add-numbers → Event bus default (configured: on-failure destination)',
      'Function add-numbers → Queue jobs-dlq (configured: dead-letter queue)',
    ]);
    const graph = architectureGraph(ws, emptyObservedCalls());
    expect(graph.edges.find((e) => e.label === 'schedule')!.disabled).toBe(true);
    expect(graph.nodes.every((n) => !n.missing)).toBe(true);
  });

  it('keeps names such as __proto__ and constructor as plain names', () => {
    const ws = workspace();
    ws.buckets[0]!.name = '__proto__';
    ws.functions[1]!.config.name = 'constructor';
    const graph = architectureGraph(
      ws,
      reduceObservedCalls(emptyObservedCalls(), [
        call({ functionName: 'constructor', resource: 'toString' }),
      ]),
    );
    expect(edgeLines(graph)).toContain(
      'Bucket __proto__ → Function constructor (configured: S3 notification)',
    );
    expect(edgeLines(graph)).toContain(
      'Function constructor → Bucket toString (observed: PutObject)',
    );
  });
});
