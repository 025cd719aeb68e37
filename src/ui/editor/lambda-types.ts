// The type declarations Monaco's TypeScript gets for Lambda code: @types/aws-lambda, at the paths
// where module resolution looks for `aws-lambda`, and the runtime's globals.
import { LAMBDA_GLOBALS } from './lambda-globals';

// Eager: this module is itself loaded lazily (lambda-language, once the editor accepts typing),
// so the 165 KB stay in that chunk.
const AWS_LAMBDA_TYPES = import.meta.glob<string>('/node_modules/@types/aws-lambda/**/*.d.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface ExtraLib {
  filePath: string;
  content: string;
}

export function lambdaExtraLibs(): ExtraLib[] {
  const typings = Object.entries(AWS_LAMBDA_TYPES).map(([path, content]) => ({
    filePath: `file://${path}`,
    content,
  }));
  return [...typings, { filePath: 'file:///lambda-runtime-globals.d.ts', content: LAMBDA_GLOBALS }];
}
