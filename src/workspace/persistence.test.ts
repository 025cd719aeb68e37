import { describe, expect, it } from 'vitest';
import { readJson, writeJson } from './persistence';
import { memoryStorage } from './testing/memory-storage';

const isNumbers = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((n) => typeof n === 'number');

describe('writeJson and readJson', () => {
  it('round-trips a value', () => {
    const storage = memoryStorage();
    expect(writeJson(storage, 'k', [1, 2])).toBeNull();
    expect(readJson(storage, 'k', isNumbers, 'list')).toEqual({ ok: true, value: [1, 2] });
  });

  it('reports nothing saved yet as an empty, successful read', () => {
    expect(readJson(memoryStorage(), 'k', isNumbers, 'list')).toEqual({ ok: true, value: null });
  });

  it('says a full storage is full, in words a learner can act on', () => {
    const full = memoryStorage({ failWrites: 'full' });
    expect(writeJson(full, 'k', [1])).toMatch(/^Browser storage is full/);
  });

  it('says when there is no storage at all', () => {
    expect(writeJson(undefined, 'k', [1])).toBe(
      'This browser offers no storage: changes will be lost on reload.',
    );
  });

  it('returns damaged text with the explanation', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{"functions": 7}');
    expect(readJson(storage, 'k', isNumbers, 'list')).toEqual({
      ok: false,
      message: 'The saved list is damaged.',
      raw: '{"functions": 7}',
    });
  });
});
