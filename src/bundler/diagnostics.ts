// Turns esbuild's messages into Diagnostics the editor can place: esbuild counts columns from 0 in
// UTF-8 bytes, Monaco from 1 in UTF-16 code units.
import type { Message } from 'esbuild-wasm';
import type { Diagnostic } from './types';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** How many UTF-16 code units the first `byteCount` UTF-8 bytes of `text` make. */
export function utf16Length(text: string, byteCount: number): number {
  return decoder.decode(encoder.encode(text).subarray(0, byteCount)).length;
}

/** A problem with no place in any file (the bundler failed to load, esbuild crashed). */
export function locationless(message: string, severity: Diagnostic['severity']): Diagnostic {
  return { file: '', line: 1, column: 1, endLine: 1, endColumn: 1, message, severity };
}

export function toDiagnostic(message: Message, severity: Diagnostic['severity']): Diagnostic {
  const { location, text } = message;
  if (!location) return locationless(text, severity);
  const { lineText, line } = location;
  const column = utf16Length(lineText, location.column) + 1;
  const endColumn = utf16Length(lineText, location.column + location.length) + 1;
  return { file: location.file, line, column, endLine: line, endColumn, message: text, severity };
}

export function toDiagnostics(messages: readonly Message[], severity: Diagnostic['severity']) {
  return messages.map((message) => toDiagnostic(message, severity));
}
