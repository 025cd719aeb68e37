// The AWS SAM template of a scenario, as an object: every function, and the buckets, topics and
// queues its events need. `sam-archive.ts` serializes it to template.yaml.
import type { SamObject, SamResource } from './sam-function';
import { arnOf, functionResource } from './sam-function';
import type { LogicalIds } from './sam-names';
import { logicalIds } from './sam-names';
import type { SamQueue, SamScenario, SamTable } from './sam-types';

export interface SamTemplate {
  AWSTemplateFormatVersion: string;
  Transform: string;
  Description: string;
  Resources: Record<string, SamResource>;
  Outputs?: Record<string, SamObject>;
}

/** Where the playground's name of a bucket, topic or queue is kept (see `playgroundMetadata`). */
export const NAME_METADATA = 'ServerlessPlaygroundName';

/**
 * Buckets, topics and queues get no physical name: bucket names are global and a fixed name would
 * collide on a second deploy. The playground's name rides in the resource's Metadata instead.
 */
function playgroundMetadata(name: string): SamObject {
  return { [NAME_METADATA]: name };
}

function queueResource(queue: SamQueue, ids: LogicalIds): SamResource {
  const properties: SamObject = { VisibilityTimeout: queue.visibilityTimeoutSec };
  // CloudFormation gives a FIFO queue without a QueueName a generated name ending in `.fifo`.
  if (queue.fifo) properties.FifoQueue = true;
  const dlq = queue.redrive ? ids.queues.get(queue.redrive.deadLetterQueueName) : undefined;
  if (queue.redrive && dlq) {
    properties.RedrivePolicy = {
      deadLetterTargetArn: arnOf(dlq),
      maxReceiveCount: queue.redrive.maxReceiveCount,
    };
  }
  return {
    Type: 'AWS::SQS::Queue',
    Metadata: playgroundMetadata(queue.name),
    Properties: properties,
  };
}

/**
 * A table with on-demand capacity (no throughput to choose), its keys declared as
 * AttributeDefinitions and KeySchema, and its stream when it has one. Like a queue, it gets no
 * physical name.
 */
function tableResource(table: SamTable): SamResource {
  const keys = [
    { ...table.partitionKey, keyType: 'HASH' },
    ...(table.sortKey ? [{ ...table.sortKey, keyType: 'RANGE' }] : []),
  ];
  const properties: SamObject = {
    AttributeDefinitions: keys.map((k) => ({ AttributeName: k.name, AttributeType: k.type })),
    KeySchema: keys.map((k) => ({ AttributeName: k.name, KeyType: k.keyType })),
    BillingMode: 'PAY_PER_REQUEST',
  };
  if (table.streamViewType !== null) {
    properties.StreamSpecification = { StreamViewType: table.streamViewType };
  }
  return {
    Type: 'AWS::DynamoDB::Table',
    Metadata: playgroundMetadata(table.name),
    Properties: properties,
  };
}

/** The HTTP endpoint SAM's implicit API (or the function URL) answers on, for the README's curl. */
function httpOutputs(scenario: SamScenario, ids: LogicalIds): Record<string, SamObject> {
  const { http } = scenario;
  if (http.front === 'function-url') {
    const id = ids.functions.get(http.urlFunctionName);
    return id ? { FunctionUrl: { Value: { 'Fn::GetAtt': [`${id}Url`, 'FunctionUrl'] } } } : {};
  }
  if (http.routes.length === 0) return {};
  const url =
    http.front === 'rest-api'
      ? 'https://${ServerlessRestApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/Prod/'
      : 'https://${ServerlessHttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/';
  return { ApiUrl: { Value: { 'Fn::Sub': url } } };
}

export function samTemplate(scenario: SamScenario): SamTemplate {
  const ids = logicalIds(scenario);
  const resources = new Map<string, SamResource>();
  for (const fn of scenario.functions) {
    resources.set(ids.functions.get(fn.name)!, functionResource(fn, scenario, ids));
  }
  for (const bucket of scenario.buckets) {
    resources.set(ids.buckets.get(bucket.name)!, {
      Type: 'AWS::S3::Bucket',
      Metadata: playgroundMetadata(bucket.name),
    });
  }
  for (const topic of scenario.topics) {
    resources.set(ids.topics.get(topic.name)!, {
      Type: 'AWS::SNS::Topic',
      Metadata: playgroundMetadata(topic.name),
    });
  }
  for (const queue of scenario.queues) {
    resources.set(ids.queues.get(queue.name)!, queueResource(queue, ids));
  }
  for (const table of scenario.tables ?? []) {
    resources.set(ids.tables.get(table.name)!, tableResource(table));
  }
  const outputs = httpOutputs(scenario, ids);
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Transform: 'AWS::Serverless-2016-10-31',
    Description: 'Exported from Serverless Playground',
    Resources: Object.fromEntries(resources),
    ...(Object.keys(outputs).length > 0 ? { Outputs: outputs } : {}),
  };
}
