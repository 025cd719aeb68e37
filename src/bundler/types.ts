// The bundler's vocabulary: what a build is asked for, what it answers, and how loading is going.
import type { CodeBundle, Runtime } from '../engine/types';

/** A compile problem, placed where the learner can see it: 1-based lines, 1-based UTF-16 columns. */
export interface Diagnostic {
  /** Workspace-relative path, e.g. `lib/util.ts`; `''` when esbuild gave no location. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  /** Exclusive, as Monaco's ranges are; equal to `column` for a zero-width position. */
  endColumn: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface BuildRequest {
  /** Builds with the same id supersede each other; builds of different functions never do. */
  functionId: string;
  /** The function's workspace, keyed by relative path: `index.ts`, `lib/util.ts`, … */
  files: Readonly<Record<string, string>>;
  /** The handler setting, e.g. `index.handler` or `src/app.handlers.main`. */
  handler: string;
  /** The function's runtime: what Lambda does with a file's module syntax depends on it. */
  runtime?: Runtime;
}

export type BuildResult =
  | { ok: true; bundle: CodeBundle; warnings: Diagnostic[]; durationMs: number }
  | {
      ok: false;
      errors: Diagnostic[];
      warnings: Diagnostic[];
      durationMs: number;
      /**
       * What Lambda would receive if the function were deployed anyway: the JavaScript entry file
       * as written. null for TypeScript, which does not compile with errors, and when no file
       * matches the handler.
       */
      asWritten: CodeBundle | null;
    };

/** A waiting build that a newer one for the same function replaced: nothing was built. */
export interface Superseded {
  superseded: true;
}

export type BundlerStatus =
  | { state: 'idle' }
  /** Downloading, then compiling, esbuild's 14 MB wasm. `totalBytes` is null when unknown. */
  | { state: 'loading'; loadedBytes: number; totalBytes: number | null }
  | { state: 'ready' }
  /** Loading failed; the next build or preload tries again. */
  | { state: 'failed'; error: string };

export interface LoadProgress {
  loadedBytes: number;
  totalBytes: number | null;
}
