// The bare Pyodide worker's script text, bundled by the app's runtime-script plugin in the bench's
// build (bench/vite.bench.config.ts).
declare module 'virtual:raw-pyodide-script' {
  const script: string;
  export default script;
}
