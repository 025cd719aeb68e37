// The runtime worker's script text, bundled by the build's plugin (scripts/runtime-script.ts).
declare module 'virtual:runtime-script' {
  const script: string;
  export default script;
}
