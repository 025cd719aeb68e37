import { describe, expect, it } from 'vitest';
import { importsAwsSdk } from './sdk-imports';

describe(importsAwsSdk, () => {
  it('sees the SDK imported, re-exported, imported dynamically or required', () => {
    for (const text of [
      "import { S3Client } from '@aws-sdk/client-s3';",
      'import {\n  GetCommand,\n} from "@aws-sdk/lib-dynamodb";',
      "export { SNSClient } from '@aws-sdk/client-sns';",
      "import '@aws-sdk/client-sqs';",
      "const { SQSClient } = await import('@aws-sdk/client-sqs');",
      "const { LambdaClient } = require( '@aws-sdk/client-lambda' );",
    ]) {
      expect(importsAwsSdk(text), text).toBe(true);
    }
  });

  it('does not load the types for code that only mentions the SDK', () => {
    for (const text of [
      "import type { Handler } from 'aws-lambda';",
      "// see '@aws-sdk/client-s3' later",
      "console.log('@aws-sdk/client-s3');",
      "import { x } from './@aws-sdk/local';",
    ]) {
      expect(importsAwsSdk(text), text).toBe(false);
    }
  });
});
