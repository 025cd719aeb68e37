// The bare Pyodide worker of raw.pyodideBootMs: bundled into one script the way the app's Python
// runtime script is (scripts/runtime-script.ts), started as a module worker from a blob: URL with
// none of the app's sandbox, protocol or runtime around it. It takes Pyodide's files in one message, starts
// Python with the app's own bootPyodide, and answers with what Python makes of 1 + 2.
import type { PyodideTransfer } from '../../src/runtime/protocol';
import { bootPyodide } from '../../src/runtime/worker/python/pyodide-boot';
import type { CreatePyodideModule } from '../../src/runtime/worker/python/pyodide-boot';

export type RawPyodideAnswer = { ok: true; sum: number } | { ok: false; message: string };

interface WorkerScope {
  postMessage(message: RawPyodideAnswer): void;
  onmessage: ((event: MessageEvent<PyodideTransfer>) => void) | null;
}

const scope = self as unknown as WorkerScope;

/** Emscripten's script, imported from a blob: URL made here, as an instance's worker does. */
async function importEmscripten(source: string): Promise<CreatePyodideModule> {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    return ((await import(/* @vite-ignore */ url)) as { default: CreatePyodideModule }).default;
  } finally {
    URL.revokeObjectURL(url);
  }
}

scope.onmessage = async ({ data: files }) => {
  try {
    const createPyodideModule = await importEmscripten(files.asmScript);
    const { wasm, stdlib, lockFile } = files;
    const pyodide = await bootPyodide({ createPyodideModule, wasm, stdlib, lockFile });
    scope.postMessage({ ok: true, sum: Number(pyodide.runPython('1 + 2')) });
  } catch (error) {
    scope.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
