import { describe, expect, it } from 'vitest';
import type { ArchGraph } from '../../store';
import { layoutArchitecture } from './architecture-layout';
import { edgeText } from './edge-text';
import { tabOfNode } from './open-resource';

const graph: ArchGraph = {
  nodes: [
    { id: 'bucket:uploads', kind: 'bucket', name: 'uploads', missing: false },
    { id: 'function:thumbnail', kind: 'function', name: 'thumbnail', missing: false },
    { id: 'bucket:thumbnails', kind: 'bucket', name: 'thumbnails', missing: true },
    { id: 'queue?', kind: 'queue', name: '', missing: true },
  ],
  edges: [
    {
      id: 'a',
      from: 'bucket:uploads',
      to: 'function:thumbnail',
      kind: 'configured',
      label: 'S3 notification',
    },
    {
      id: 'b',
      from: 'function:thumbnail',
      to: 'bucket:thumbnails',
      kind: 'observed',
      label: 'PutObject',
    },
    {
      id: 'c',
      from: 'function:thumbnail',
      to: 'queue?',
      kind: 'observed',
      label: 'SendMessage',
      failing: true,
    },
  ],
};

describe('edgeText', () => {
  it('says each connection in words, as the hidden list reads it', () => {
    const { edges, nodes } = layoutArchitecture(graph);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(edges.map((e) => edgeText(e, byId))).toEqual([
      'uploads → thumbnail (S3 notification)',
      'thumbnail → PutObject → thumbnails (observed; not in this workspace)',
      'thumbnail → SendMessage → Unknown queue (observed; some calls failed; not in this workspace)',
    ]);
  });
});

describe('tabOfNode', () => {
  it('opens the tab that edits each kind of resource', () => {
    expect(tabOfNode({ kind: 'bucket' })).toBe('s3');
    expect(tabOfNode({ kind: 'queue' })).toBe('pubsub');
    expect(tabOfNode({ kind: 'rule' })).toBe('pubsub');
    expect(tabOfNode({ kind: 'api' })).toBe('http');
    expect(tabOfNode({ kind: 'schedule' })).toBe('schedule');
    expect(tabOfNode({ kind: 'function' })).toBe('test');
    expect(tabOfNode({ kind: 'table' })).toBe('dynamodb');
  });
});
