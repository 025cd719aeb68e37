// The AWS service APIs a handler's SDK calls reach, as their wire protocols over the simulation.
export type * from './api-types';
export { createAwsApi, serviceOfHost, type AwsApi } from './router';
export { toApiRequest, readBody, type SdkHttpRequest } from './wire/http-message';
export { createS3Api, type S3Bucket, type S3Object, type S3ObjectWrite, type S3Port } from './s3';
export { createSnsApi } from './sns/sns-api';
export { platformSnsPort } from './sns/platform-sns-port';
export type { SnsPort } from './sns/sns-port';
export { createSqsApi } from './sqs/sqs-api';
export { platformSqsPort } from './sqs/platform-sqs-port';
export type { SqsPort } from './sqs/sqs-port';
export { createDynamoDbApi } from './dynamodb/dynamodb-api';
export { createTableStore, type TableStore } from './dynamodb/table-store';
