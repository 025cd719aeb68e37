import { describe, expect, it } from 'vitest';
import { createSequencer } from './sequencer';

describe('createSequencer', () => {
  it('gives 18-digit upper-case hex that increases as strings and as numbers', () => {
    const sequencer = createSequencer(0x0a1b2c3d4e5f6789n);
    const values = Array.from({ length: 20 }, () => sequencer.next());
    expect(values.slice(0, 2)).toEqual(['000A1B2C3D4E5F6789', '000A1B2C3D4E5F678A']);
    expect(values.every((value) => /^[0-9A-F]{18}$/.test(value))).toBe(true);
    expect([...values].sort()).toEqual(values);
    expect(new Set(values).size).toBe(20);
    expect(createSequencer().next()).toBe('000000000000000001');
  });
});
