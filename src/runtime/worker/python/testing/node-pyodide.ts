// Pyodide for Node tests, started as a worker starts it: from the package's files handed over in
// memory (pyodide-boot.ts). Node's Pyodide reads only the wasm binary itself, from the package.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PyodideAPI } from 'pyodide';
import { bootPyodide } from '../pyodide-boot';
import type { CreatePyodideModule } from '../pyodide-boot';

const packageDir = `${dirname(createRequire(import.meta.url).resolve('pyodide/package.json'))}/`;

export async function nodePyodide(): Promise<{ pyodide: PyodideAPI; bootMs: number }> {
  const started = performance.now();
  const script = pathToFileURL(`${packageDir}pyodide.asm.mjs`).href;
  const [asm, wasm, stdlib, lockFile] = await Promise.all([
    import(/* @vite-ignore */ script) as Promise<{ default: CreatePyodideModule }>,
    readFile(`${packageDir}pyodide.asm.wasm`),
    readFile(`${packageDir}python_stdlib.zip`),
    readFile(`${packageDir}pyodide-lock.json`, 'utf8'),
  ]);
  const pyodide = await bootPyodide(
    { createPyodideModule: asm.default, wasm, stdlib, lockFile },
    { indexURL: packageDir },
  );
  return { pyodide, bootMs: performance.now() - started };
}
