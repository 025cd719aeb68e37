// The AWS SDK's type declarations for Monaco, collected by the build's plugin (scripts/sdk-types.ts):
// `file:///node_modules/…` → the file's text.
declare module 'virtual:sdk-types' {
  const files: Readonly<Record<string, string>>;
  export default files;
}
