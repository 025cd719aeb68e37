// How a problem's place is written in the Problems list: `file:line:col`, as terminals print it.
import type { Diagnostic } from '../../bundler';

export function problemLocation({ file, line, column }: Diagnostic): string {
  return file ? `${file}:${line}:${column}` : '';
}
