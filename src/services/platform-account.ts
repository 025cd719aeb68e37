// The one account and region the platform's resources live in, as the events' ARNs name them
// (src/store/platform/event-shapes.ts): the SNS and SQS APIs answer with the same ARNs and URLs.
export const PLAYGROUND_ACCOUNT = '123456789012';
export const PLAYGROUND_REGION = 'us-east-1';
