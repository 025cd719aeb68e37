// The AWS service APIs a handler's SDK calls reach, as their wire protocols over the simulation.
export type * from './api-types';
export { createAwsApi, serviceOfHost, type AwsApi } from './router';
export { toApiRequest, readBody, type SdkHttpRequest } from './wire/http-message';
export { createS3Api, type S3Bucket, type S3Object, type S3ObjectWrite, type S3Port } from './s3';
