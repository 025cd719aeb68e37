import { beforeEach, describe, expect, it } from 'vitest';
import { s3ObjectStore } from './s3-objects';
import { s3TestWorld, T0 } from './testing/s3-test-world';
import type { NotificationDraft } from '../../../workspace/model';
import { defaultWorkspace } from '../../../workspace/model';
import { workspaceStore } from '../../workspace/workspace-store';

const PHOTO = new TextEncoder().encode('not really a jpeg');
// md5 computed with node:crypto.
const PHOTO_MD5 = '08a83d6686281a5a292732435b21f83a';

function notification(id: string, change: Partial<NotificationDraft>): NotificationDraft {
  return { id, events: [], prefix: '', suffix: '', functionId: 'fn-1', ...change };
}

beforeEach(() => {
  s3ObjectStore.setState({ objects: new Map(), changes: [] });
  workspaceStore.setState({
    ...defaultWorkspace(),
    buckets: [
      {
        id: 'bucket-1',
        name: 'uploads',
        notifications: [
          notification('images', { events: ['s3:ObjectCreated:Put'], suffix: '.jpg' }),
          notification('pngs', { events: ['s3:ObjectCreated:*'], suffix: '.png' }),
          notification('removals', { events: ['s3:ObjectRemoved:*'] }),
        ],
      },
    ],
  });
});

describe('createObjectActions', () => {
  it('puts an object with its size and MD5 eTag, then sends the S3 event asynchronously', async () => {
    const world = s3TestWorld();
    world.clock.advance(1500);
    const outcome = await world.putObject('uploads', {
      key: 'my photo.jpg',
      bytes: PHOTO,
      contentType: 'image/jpeg',
    });
    expect(s3ObjectStore.getState().objects.get('uploads')).toEqual([
      {
        key: 'my photo.jpg',
        bytes: PHOTO,
        size: 17,
        eTag: PHOTO_MD5,
        contentType: 'image/jpeg',
        lastModified: T0 + 1500,
      },
    ]);
    expect(outcome).toEqual({
      ok: true,
      change: {
        seq: expect.any(Number),
        bucket: 'uploads',
        eventName: 'ObjectCreated:Put',
        key: 'my photo.jpg',
        requestIds: ['00000000-0000-4000-8000-000000000001'],
      },
    });
    await world.settle();
    const [event] = world.received();
    expect(event.Records[0].eventName).toBe('ObjectCreated:Put');
    expect(event.Records[0].eventTime).toBe('2026-11-27T12:00:01.500Z');
    expect(event.Records[0].s3.configurationId).toBe('images');
    expect(event.Records[0].s3.object).toEqual({
      key: 'my+photo.jpg',
      size: 17,
      eTag: PHOTO_MD5,
      sequencer: '000000000000000001',
    });
  });

  it('invokes nothing for a key no filter matches, and the matching function for one that does', async () => {
    const world = s3TestWorld();
    const text = await world.putObject('uploads', {
      key: 'notes.txt',
      bytes: new Uint8Array([104, 105]),
      contentType: '',
    });
    const png = await world.putObject('uploads', {
      key: 'cat.png',
      bytes: new Uint8Array([1]),
      contentType: 'image/png',
    });
    expect(text.ok && text.change.requestIds).toEqual([]);
    expect(png.ok && png.change.requestIds).toHaveLength(1);
    await world.settle();
    expect(world.received().map((e) => e.Records[0].s3.object.key)).toEqual(['cat.png']);
    expect(
      s3ObjectStore
        .getState()
        .objects.get('uploads')
        ?.map((o) => [o.key, o.contentType]),
    ).toEqual([
      ['cat.png', 'image/png'],
      ['notes.txt', 'binary/octet-stream'],
    ]);
    expect(s3ObjectStore.getState().changes.map((c) => c.key)).toEqual(['cat.png', 'notes.txt']);
  });

  it('deletes an object and sends ObjectRemoved:Delete without size or eTag, with a later sequencer', async () => {
    const world = s3TestWorld();
    await world.putObject('uploads', { key: 'a.png', bytes: PHOTO, contentType: '' });
    await world.deleteObject('uploads', 'a.png');
    await world.settle();
    expect(s3ObjectStore.getState().objects.get('uploads')).toEqual([]);
    const [created, removed] = world.received();
    expect(created.Records[0].s3.object.sequencer).toBe('000000000000000001');
    expect(removed.Records[0].eventName).toBe('ObjectRemoved:Delete');
    expect(removed.Records[0].s3.configurationId).toBe('removals');
    expect(removed.Records[0].s3.object).toEqual({ key: 'a.png', sequencer: '000000000000000002' });
  });

  it('refuses a key S3 would refuse and stores nothing', async () => {
    const world = s3TestWorld();
    expect(await world.putObject('uploads', { key: '', bytes: PHOTO, contentType: '' })).toEqual({
      ok: false,
      problem: 'An object key needs at least one character.',
    });
    expect(s3ObjectStore.getState()).toEqual({ objects: new Map(), changes: [] });
    expect(world.readied).toEqual([]);
  });
});
