import { describe, expect, it } from 'vitest';
import { minimalEdit } from './minimal-edit';

function apply(before: string, after: string): string {
  const { start, end, text } = minimalEdit(before, after);
  return before.slice(0, start) + text + before.slice(end);
}

describe(minimalEdit, () => {
  it('replaces only the part that differs', () => {
    expect(minimalEdit('return 41;', 'return 42;')).toEqual({ start: 8, end: 9, text: '2' });
  });
  it('describes a pure insertion and a pure deletion', () => {
    expect(minimalEdit('ab', 'aXb')).toEqual({ start: 1, end: 1, text: 'X' });
    expect(minimalEdit('aXb', 'ab')).toEqual({ start: 1, end: 2, text: '' });
  });
  it('does not let prefix and suffix overlap on repeated characters', () => {
    expect(minimalEdit('aaa', 'aa')).toEqual({ start: 2, end: 3, text: '' });
    expect(apply('aaa', 'aa')).toBe('aa');
  });
  it('keeps surrogate pairs whole', () => {
    expect(minimalEdit('x😀', 'x😃')).toEqual({ start: 1, end: 3, text: '😃' });
    expect(apply('😀a😀', '😀b😀')).toBe('😀b😀');
  });
  it('answers an empty edit for equal texts', () => {
    expect(minimalEdit('same', 'same')).toEqual({ start: 4, end: 4, text: '' });
  });
});
