import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSamFiles, samArchiveFiles } from './sam-archive';
import { samDefaultSettings } from './sam-defaults';
import type { SamFunction, SamScenario } from './sam-types';
import { samYamlTags } from './sam-yaml-tags';

const THUMBNAIL = `import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
export const handler = async () => {
  await new DynamoDBClient({}).send(new PutItemCommand({ TableName: process.env.TABLE, Item: {} }));
  await new SNSClient({}).send(new PublishCommand({ TopicArn: process.env.TOPIC_ARN, Message: 'x' }));
  await new S3Client({}).send(new GetObjectCommand({ Bucket: process.env.SOURCE, Key: 'k' }));
};
`;

const CALLER = `const { LambdaClient, InvokeCommand } = require('@aws-sdk/client-lambda');
const { SQSClient, ReceiveMessageCommand } = require('@aws-sdk/client-sqs');
exports.handler = async () => {
  await new LambdaClient({}).send(new InvokeCommand({ FunctionName: process.env.CALLEE }));
  await new SQSClient({}).send(new ReceiveMessageCommand({ QueueUrl: process.env.QUEUE_URL }));
};
`;

function fn(name: string, files: Record<string, string>, environment: Record<string, string>) {
  return { name, ...samDefaultSettings(), environment, files, testEvent: '{}' } as SamFunction;
}

function pipeline(): SamScenario {
  return {
    functions: [
      fn(
        'thumbnail',
        { 'index.ts': THUMBNAIL },
        {
          TABLE: 'records',
          TOPIC_ARN: `arn:aws:sns:us-east-1:123456789012:notify`,
          SOURCE: 'uploads',
          STAGE: 'dev',
        },
      ),
      fn(
        'caller',
        { 'index.js': CALLER },
        {
          CALLEE: 'thumbnail',
          QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs',
          QUEUE_ARN: 'arn:aws:sqs:us-east-1:123456789012:jobs',
          QUEUE_NAME: 'jobs',
        },
      ),
    ],
    http: { front: 'http-api', routes: [], urlFunctionName: 'thumbnail' },
    schedules: [],
    buckets: [
      {
        name: 'uploads',
        notifications: [
          { events: ['s3:ObjectCreated:*'], prefix: '', suffix: '', functionName: 'thumbnail' },
        ],
      },
    ],
    topics: [{ name: 'notify', subscriberNames: ['caller'] }],
    queues: [{ name: 'jobs', fifo: false, visibilityTimeoutSec: 30, redrive: null, mapping: null }],
    tables: [
      {
        name: 'records',
        partitionKey: { name: 'key', type: 'S' },
        sortKey: null,
        streamViewType: null,
        mappings: [],
      },
    ],
  };
}

type Resources = Record<string, { Properties: Record<string, unknown> }>;

function resources(scenario: SamScenario): Resources {
  const template = parse(samArchiveFiles(scenario)['template.yaml']!, {
    customTags: samYamlTags,
  }) as { Resources: Resources };
  return template.Resources;
}

describe('the SAM export of code that uses the AWS SDK', () => {
  it('grants each function the policy templates for the resources its code uses', () => {
    const { ThumbnailFunction, CallerFunction } = resources(pipeline());
    expect(ThumbnailFunction!.Properties.Policies).toEqual([
      { SNSPublishMessagePolicy: { TopicName: { 'Fn::GetAtt': ['NotifyTopic', 'TopicName'] } } },
      { DynamoDBCrudPolicy: { TableName: { Ref: 'RecordsTable' } } },
    ]);
    expect(CallerFunction!.Properties.Policies).toEqual([
      { SQSSendMessagePolicy: { QueueName: { 'Fn::GetAtt': ['JobsQueue', 'QueueName'] } } },
      { SQSPollerPolicy: { QueueName: { 'Fn::GetAtt': ['JobsQueue', 'QueueName'] } } },
      { LambdaInvokePolicy: { FunctionName: { Ref: 'ThumbnailFunction' } } },
    ]);
  });

  it('passes resource names in as references to the deployed resources', () => {
    const { ThumbnailFunction, CallerFunction } = resources(pipeline());
    expect(ThumbnailFunction!.Properties.Environment).toEqual({
      Variables: {
        TABLE: { Ref: 'RecordsTable' },
        TOPIC_ARN: { Ref: 'NotifyTopic' },
        // The bucket that notifies the function stays text: a reference would be circular.
        SOURCE: 'uploads',
        STAGE: 'dev',
      },
    });
    expect(CallerFunction!.Properties.Environment).toEqual({
      Variables: {
        CALLEE: { Ref: 'ThumbnailFunction' },
        QUEUE_URL: { Ref: 'JobsQueue' },
        QUEUE_ARN: { 'Fn::GetAtt': ['JobsQueue', 'Arn'] },
        QUEUE_NAME: { 'Fn::GetAtt': ['JobsQueue', 'QueueName'] },
      },
    });
  });

  it('writes no Policies for code that uses no SDK client', () => {
    const scenario = pipeline();
    scenario.functions = [fn('plain', { 'index.ts': "const b = 'uploads';" }, { B: 'uploads' })];
    expect(resources(scenario).PlainFunction!.Properties.Policies).toBeUndefined();
  });

  it('reads the references back as the playground’s names, ARNs and URLs', () => {
    const scenario = pipeline();
    expect(readSamFiles(samArchiveFiles(scenario))).toEqual({ ok: true, scenario });
  });

  it('reads the short forms a hand-written template uses', () => {
    const files = samArchiveFiles(pipeline());
    files['template.yaml'] = files['template.yaml']!.replace(
      /TOPIC_ARN:\n\s+Ref: NotifyTopic/,
      'TOPIC_ARN: !Ref NotifyTopic',
    ).replace(/CALLEE:\n\s+Ref: ThumbnailFunction/, 'CALLEE: !GetAtt ThumbnailFunction.Arn');
    const read = readSamFiles(files);
    if (!read.ok) throw new Error(read.message);
    expect(read.scenario.functions[0]!.environment.TOPIC_ARN).toBe(
      'arn:aws:sns:us-east-1:123456789012:notify',
    );
    expect(read.scenario.functions[1]!.environment.CALLEE).toBe(
      'arn:aws:lambda:us-east-1:123456789012:function:thumbnail',
    );
  });
});
