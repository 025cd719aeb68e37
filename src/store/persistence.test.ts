import { describe, expect, it } from 'vitest';
import { loadWorkspace, saveWorkspace } from './persistence';
import { defaultWorkspace } from './workspace-model';

/** An in-memory Storage that can be told to fail like a full or disabled one. */
function memoryStorage(fail?: () => never): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => {
      if (fail) fail();
      data.set(key, value);
    },
  };
}

describe('saveWorkspace and loadWorkspace', () => {
  it('round-trips the workspace', () => {
    const storage = memoryStorage();
    const workspace = defaultWorkspace();
    expect(saveWorkspace(workspace, storage)).toBeNull();
    expect(loadWorkspace(storage)).toEqual({ ok: true, workspace });
  });

  it('reports nothing saved yet as an empty, successful load', () => {
    expect(loadWorkspace(memoryStorage())).toEqual({ ok: true, workspace: null });
  });

  it('says a full storage is full, in words a learner can act on', () => {
    const full = memoryStorage(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect(saveWorkspace(defaultWorkspace(), full)).toMatch(/^Browser storage is full/);
  });

  it('keeps damaged text aside and explains', () => {
    const storage = memoryStorage();
    storage.setItem('serverless-playground:workspace:v1', '{"functions": 7}');
    const result = loadWorkspace(storage);
    expect(result).toEqual({
      ok: false,
      message: 'The saved workspace is damaged; a fresh one was opened.',
      raw: '{"functions": 7}',
    });
  });
});
