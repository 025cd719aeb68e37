import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListBucketsCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import { createS3Api } from '../../services';
import { sdkHarness, TEST_CALLER } from '../../services/testing/sdk-harness';
import { defaultWorkspace } from '../../workspace/model';
import { s3ObjectStore } from '../sources/s3/s3-objects';
import { s3TestWorld, T0 } from '../sources/s3/testing/s3-test-world';
import { workspaceStore } from '../workspace/workspace-store';
import { createStoreS3Port } from './s3-store-port';

beforeEach(() => {
  s3ObjectStore.setState({ objects: new Map(), changes: [] });
  workspaceStore.setState({
    ...defaultWorkspace(),
    buckets: [
      {
        id: 'bucket-1',
        name: 'uploads',
        notifications: [
          {
            id: 'everything',
            events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'],
            prefix: '',
            suffix: '',
            functionId: 'fn-1',
          },
        ],
      },
    ],
  });
});

function setUp() {
  const world = s3TestWorld();
  const port = createStoreS3Port({
    putObject: world.putObject,
    deleteObject: world.deleteObject,
    now: () => world.clock.now(),
  });
  const client = new S3Client(sdkHarness(createS3Api(port)).config);
  return { world, client };
}

const ORIGIN = { functionName: TEST_CALLER.functionName, requestId: TEST_CALLER.requestId };

describe('the S3 API over the app’s buckets', () => {
  it('puts an object the S3 tab lists, and fires the notification with the caller as origin', async () => {
    const { world, client } = setUp();
    world.clock.advance(2000);
    await client.send(
      new PutObjectCommand({
        Bucket: 'uploads',
        Key: 'from handler.txt',
        Body: 'hi',
        ContentType: 'text/plain',
        Metadata: { source: 'sdk' },
      }),
    );
    const [listed] = s3ObjectStore.getState().objects.get('uploads')!;
    expect(listed).toMatchObject({
      key: 'from handler.txt',
      size: 2,
      contentType: 'text/plain',
      lastModified: T0 + 2000,
    });
    expect(listed!.headers?.get('x-amz-meta-source')).toBe('sdk');
    expect(s3ObjectStore.getState().changes.map((c) => [c.eventName, c.key])).toEqual([
      ['ObjectCreated:Put', 'from handler.txt'],
    ]);
    const notified = world.events.filter((event) => event.type === 's3-notified');
    expect(notified).toMatchObject([
      { bucket: 'uploads', eventName: 'ObjectCreated:Put', origin: ORIGIN },
    ]);
    await world.settle();
    expect(world.received().map((event) => event.Records[0].s3.object.key)).toEqual([
      'from+handler.txt',
    ]);

    const object = await client.send(
      new GetObjectCommand({ Bucket: 'uploads', Key: 'from handler.txt' }),
    );
    expect(await object.Body!.transformToString()).toBe('hi');
    expect(object.Metadata).toEqual({ source: 'sdk' });
  });

  it('reads an object uploaded from the tab, copies it (ObjectCreated:Copy) and deletes it', async () => {
    const { world, client } = setUp();
    const bytes = new TextEncoder().encode('tab upload');
    await world.putObject('uploads', { key: 'tab.txt', bytes, contentType: '' });
    const read = await client.send(new GetObjectCommand({ Bucket: 'uploads', Key: 'tab.txt' }));
    expect(read.ContentType).toBe('binary/octet-stream');
    expect(await read.Body!.transformToString()).toBe('tab upload');

    await client.send(
      new CopyObjectCommand({ Bucket: 'uploads', Key: 'copy.txt', CopySource: 'uploads/tab.txt' }),
    );
    await client.send(new DeleteObjectCommand({ Bucket: 'uploads', Key: 'tab.txt' }));
    expect(
      s3ObjectStore
        .getState()
        .objects.get('uploads')!
        .map((o) => o.key),
    ).toEqual(['copy.txt']);
    const notified = world.events.flatMap((event) =>
      event.type === 's3-notified' ? [[event.eventName, event.key, event.origin]] : [],
    );
    expect(notified).toEqual([
      ['ObjectCreated:Put', 'tab.txt', undefined],
      ['ObjectCreated:Copy', 'copy.txt', ORIGIN],
      ['ObjectRemoved:Delete', 'tab.txt', ORIGIN],
    ]);
    await world.settle();
    expect(world.received().map((event) => event.Records[0].eventName)).toEqual([
      'ObjectCreated:Put',
      'ObjectCreated:Copy',
      'ObjectRemoved:Delete',
    ]);
  });

  it('lists the workspace’s buckets', async () => {
    const { client } = setUp();
    const result = await client.send(new ListBucketsCommand({}));
    expect(result.Buckets?.map((bucket) => [bucket.Name, bucket.CreationDate])).toEqual([
      ['uploads', new Date(T0)],
    ]);
  });
});
