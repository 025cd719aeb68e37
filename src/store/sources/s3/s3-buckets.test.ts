import { beforeEach, describe, expect, it } from 'vitest';
import { addNotification, createBucket, deleteBucket, updateNotification } from './s3-buckets';
import { s3ObjectStore } from './s3-objects';
import { defaultWorkspace } from '../../../workspace/model';
import { workspaceStore } from '../../workspace/workspace-store';

beforeEach(() => {
  workspaceStore.setState(defaultWorkspace());
  s3ObjectStore.setState({ objects: new Map(), changes: [] });
});

describe('createBucket', () => {
  it('adds a bucket with a name S3 takes, and refuses one it does not', () => {
    expect(createBucket('uploads')).toBeNull();
    expect(createBucket('uploads')).toBe('You already own a bucket named uploads.');
    expect(createBucket('Photos')).toBe(
      'A bucket name may hold only lowercase letters, digits, dots (.) and hyphens (-).',
    );
    expect(workspaceStore.getState().buckets).toEqual([
      { id: 'bucket-1', name: 'uploads', notifications: [] },
    ]);
  });
});

describe('deleteBucket', () => {
  it('deletes an empty bucket only, as S3 does', () => {
    createBucket('uploads');
    s3ObjectStore.setState({
      objects: new Map([
        [
          'uploads',
          [
            {
              key: 'a',
              bytes: new Uint8Array(),
              size: 0,
              eTag: 'd41d8cd98f00b204e9800998ecf8427e',
              contentType: 'binary/octet-stream',
              lastModified: 0,
            },
          ],
        ],
      ]),
    });
    expect(deleteBucket('bucket-1')).toBe(
      'BucketNotEmpty: the bucket you tried to delete is not empty. Delete its objects first.',
    );
    s3ObjectStore.setState({ objects: new Map([['uploads', []]]) });
    expect(deleteBucket('bucket-1')).toBeNull();
    expect(workspaceStore.getState().buckets).toEqual([]);
  });
});

describe('addNotification', () => {
  it('adds an ObjectCreated:* rule with an id no other bucket uses', () => {
    createBucket('uploads');
    createBucket('logs');
    addNotification('bucket-1', 'fn-1');
    addNotification('bucket-2', 'fn-1');
    updateNotification('bucket-2', 'notification-2', { suffix: '.log' });
    expect(workspaceStore.getState().buckets.map((b) => b.notifications)).toEqual([
      [
        {
          id: 'notification-1',
          events: ['s3:ObjectCreated:*'],
          prefix: '',
          suffix: '',
          functionId: 'fn-1',
        },
      ],
      [
        {
          id: 'notification-2',
          events: ['s3:ObjectCreated:*'],
          prefix: '',
          suffix: '.log',
          functionId: 'fn-1',
        },
      ],
    ]);
  });
});
