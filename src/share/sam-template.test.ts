import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { samArchiveFiles } from './sam-archive';
import type { samTemplate } from './sam-template';
import { richScenario } from './testing/sam-scenario';

/** The template as `sam build` reads it: written to YAML, parsed back. */
function parsedTemplate(scenario = richScenario()) {
  return parse(samArchiveFiles(scenario)['template.yaml']!) as ReturnType<typeof samTemplate>;
}

describe('samTemplate', () => {
  it('declares a SAM application with one resource per function, bucket, topic and queue', () => {
    const template = parsedTemplate();
    expect(template.AWSTemplateFormatVersion).toBe('2010-09-09');
    expect(template.Transform).toBe('AWS::Serverless-2016-10-31');
    expect(
      Object.fromEntries(Object.entries(template.Resources).map(([id, r]) => [id, r.Type])),
    ).toEqual({
      AddNumbersFunction: 'AWS::Serverless::Function',
      WorkerFunction: 'AWS::Serverless::Function',
      PhotoUploadsBucket: 'AWS::S3::Bucket',
      ArchiveBucket: 'AWS::S3::Bucket',
      OrdersTopic: 'AWS::SNS::Topic',
      OrdersFifoQueue: 'AWS::SQS::Queue',
      JobsQueue: 'AWS::SQS::Queue',
      JobsDlqQueue: 'AWS::SQS::Queue',
      FailedEventsQueue: 'AWS::SQS::Queue',
    });
  });

  it('writes each function with its settings, esbuild build and events', () => {
    const { Resources } = parsedTemplate();
    expect(Resources.AddNumbersFunction).toEqual({
      Type: 'AWS::Serverless::Function',
      Metadata: {
        BuildMethod: 'esbuild',
        BuildProperties: {
          Format: 'esm',
          Target: 'es2022',
          Minify: false,
          OutExtension: ['.js=.mjs'],
          EntryPoints: ['index.ts'],
        },
      },
      Properties: {
        CodeUri: 'functions/add-numbers/',
        Handler: 'index.handler',
        Runtime: 'nodejs22.x',
        MemorySize: 128,
        Timeout: 3,
        Architectures: ['x86_64'],
        Events: {
          HttpDefault: { Type: 'HttpApi' },
          SnsOrders: { Type: 'SNS', Properties: { Topic: { Ref: 'OrdersTopic' } } },
          SqsJobs: {
            Type: 'SQS',
            Properties: {
              Queue: { 'Fn::GetAtt': ['JobsQueue', 'Arn'] },
              BatchSize: 20,
              MaximumBatchingWindowInSeconds: 2,
              Enabled: false,
            },
          },
        },
      },
    });
    expect(Resources.WorkerFunction).toEqual({
      Type: 'AWS::Serverless::Function',
      Metadata: {
        BuildMethod: 'esbuild',
        BuildProperties: {
          Format: 'cjs',
          Target: 'es2022',
          Minify: false,
          EntryPoints: ['app.js'],
        },
      },
      Properties: {
        CodeUri: 'functions/worker/',
        Handler: 'app.handler',
        Runtime: 'nodejs24.x',
        MemorySize: 512,
        Timeout: 10,
        Architectures: ['arm64'],
        Environment: { Variables: { STAGE: 'dev', PORT: '80' } },
        ReservedConcurrentExecutions: 5,
        EventInvokeConfig: {
          MaximumRetryAttempts: 1,
          MaximumEventAgeInSeconds: 600,
          DestinationConfig: {
            OnFailure: { Type: 'SQS', Destination: { 'Fn::GetAtt': ['FailedEventsQueue', 'Arn'] } },
          },
        },
        DeadLetterQueue: { Type: 'SQS', TargetArn: { 'Fn::GetAtt': ['JobsDlqQueue', 'Arn'] } },
        Events: {
          HttpGETItemsId: { Type: 'HttpApi', Properties: { Path: '/items/{id}', Method: 'GET' } },
          S3PhotoUploads: {
            Type: 'S3',
            Properties: {
              Bucket: { Ref: 'PhotoUploadsBucket' },
              Events: ['s3:ObjectCreated:*'],
              Filter: {
                S3Key: {
                  Rules: [
                    { Name: 'prefix', Value: 'photos/' },
                    { Name: 'suffix', Value: '.jpg' },
                  ],
                },
              },
            },
          },
          SnsOrders: { Type: 'SNS', Properties: { Topic: { Ref: 'OrdersTopic' } } },
          SqsOrdersFifo: {
            Type: 'SQS',
            Properties: {
              Queue: { 'Fn::GetAtt': ['OrdersFifoQueue', 'Arn'] },
              BatchSize: 5,
              FunctionResponseTypes: ['ReportBatchItemFailures'],
              ScalingConfig: { MaximumConcurrency: 3 },
            },
          },
          ScheduleNightly: {
            Type: 'Schedule',
            Properties: { Schedule: 'cron(0 3 * * ? *)', Description: 'nightly', Enabled: false },
          },
        },
      },
    });
  });

  it('declares the buckets, topics and queues with their names kept in Metadata', () => {
    const { Resources } = parsedTemplate();
    const name = (value: string) => ({ ServerlessPlaygroundName: value });
    expect(Resources.PhotoUploadsBucket).toEqual({
      Type: 'AWS::S3::Bucket',
      Metadata: name('photo-uploads'),
    });
    expect(Resources.OrdersTopic).toEqual({ Type: 'AWS::SNS::Topic', Metadata: name('orders') });
    expect(Resources.OrdersFifoQueue).toEqual({
      Type: 'AWS::SQS::Queue',
      Metadata: name('orders.fifo'),
      Properties: { VisibilityTimeout: 60, FifoQueue: true },
    });
    expect(Resources.JobsQueue).toEqual({
      Type: 'AWS::SQS::Queue',
      Metadata: name('jobs'),
      Properties: {
        VisibilityTimeout: 90,
        RedrivePolicy: {
          deadLetterTargetArn: { 'Fn::GetAtt': ['JobsDlqQueue', 'Arn'] },
          maxReceiveCount: 3,
        },
      },
    });
  });

  it('outputs the HTTP API URL, or the function URL for that front', () => {
    expect(parsedTemplate().Outputs).toEqual({
      ApiUrl: {
        Value: {
          'Fn::Sub': 'https://${ServerlessHttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/',
        },
      },
    });
    const scenario = richScenario();
    scenario.http = { front: 'function-url', routes: [], urlFunctionName: 'worker' };
    const template = parsedTemplate(scenario);
    expect(template.Outputs).toEqual({
      FunctionUrl: { Value: { 'Fn::GetAtt': ['WorkerFunctionUrl', 'FunctionUrl'] } },
    });
    expect(template.Resources.WorkerFunction!.Properties!.FunctionUrlConfig).toEqual({
      AuthType: 'NONE',
    });
    expect(template.Resources.AddNumbersFunction!.Properties!.Events).toEqual({
      SnsOrders: { Type: 'SNS', Properties: { Topic: { Ref: 'OrdersTopic' } } },
      SqsJobs: expect.objectContaining({ Type: 'SQS' }) as unknown,
    });
  });

  it('maps a REST API catch-all to a greedy proxy path', () => {
    const scenario = richScenario();
    scenario.http.front = 'rest-api';
    const events = parsedTemplate(scenario).Resources.AddNumbersFunction!.Properties!
      .Events as Record<string, unknown>;
    expect(events.HttpDefault).toEqual({
      Type: 'Api',
      Properties: { Path: '/{proxy+}', Method: 'ANY' },
    });
  });

  it('writes EphemeralStorage only when /tmp is not the default 512 MB, and reads it back', () => {
    const scenario = richScenario();
    scenario.functions[0]!.ephemeralStorageMB = 2048;
    scenario.functions[1]!.ephemeralStorageMB = 512;
    const { Resources } = parsedTemplate(scenario);
    expect(Resources.AddNumbersFunction?.Properties?.EphemeralStorage).toEqual({ Size: 2048 });
    expect(Resources.WorkerFunction?.Properties).not.toHaveProperty('EphemeralStorage');
  });
});
