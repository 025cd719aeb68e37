// Whether a file uses the AWS SDK v3, which is when the editor loads its types (sdk-language.ts).

/**
 * A module name starting `@aws-sdk/`, in either quote, after `from`, after `import` (a side-effect
 * or dynamic import) or in a `require` call.
 */
const SDK_IMPORT = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*['"]@aws-sdk\//;

export function importsAwsSdk(text: string): boolean {
  return SDK_IMPORT.test(text);
}
