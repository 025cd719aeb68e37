// The simulated S3 API: `createS3Api(port)` answers the SDK's REST-XML requests over a port to the
// app's buckets.
export { createS3Api } from './s3-api';
export type { S3Bucket, S3Object, S3ObjectWrite, S3Port } from './s3-port';
