import { describe, expect, it } from 'vitest';
import { setupPlatform, T0, testBundle, testConfig } from '../testing/platform-fixture';

function photosBucket() {
  const setup = setupPlatform();
  setup.platform.deploy(testConfig({ name: 'thumbnail' }), testBundle());
  setup.platform.putBucketNotification('uploads', [
    {
      id: 'jpegs',
      functionName: 'thumbnail',
      events: ['s3:ObjectCreated:*'],
      prefix: 'photos/',
      suffix: '.jpg',
    },
  ]);
  return setup;
}

describe('notifyS3Change', () => {
  it('async-invokes the function of each matching configuration', async () => {
    const { platform, executor, settle, ofType } = photosBucket();
    const [requestId] = platform.notifyS3Change('uploads', {
      eventName: 'ObjectCreated:Put',
      key: 'photos/my photo.jpg',
      size: 3,
    });
    expect(ofType('s3-notified')).toMatchObject([
      {
        bucket: 'uploads',
        key: 'photos/my photo.jpg',
        deliveries: [{ configurationId: 'jpegs', functionName: 'thumbnail', requestId }],
      },
    ]);
    await settle();
    expect(ofType('async-succeeded').map((e) => e.requestId)).toEqual([requestId]);
    expect(JSON.parse(executor.invoked[0]?.request.eventJson ?? '')).toEqual({
      Records: [
        {
          bucket: 'uploads',
          configurationId: 'jpegs',
          sequence: 1,
          time: T0,
          eventName: 'ObjectCreated:Put',
          key: 'photos/my photo.jpg',
        },
      ],
    });
  });

  it('filters by event type, prefix and suffix, and reports changes that matched nothing', () => {
    const { platform, ofType } = photosBucket();
    expect(
      platform.notifyS3Change('uploads', { eventName: 'ObjectCreated:Put', key: 'docs/a.jpg' }),
    ).toEqual([]);
    expect(
      platform.notifyS3Change('uploads', { eventName: 'ObjectCreated:Put', key: 'photos/a.png' }),
    ).toEqual([]);
    expect(
      platform.notifyS3Change('uploads', {
        eventName: 'ObjectRemoved:Delete',
        key: 'photos/a.jpg',
      }),
    ).toEqual([]);
    expect(
      platform.notifyS3Change('other', { eventName: 'ObjectCreated:Put', key: 'photos/a.jpg' }),
    ).toEqual([]);
    expect(ofType('s3-notified').map((e) => e.deliveries.length)).toEqual([0, 0, 0, 0]);
    expect(ofType('async-queued')).toEqual([]);
  });

  it('numbers a bucket’s changes so sequencers increase', async () => {
    const { platform, executor, settle } = photosBucket();
    platform.notifyS3Change('uploads', { eventName: 'ObjectCreated:Put', key: 'x/a.jpg' });
    platform.notifyS3Change('uploads', { eventName: 'ObjectCreated:Put', key: 'photos/a.jpg' });
    platform.notifyS3Change('uploads', { eventName: 'ObjectCreated:Copy', key: 'photos/b.jpg' });
    await settle();
    const sequences = executor.invoked.map(
      ({ request }) => JSON.parse(request.eventJson).Records[0].sequence,
    );
    expect(sequences).toEqual([2, 3]);
  });

  it('refuses bad configurations and removes one set to an empty list', () => {
    const { platform } = photosBucket();
    const put = (events: string[]) => () =>
      platform.putBucketNotification('uploads', [{ id: 'x', functionName: 'thumbnail', events }]);
    expect(put(['ObjectCreated'])).toThrow('x: "ObjectCreated" is not an S3 event type.');
    expect(put([])).toThrow('x: choose at least one event type.');
    expect(() => platform.putBucketNotification('Bad_Bucket', [])).toThrow(/bucket name/);
    platform.putBucketNotification('uploads', []);
    expect(platform.snapshot().bucketNotifications).toEqual(new Map());
  });
});
