import { describe, expect, it } from 'vitest';
import { ownValue } from './own-key';

describe('ownValue', () => {
  it('reads own keys, whatever they are called', () => {
    const files = JSON.parse('{"constructor":"a","__proto__":"b","index.ts":"c"}') as Record<
      string,
      string
    >;
    expect(ownValue(files, 'constructor')).toBe('a');
    expect(ownValue(files, '__proto__')).toBe('b');
    expect(ownValue(files, 'index.ts')).toBe('c');
  });

  it('never reads an inherited member', () => {
    const files: Record<string, string> = { 'index.ts': '' };
    for (const name of [...Object.getOwnPropertyNames(Object.prototype), '__proto__']) {
      expect(ownValue(files, name)).toBeUndefined();
    }
  });
});
