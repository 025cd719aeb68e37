import { describe, expect, it } from 'vitest';
import { memoryStorage } from './testing/memory-storage';
import { backupFileName, backupText, storedItems } from './backup';

describe('storedItems', () => {
  it('keeps every item of the app as stored, damaged ones included, and nothing else', () => {
    const storage = memoryStorage();
    storage.setItem('serverless-playground:library:v1:ws-b', '{"name":"constructor"}');
    storage.setItem('serverless-playground:library:v1:ws-a:damaged', '{not json');
    storage.setItem('serverless-playground:lessons:v1', '{}');
    storage.setItem('another-app', 'secret');
    expect(storedItems(storage)).toEqual([
      { key: 'serverless-playground:lessons:v1', value: '{}' },
      { key: 'serverless-playground:library:v1:ws-a:damaged', value: '{not json' },
      { key: 'serverless-playground:library:v1:ws-b', value: '{"name":"constructor"}' },
    ]);
  });

  it('is empty without storage', () => {
    expect(storedItems(undefined)).toEqual([]);
  });
});

describe('backupText', () => {
  it('wraps the items in a versioned envelope that parses back to them', () => {
    const storage = memoryStorage();
    storage.setItem('serverless-playground:library:v1:ws-1', '{"a":1}');
    const now = new Date('2026-12-06T10:00:00Z');
    expect(JSON.parse(backupText(storage, now))).toEqual({
      format: 'serverless-playground-backup',
      version: 1,
      exportedAt: '2026-12-06T10:00:00.000Z',
      items: [{ key: 'serverless-playground:library:v1:ws-1', value: '{"a":1}' }],
    });
    expect(backupFileName(now)).toBe('serverless-playground-backup-2026-12-06.json');
  });
});
