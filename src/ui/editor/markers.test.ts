import type { MarkerSeverity } from 'monaco-editor/editor/editor.api';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../bundler';
import { markersFor } from './markers';

// Monaco's MarkerSeverity values.
const severities = { Error: 8 as MarkerSeverity, Warning: 4 as MarkerSeverity };

const diagnostic: Diagnostic = {
  file: 'lib/util.ts',
  line: 2,
  column: 5,
  endLine: 2,
  endColumn: 9,
  message: 'Could not resolve "./x"',
  severity: 'error',
};

describe(markersFor, () => {
  it("keeps the file's diagnostics and places each at its range", () => {
    const warning: Diagnostic = { ...diagnostic, line: 7, endLine: 7, severity: 'warning' };
    const elsewhere: Diagnostic = { ...diagnostic, file: 'index.ts' };
    expect(markersFor([diagnostic, elsewhere, warning], 'lib/util.ts', severities)).toEqual([
      {
        startLineNumber: 2,
        startColumn: 5,
        endLineNumber: 2,
        endColumn: 9,
        message: 'Could not resolve "./x"',
        severity: 8,
        source: 'esbuild',
      },
      {
        startLineNumber: 7,
        startColumn: 5,
        endLineNumber: 7,
        endColumn: 9,
        message: 'Could not resolve "./x"',
        severity: 4,
        source: 'esbuild',
      },
    ]);
  });
});
