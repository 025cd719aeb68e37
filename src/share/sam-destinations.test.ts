// The SAM export writes each destination as SAM does (EventInvokeConfig.DestinationConfig with a
// Type, DeadLetterQueue {Type, TargetArn}), and an import reads them back.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSamFiles, samArchiveFiles } from './sam-archive';
import type { SamScenario } from './sam-types';
import { richScenario } from './testing/sam-scenario';

function withDestinations(): SamScenario {
  const scenario = richScenario();
  const [first, worker] = scenario.functions;
  return {
    ...scenario,
    functions: [
      {
        ...first!,
        onSuccess: { type: 'eventbridge', name: 'default' },
        onFailure: { type: 's3', name: 'archive' },
        deadLetter: { type: 'sns', name: 'orders' },
      },
      { ...worker!, onSuccess: { type: 'lambda', name: 'add-numbers' } },
    ],
  };
}

type Resources = Record<string, { Properties: Record<string, unknown> }>;

describe('SAM destinations', () => {
  it('writes DestinationConfig with SAM types and a dead-letter topic', () => {
    const files = samArchiveFiles(withDestinations());
    const { Resources: resources } = parse(files['template.yaml']!) as { Resources: Resources };
    const add = resources.AddNumbersFunction!.Properties;
    expect(add.EventInvokeConfig).toEqual({
      DestinationConfig: {
        OnSuccess: {
          Type: 'EventBridge',
          Destination: {
            'Fn::Sub':
              'arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/default',
          },
        },
        OnFailure: { Type: 'S3', Destination: { 'Fn::GetAtt': ['ArchiveBucket', 'Arn'] } },
      },
    });
    expect(add.DeadLetterQueue).toEqual({ Type: 'SNS', TargetArn: { Ref: 'OrdersTopic' } });
    const worker = resources.WorkerFunction!.Properties;
    expect((worker.EventInvokeConfig as Record<string, unknown>).DestinationConfig).toEqual({
      OnSuccess: { Type: 'Lambda', Destination: { 'Fn::GetAtt': ['AddNumbersFunction', 'Arn'] } },
      // The older queue field still speaks when the newer one is absent.
      OnFailure: { Type: 'SQS', Destination: { 'Fn::GetAtt': ['FailedEventsQueue', 'Arn'] } },
    });
    expect(worker.DeadLetterQueue).toEqual({
      Type: 'SQS',
      TargetArn: { 'Fn::GetAtt': ['JobsDlqQueue', 'Arn'] },
    });
  });

  it('reads them back from the template', () => {
    const opened = readSamFiles(samArchiveFiles(withDestinations()));
    if (!opened.ok) throw new Error(opened.message);
    const [add, worker] = opened.scenario.functions;
    expect(add).toMatchObject({
      onSuccess: { type: 'eventbridge', name: 'default' },
      onFailure: { type: 's3', name: 'archive' },
      deadLetter: { type: 'sns', name: 'orders' },
    });
    expect(worker).toMatchObject({
      onSuccess: { type: 'lambda', name: 'add-numbers' },
      onFailureDestination: 'failed-events',
      deadLetterQueue: 'jobs-dlq',
    });
  });
});
