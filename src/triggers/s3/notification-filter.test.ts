import { describe, expect, it } from 'vitest';
import { matchesNotification } from './notification-filter';

describe('matchesNotification', () => {
  it('matches event types exactly or by the :* wildcard', () => {
    const created = { events: ['s3:ObjectCreated:*'] as const };
    expect(matchesNotification(created, 'ObjectCreated:Put', 'a')).toBe(true);
    expect(matchesNotification(created, 'ObjectCreated:CompleteMultipartUpload', 'a')).toBe(true);
    expect(matchesNotification(created, 'ObjectRemoved:Delete', 'a')).toBe(false);
    const put = { events: ['s3:ObjectCreated:Put'] as const };
    expect(matchesNotification(put, 'ObjectCreated:Post', 'a')).toBe(false);
    const removed = { events: ['s3:ObjectRemoved:*', 's3:ObjectCreated:Copy'] as const };
    expect(matchesNotification(removed, 'ObjectRemoved:DeleteMarkerCreated', 'a')).toBe(true);
    expect(matchesNotification(removed, 'ObjectCreated:Copy', 'a')).toBe(true);
    expect(
      matchesNotification(
        { events: ['s3:ObjectRemoved:Delete'] },
        'ObjectRemoved:DeleteMarkerCreated',
        'a',
      ),
    ).toBe(false);
  });

  it('compares prefix and suffix with the encoded key', () => {
    const config = {
      events: ['s3:ObjectCreated:*'] as const,
      prefix: 'uploads/my+',
      suffix: '.jpg',
    };
    expect(matchesNotification(config, 'ObjectCreated:Put', 'uploads/my photo.jpg')).toBe(true);
    expect(matchesNotification(config, 'ObjectCreated:Put', 'uploads/my photo.png')).toBe(false);
    expect(matchesNotification(config, 'ObjectCreated:Put', 'other/my photo.jpg')).toBe(false);
    const raw = { events: ['s3:ObjectCreated:*'] as const, prefix: 'dt=2018' };
    expect(matchesNotification(raw, 'ObjectCreated:Put', 'dt=2018/x')).toBe(false);
    expect(
      matchesNotification({ ...raw, prefix: 'dt%3D2018' }, 'ObjectCreated:Put', 'dt=2018/x'),
    ).toBe(true);
  });
});
