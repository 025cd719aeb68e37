// Where the app serves Pyodide's files: its own build (no CDN), so they are in the offline cache
// too. A chunk of its own, loaded the first time a Python function needs an instance.
export { default as asmScript } from 'pyodide/pyodide.asm.mjs?raw';
export { default as lockFile } from 'pyodide/pyodide-lock.json?raw';
export { default as wasmUrl } from 'pyodide/pyodide.asm.wasm?url';
export { default as stdlibUrl } from 'pyodide/python_stdlib.zip?url';
