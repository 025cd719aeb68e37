// Which packages of the AWS SDK for JavaScript v3 a function's code may import here: the one list
// the instance runtime loads them by and the editor declares their types for (src/ui/editor), so
// the editor promises nothing the runtime lacks. Lambda's Node.js 18+ runtimes include the SDK v3
// (aws.amazon.com/blogs/developer/why-and-how-you-should-use-aws-sdk-for-javascript-v3-on-node-js-18);
// the playground provides the clients of the services it simulates.

/** SDK v3 packages the runtime provides, by their npm names. */
export const PROVIDED_SDK_PACKAGES = [
  '@aws-sdk/client-s3',
  '@aws-sdk/client-sns',
  '@aws-sdk/client-sqs',
  '@aws-sdk/client-lambda',
  '@aws-sdk/client-dynamodb',
  '@aws-sdk/lib-dynamodb',
] as const;
