// The event SNS hands a subscribed function: one record per delivery, PascalCase keys, `Message`
// always a string (aws-sam-cli Sns.json, docs/aws-lambda.md#sns-events). `Subject` is null when the
// publisher gave none; @types/aws-lambda types it `Subject?: string`, so a subject-less event has
// its own type.
// Signature fields are placeholders (nothing here signs), but the unsubscribe URL has AWS's form.
import type { SNSEvent, SNSMessage } from 'aws-lambda';
import { parseArn } from '../common/arn';
import { isoMillis } from '../common/time-format';

/** SNS message attribute types; `Binary` values are base64. */
export type SnsAttributeType = 'String' | 'String.Array' | 'Number' | 'Binary';

export interface SnsEventInput {
  topicArn: string;
  /** The topic ARN plus `:<uuid>`; its region and account are read from it. */
  subscriptionArn: string;
  /** A UUID, the same for every subscriber of one publish. */
  messageId: string;
  message: string;
  subject?: string | null;
  attributes?: Record<string, { type: SnsAttributeType; value: string }>;
  timeMs: number;
}

export type SnsEventWithoutSubject = {
  Records: Array<
    Omit<SNSEvent['Records'][number], 'Sns'> & {
      Sns: Omit<SNSMessage, 'Subject'> & { Subject: null };
    }
  >;
};

/** One delivery of a published message to one subscription. */
export function snsEvent(input: SnsEventInput & { subject: string }): SNSEvent;
export function snsEvent(input: SnsEventInput & { subject?: null }): SnsEventWithoutSubject;
export function snsEvent(input: SnsEventInput): SNSEvent | SnsEventWithoutSubject;
export function snsEvent(input: SnsEventInput): SNSEvent | SnsEventWithoutSubject {
  const { region } = parseArn(input.subscriptionArn);
  const attributes = Object.fromEntries(
    Object.entries(input.attributes ?? {}).map(([name, { type, value }]) => [
      name,
      { Type: type, Value: value },
    ]),
  );
  const head = {
    Type: 'Notification',
    MessageId: input.messageId,
    TopicArn: input.topicArn,
  };
  const tail = {
    Message: input.message,
    Timestamp: isoMillis(input.timeMs),
    SignatureVersion: '1',
    Signature: 'EXAMPLE',
    SigningCertUrl: 'EXAMPLE',
    UnsubscribeUrl: `https://sns.${region}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${input.subscriptionArn}`,
    MessageAttributes: attributes,
  };
  const record = {
    EventSource: 'aws:sns',
    EventVersion: '1.0',
    EventSubscriptionArn: input.subscriptionArn,
  };
  const subject = input.subject;
  if (typeof subject === 'string') {
    return { Records: [{ ...record, Sns: { ...head, Subject: subject, ...tail } }] };
  }
  return { Records: [{ ...record, Sns: { ...head, Subject: null, ...tail } }] };
}
