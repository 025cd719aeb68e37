// Whether a file uses the AWS SDK v3, which is when the editor loads its types (sdk-language.ts).

/**
 * `from '@aws-sdk/…'`, `import '@aws-sdk/…'`, `import('@aws-sdk/…')` or `require('@aws-sdk/…')`,
 * with either quote.
 */
const SDK_IMPORT = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*['"]@aws-sdk\//;

export function importsAwsSdk(text: string): boolean {
  return SDK_IMPORT.test(text);
}
