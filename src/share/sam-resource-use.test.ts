import { describe, expect, it } from 'vitest';
import type { ResourceNames } from './sam-resource-use';
import {
  environmentReads,
  namesResource,
  resourceUseOf,
  sdkPackages,
  stringLiterals,
} from './sam-resource-use';

const NAMES: ResourceNames = {
  bucket: ['uploads', 'thumbnails'],
  topic: ['alerts', 'other'],
  queue: ['orders', 'orders-dlq'],
  function: ['thumbnail', 'callee'],
  table: ['records'],
};

describe('stringLiterals', () => {
  it('reads quoted strings with their escapes and the fixed parts of template literals', () => {
    const source = [
      "const a = 'it\\'s';",
      'const b = "x\\ny";',
      'const c = `arn:${region}:${`nested`}:alerts`;',
      "// 'in a comment'",
      "/* 'in a block' */ const d = 'after';",
    ].join('\n');
    expect(stringLiterals(source)).toEqual(["it's", 'x\ny', 'arn:', ':', ':alerts', 'after']);
  });

  it('stops an unterminated string at the line end', () => {
    expect(stringLiterals("const a = 'open\nconst b = 'next';")).toEqual(['next']);
  });
});

describe('environmentReads', () => {
  it('finds dotted, indexed and destructured reads of process.env', () => {
    const source = [
      'const a = process.env.BUCKET;',
      "const b = process.env['TOPIC_ARN'];",
      'const { QUEUE_URL, TABLE: table = "x" } = process.env;',
    ].join('\n');
    expect([...environmentReads(source)].sort()).toEqual([
      'BUCKET',
      'QUEUE_URL',
      'TABLE',
      'TOPIC_ARN',
    ]);
  });
});

describe('sdkPackages', () => {
  it('names the clients imported or required, and ignores other packages', () => {
    const source = [
      "import { S3Client } from '@aws-sdk/client-s3';",
      "const { DynamoDBDocumentClient } = require('@aws-sdk/lib-dynamodb');",
      "import { marshall } from '@aws-sdk/util-dynamodb';",
    ].join('\n');
    expect([...sdkPackages(source)]).toEqual(['@aws-sdk/client-s3', '@aws-sdk/lib-dynamodb']);
  });
});

describe('namesResource', () => {
  it('accepts the name and the ARN or URL AWS gives each kind of resource', () => {
    expect(namesResource('uploads', 'bucket', 'uploads')).toBe(true);
    expect(namesResource('arn:aws:s3:::uploads', 'bucket', 'uploads')).toBe(true);
    expect(namesResource('arn:aws:sns:us-east-1:123456789012:alerts', 'topic', 'alerts')).toBe(
      true,
    );
    expect(
      namesResource('https://sqs.us-east-1.amazonaws.com/123456789012/orders', 'queue', 'orders'),
    ).toBe(true);
    expect(
      namesResource(
        'arn:aws:lambda:us-east-1:123456789012:function:callee:live',
        'function',
        'callee',
      ),
    ).toBe(true);
    expect(
      namesResource('arn:aws:dynamodb:us-east-1:123456789012:table/records', 'table', 'records'),
    ).toBe(true);
  });

  it('does not take a longer name, a path or another kind’s ARN for the name', () => {
    expect(namesResource('my-uploads', 'bucket', 'uploads')).toBe(false);
    expect(namesResource('uploads/photo.jpg', 'bucket', 'uploads')).toBe(false);
    expect(
      namesResource('https://sqs.us-east-1.amazonaws.com/1/orders-dlq', 'queue', 'orders'),
    ).toBe(false);
    expect(namesResource('arn:aws:sns:us-east-1:1:my-alerts', 'topic', 'alerts')).toBe(false);
    expect(namesResource('', 'table', '')).toBe(false);
  });

  it('treats names with pattern characters as plain text', () => {
    expect(namesResource('arn:aws:sns:us-east-1:1:a.b', 'topic', 'a.b')).toBe(true);
    expect(namesResource('arn:aws:sns:us-east-1:1:axb', 'topic', 'a.b')).toBe(false);
    expect(namesResource('x', 'bucket', '.*')).toBe(false);
  });
});

describe('resourceUseOf', () => {
  const THUMBNAIL = `import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
const table = process.env.TABLE;
export const handler = async () => {
  await sns.send(new PublishCommand({ TopicArn: process.env.TOPIC_ARN, Message: 'uploads' }));
};
`;

  it('finds resources named by literals and by the variables the code reads, per imported client', () => {
    const use = resourceUseOf(
      { 'index.ts': THUMBNAIL },
      {
        TABLE: 'records',
        TOPIC_ARN: 'arn:aws:sns:us-east-1:123456789012:alerts',
        UNREAD: 'orders',
      },
      NAMES,
      'thumbnail',
    );
    // `uploads` is a literal, but the code has no S3 client; UNREAD is never read.
    expect(use).toEqual({
      resources: [
        { kind: 'topic', name: 'alerts' },
        { kind: 'table', name: 'records' },
      ],
      pollsQueues: false,
    });
  });

  it('looks through every file, tells polling from sending, and leaves the function itself out', () => {
    const use = resourceUseOf(
      {
        'index.js': "const { poll } = require('./lib/queue');\nexports.handler = poll;",
        'lib/queue.js': `const { SQSClient, ReceiveMessageCommand } = require('@aws-sdk/client-sqs');
const { LambdaClient } = require('@aws-sdk/client-lambda');
const url = 'https://sqs.us-east-1.amazonaws.com/123456789012/orders';
const self = 'thumbnail', other = "callee";`,
      },
      {},
      NAMES,
      'thumbnail',
    );
    expect(use).toEqual({
      resources: [
        { kind: 'queue', name: 'orders' },
        { kind: 'function', name: 'callee' },
      ],
      pollsQueues: true,
    });
  });

  it('reads variables named like Object.prototype members as the function’s own only', () => {
    const use = resourceUseOf(
      {
        'index.ts':
          "import '@aws-sdk/client-s3';\nconst a = process.env.constructor;\nconst b = process.env.__proto__;",
      },
      {},
      { ...NAMES, bucket: ['constructor', '__proto__'] },
      'f',
    );
    expect(use.resources).toEqual([]);
  });
});
