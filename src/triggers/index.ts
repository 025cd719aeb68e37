// The triggers' public face: pure factories for AWS-shaped events and the gateways' response rules.
export { base64ToBytes, bytesToBase64 } from '../share/base64';
export { md5Hex, md5OfText } from './common/md5';

export { amznTraceId } from './http/forwarded-headers';
export {
  functionErrorResponse,
  integrationTimeoutResponse,
  noRouteResponse,
  throttledResponse,
  type HttpFront,
  type HttpResponse,
} from './http/gateway-responses';
export {
  functionUrlEvent,
  httpApiV2Event,
  type FunctionUrlContext,
  type HttpApiContext,
} from './http/http-api-event';
export { httpResponseFromInvoke } from './http/http-response';
export {
  HTTP_INTEGRATION_CONTENT_TYPE,
  responseFromStream,
  splitPrelude,
} from './http/streamed-response';
export type { HttpBody, HttpRequestSpec } from './http/request';
export { restApiV1Event, type RestApiContext } from './http/rest-api-event';
export { matchRoute, ROUTE_METHODS, routeKeyProblem, type RouteMatch } from './http/routes';

export { decodeS3Key, encodeS3Key } from './s3/key-encoding';
export {
  matchesNotification,
  type S3EventPattern,
  type S3NotificationConfig,
} from './s3/notification-filter';
export {
  objectFacts,
  s3Event,
  type S3CreatedEventName,
  type S3CreatedInput,
  type S3EventName,
  type S3RemovedEvent,
  type S3RemovedEventName,
  type S3RemovedInput,
  type S3RemovedRecord,
} from './s3/s3-event';
export { createSequencer, type SequencerSource } from './s3/sequencer';

export {
  snsEvent,
  type SnsAttributeType,
  type SnsEventInput,
  type SnsEventWithoutSubject,
} from './sns/sns-event';

export {
  dynamodbStreamArn,
  dynamodbStreamEvent,
  dynamodbStreamRecord,
  type DynamoDBStreamRecordInput,
} from './dynamodb/dynamodb-stream-event';

export { parseBatchItemFailures, type BatchOutcome } from './sqs/batch-failures';
export { md5OfMessageAttributes, type SqsAttributeInput } from './sqs/message-attributes';
export { sqsEvent, sqsRecord, type SqsFifoFacts, type SqsRecordInput } from './sqs/sqs-event';

export type { CronSpec, DayOfMonthRule, DayOfWeekRule } from './schedule/cron';
export {
  nextFireTime,
  parseScheduleExpression,
  type Schedule,
  type ScheduleParse,
} from './schedule/schedule-expression';
export { scheduledEvent, type ScheduledEventInput } from './schedule/scheduled-event';

export { eventTemplates, type EventTemplate } from './templates';
