import { describe, expect, it } from 'vitest';
import { filterHint, notificationProblems, notificationsOverlap } from './s3-notification-rules';
import type { NotificationDraft } from './model';

function rule(change: Partial<NotificationDraft>): NotificationDraft {
  return {
    id: 'n',
    events: ['s3:ObjectCreated:*'],
    prefix: '',
    suffix: '',
    functionId: 'fn-1',
    ...change,
  };
}

describe('notificationsOverlap', () => {
  it('refuses overlapping prefixes and suffixes for the same (or a wildcard) event type', () => {
    expect(notificationsOverlap(rule({}), rule({}))).toBe(true);
    expect(
      notificationsOverlap(rule({ prefix: 'images/' }), rule({ prefix: 'images/2026/' })),
    ).toBe(true);
    expect(
      notificationsOverlap(rule({}), rule({ events: ['s3:ObjectCreated:Put'], suffix: '.png' })),
    ).toBe(true);
    expect(notificationsOverlap(rule({ suffix: '.jpg' }), rule({ suffix: 'photo.jpg' }))).toBe(
      true,
    );
  });

  it('takes different event types, or prefixes or suffixes that cannot both match', () => {
    expect(notificationsOverlap(rule({}), rule({ events: ['s3:ObjectRemoved:*'] }))).toBe(false);
    expect(
      notificationsOverlap(
        rule({ events: ['s3:ObjectCreated:Put'] }),
        rule({ events: ['s3:ObjectRemoved:Delete'] }),
      ),
    ).toBe(false);
    expect(notificationsOverlap(rule({ prefix: 'images/' }), rule({ prefix: 'logs/' }))).toBe(
      false,
    );
    expect(notificationsOverlap(rule({ suffix: '.jpg' }), rule({ suffix: '.png' }))).toBe(false);
    expect(
      notificationsOverlap(
        rule({ prefix: 'images/', suffix: '.jpg' }),
        rule({ prefix: 'images/', suffix: '.png' }),
      ),
    ).toBe(false);
  });
});

describe('notificationProblems', () => {
  it('says what is wrong with each field, and which earlier rule a later one overlaps', () => {
    const bucket = {
      id: 'b',
      name: 'uploads',
      notifications: [
        rule({ id: 'a', suffix: '.png' }),
        rule({ id: 'b', events: [], prefix: 'x'.repeat(1025), functionId: 'gone' }),
        rule({ id: 'c', events: ['s3:ObjectCreated:Put'], suffix: 'cat.png' }),
        rule({ id: 'd', events: ['s3:ObjectRemoved:*'], suffix: 'p'.repeat(1025) }),
      ],
    };
    expect(notificationProblems(bucket, new Set(['fn-1']))).toEqual([
      {},
      {
        events: 'Choose at least one event type.',
        prefix: 'A prefix is at most 1,024 characters.',
        functionId: 'Choose a function.',
      },
      {
        overlap:
          'Overlaps notification 1: S3 refuses two rules for the same event type whose prefixes and whose suffixes both overlap ("Configuration is ambiguously defined").',
      },
      { suffix: 'A suffix is at most 1,024 characters.' },
    ]);
  });
});

describe('filterHint', () => {
  it('points out filters that can never match the encoded key', () => {
    expect(filterHint('photos/')).toBeNull();
    expect(filterHint('my+photo')).toBeNull();
    expect(filterHint('dt%3D2018')).toBeNull();
    expect(filterHint('my photo')).toBe(
      'S3 compares filters with the URL-encoded key, so this never matches: write my+photo',
    );
    expect(filterHint('dt=2018')).toBe(
      'S3 compares filters with the URL-encoded key, so this never matches: write dt%3D2018',
    );
    expect(filterHint('*.jpg')).toBe('A * is not a wildcard here: it matches only a * in the key.');
    expect(filterHint('100%')).toBe(
      'This filter has a % that does not start a valid %XX escape, so no key can match it.',
    );
  });
});
