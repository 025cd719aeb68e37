// What PutFunctionEventInvokeConfig and DeadLetterConfig refuse in a target, by its kind: names as
// each service spells them, S3 only on failure, FIFO queues and topics never, and never the
// function itself (docs/aws-lambda.md#destinations-and-dead-letter-queues).
import { bucketNameProblem } from '../sources/s3-bucket-names';
import { QUEUE_NAME, topicNameProblem } from '../sources/validate-sources';
import type { AsyncDestination, DestinationType } from '../types';

const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,64}$/;
// PutEvents/CreateEventBus: EventBusName 1–256 of [/.\-_A-Za-z0-9].
export const EVENT_BUS_NAME = /^[/.\-_A-Za-z0-9]{1,256}$/;

/** The words the console uses for each kind of target. */
export const DESTINATION_TYPE_LABELS: Readonly<Record<DestinationType, string>> = {
  sqs: 'SQS queue',
  sns: 'SNS topic',
  lambda: 'Lambda function',
  eventbridge: 'EventBridge event bus',
  s3: 'S3 bucket',
};

/** What is wrong with a target's name for its kind, or null. */
export function targetNameProblem(type: DestinationType, name: string): string | null {
  switch (type) {
    case 'sqs':
      return QUEUE_NAME.test(name)
        ? null
        : 'Name a standard queue: 1–80 letters, digits, hyphens (-) or underscores (_).';
    case 'sns':
      return topicNameProblem(name) === null
        ? null
        : 'Name a standard topic: 1–256 letters, digits, hyphens (-) or underscores (_).';
    case 'lambda':
      return FUNCTION_NAME.test(name)
        ? null
        : 'Name a function: 1–64 letters, digits, hyphens (-) or underscores (_).';
    case 'eventbridge':
      return EVENT_BUS_NAME.test(name)
        ? null
        : 'Name an event bus: 1–256 letters, digits, and . - _ /.';
    case 's3':
      return bucketNameProblem(name);
  }
}

/** What Lambda refuses in a destination of `functionName`, or null. */
export function destinationProblem(
  destination: AsyncDestination,
  functionName: string,
  condition: 'success' | 'failure',
): string | null {
  if (destination.type === 's3' && condition === 'success') {
    return 'An S3 bucket can be a destination on failure only.';
  }
  if (destination.type === 'lambda' && destination.name === functionName) {
    return "You can't specify the function as a destination for itself.";
  }
  return targetNameProblem(destination.type, destination.name);
}
