// Imported first by the Python worker's script, before Pyodide's own module runs: Pyodide decides
// at load whether it is in a classic worker, by whether `importScripts` can load a `data:` script,
// and refuses to start in one ("Classic web workers are not supported"). Instances' workers are
// classic scripts; in the network sandbox its policy refuses that load, but a worker with Internet
// access on could make it. A Lambda process has no importScripts either, so it goes for both.
Object.assign(self, { importScripts: undefined });
