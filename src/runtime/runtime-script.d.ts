// The runtime worker's script text, bundled by the build's plugin (scripts/runtime-script.ts).
declare module 'virtual:runtime-script' {
  const script: string;
  export default script;
}

// The Python runtime worker's script text, bundled by the same plugin.
declare module 'virtual:python-runtime-script' {
  const script: string;
  export default script;
}
