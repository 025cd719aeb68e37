import type { Message } from 'esbuild-wasm';
import { describe, expect, it } from 'vitest';
import { toDiagnostic, utf16Length } from './diagnostics';

function message(lineText: string, column: number, length: number): Message {
  return {
    id: '',
    pluginName: '',
    text: 'Unexpected "x"',
    location: {
      file: 'a.ts',
      namespace: 'file',
      line: 3,
      column,
      length,
      lineText,
      suggestion: '',
    },
    notes: [],
    detail: undefined,
  };
}

describe(utf16Length, () => {
  it('counts two-byte and four-byte characters as one and two code units', () => {
    expect(utf16Length('é😀x', 2)).toBe(1);
    expect(utf16Length('é😀x', 6)).toBe(3);
  });
});

describe(toDiagnostic, () => {
  it('turns a 0-based byte column into a 1-based UTF-16 range', () => {
    expect(toDiagnostic(message('const s = "é"; x', 16, 1), 'error')).toEqual({
      file: 'a.ts',
      line: 3,
      column: 16,
      endLine: 3,
      endColumn: 17,
      message: 'Unexpected "x"',
      severity: 'error',
    });
  });
  it('puts a message without a location at line 1, column 1 of no file', () => {
    const bare: Message = { ...message('', 0, 0), location: null };
    expect(toDiagnostic(bare, 'warning')).toEqual({
      file: '',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      message: 'Unexpected "x"',
      severity: 'warning',
    });
  });
});
