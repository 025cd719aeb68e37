import { beforeEach, describe, expect, it } from 'vitest';
import { s3TestWorld } from './testing/s3-test-world';
import type { BucketDraft, NotificationDraft } from '../../../workspace/model';
import { createFunctionDraft, defaultWorkspace } from '../../../workspace/model';
import { workspaceActions, workspaceStore } from '../../workspace/workspace-store';

function notification(id: string, change: Partial<NotificationDraft> = {}): NotificationDraft {
  return {
    id,
    events: ['s3:ObjectCreated:*'],
    prefix: '',
    suffix: '',
    functionId: 'fn-1',
    ...change,
  };
}

function bucketEvents(world: ReturnType<typeof s3TestWorld>): string[] {
  return world.events.flatMap((e) => (e.type === 'resource' ? [`${e.action} ${e.name}`] : []));
}

const UPLOADS: BucketDraft = {
  id: 'bucket-1',
  name: 'uploads',
  notifications: [
    notification('pngs', { suffix: '.png' }),
    // Overlaps the first (same event type; empty filters overlap every other): left out.
    notification('everything'),
    notification('gone', {
      events: ['s3:ObjectRemoved:Delete'],
      prefix: 'tmp/',
      functionId: 'fn-2',
    }),
  ],
};

beforeEach(() => {
  const workspace = defaultWorkspace();
  workspaceStore.setState({
    ...workspace,
    functions: [...workspace.functions, createFunctionDraft('fn-2', 'cleanup')],
    buckets: [UPLOADS, { id: 'bucket-2', name: 'Bad_Name', notifications: [notification('x')] }],
  });
});

describe('createBucketSync', () => {
  it('puts each valid bucket’s valid notifications, deploying their functions first', async () => {
    const world = s3TestWorld();
    await world.sync.apply();
    expect(world.readied).toEqual(['fn-1', 'fn-2']);
    expect(Object.fromEntries(world.platform.snapshot().bucketNotifications)).toEqual({
      uploads: [
        {
          id: 'pngs',
          functionName: 'add-numbers',
          events: ['s3:ObjectCreated:*'],
          suffix: '.png',
        },
        {
          id: 'gone',
          functionName: 'cleanup',
          events: ['s3:ObjectRemoved:Delete'],
          prefix: 'tmp/',
        },
      ],
    });
  });

  it('puts a bucket again only when its configuration changed, and clears a removed bucket', async () => {
    const world = s3TestWorld();
    await world.sync.apply();
    await world.sync.apply();
    expect(bucketEvents(world)).toEqual(['created uploads']);

    workspaceActions.removeFunction('fn-2');
    await world.sync.apply();
    expect(
      world.platform
        .snapshot()
        .bucketNotifications.get('uploads')
        ?.map((c) => c.id),
    ).toEqual(['pngs']);

    workspaceActions.setBuckets([]);
    await world.sync.apply();
    expect(bucketEvents(world)).toEqual(['created uploads', 'updated uploads', 'deleted uploads']);
    expect(world.platform.snapshot().bucketNotifications).toEqual(new Map());
  });

  it('puts everything again on reapply, without taking a bucket down', async () => {
    const world = s3TestWorld();
    await world.sync.apply();
    await world.sync.reapply();
    expect(bucketEvents(world)).toEqual(['created uploads', 'updated uploads']);
  });
});

describe('workspaceActions.removeFunction', () => {
  it('drops the removed function’s notifications and keeps its buckets', () => {
    workspaceActions.removeFunction('fn-1');
    expect(workspaceStore.getState().buckets.map((b) => b.notifications.map((n) => n.id))).toEqual([
      ['gone'],
      [],
    ]);
  });
});
