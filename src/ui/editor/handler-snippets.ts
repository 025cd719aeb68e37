// Typed handler skeletons, one per trigger the playground has, offered as completions (`handler-s3`
// …) that also import their types from 'aws-lambda'. Bodies are Monaco snippets: `$0` is where the
// cursor lands, and a literal `$` would have to be written `\$`.

export interface HandlerSnippet {
  /** What the learner types to be offered it. */
  prefix: string;
  description: string;
  /** Types the body names, imported from 'aws-lambda' with it. */
  types: readonly string[];
  body: string;
}

export const HANDLER_SNIPPETS: readonly HandlerSnippet[] = [
  {
    prefix: 'handler-http',
    description: 'HTTP API handler (API Gateway payload 2.0)',
    types: ['APIGatewayProxyHandlerV2'],
    body: `export const handler: APIGatewayProxyHandlerV2 = async (event) => {
  $0
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ method: event.requestContext.http.method, path: event.rawPath }),
  };
};
`,
  },
  {
    prefix: 'handler-s3',
    description: 'S3 notification handler',
    types: ['S3Handler'],
    // Keys arrive form-URL-encoded (docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html).
    body: `export const handler: S3Handler = async (event) => {
  for (const record of event.Records) {
    // The key arrives form-URL-encoded: "my photo.jpg" as "my+photo.jpg".
    const key = decodeURIComponent(record.s3.object.key.replace(/\\+/g, ' '));
    console.log(record.eventName, record.s3.bucket.name, key);$0
  }
};
`,
  },
  {
    prefix: 'handler-sqs',
    description: 'SQS handler reporting failed messages (partial batch response)',
    types: ['SQSHandler', 'SQSBatchResponse'],
    // docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html#services-sqs-batchfailurereporting
    body: `export const handler: SQSHandler = async (event): Promise<SQSBatchResponse> => {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      console.log(record.messageId, record.body);$0
    } catch {
      // With ReportBatchItemFailures on the mapping, only these messages return to the queue.
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
};
`,
  },
  {
    prefix: 'handler-sns',
    description: 'SNS subscription handler',
    types: ['SNSHandler'],
    body: `export const handler: SNSHandler = async (event) => {
  for (const record of event.Records) {
    console.log(record.Sns.Subject, record.Sns.Message);$0
  }
};
`,
  },
  {
    prefix: 'handler-schedule',
    description: 'EventBridge schedule handler',
    types: ['ScheduledHandler'],
    body: `export const handler: ScheduledHandler = async (event) => {
  console.log('Fired at', event.time, 'by', event.resources);$0
};
`,
  },
];
