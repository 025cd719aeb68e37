// An in-memory Storage for tests, which can be told to fail like a full or disabled one.

export interface MemoryStorageOptions {
  /** `full`: writes throw QuotaExceededError; `denied`: every access throws SecurityError. */
  failWrites?: 'full' | 'denied';
}

export interface MemoryStorage extends Storage {
  options: MemoryStorageOptions;
}

export function memoryStorage(options: MemoryStorageOptions = {}): MemoryStorage {
  const data = new Map<string, string>();
  const fail = () => {
    if (storage.options.failWrites === 'full') {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    if (storage.options.failWrites === 'denied') {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    }
  };
  const storage: MemoryStorage = {
    options,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => {
      fail();
      data.set(key, value);
    },
  };
  return storage;
}
