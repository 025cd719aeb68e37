// Which packages of the AWS SDK for JavaScript v3 a function's code may import here: the one list
// the instance runtime loads them by and the editor declares their types for (src/ui/editor), so
// the editor promises nothing the runtime lacks. Lambda's Node.js 18+ runtimes include the SDK v3
// (aws.amazon.com/blogs/developer/why-and-how-you-should-use-aws-sdk-for-javascript-v3-on-node-js-18);
// the playground provides the clients of the services it simulates (src/services answers them).

/** Each provided package, and the client classes it exports that take a client configuration. */
const PACKAGES: ReadonlyMap<
  string,
  { clients: readonly string[]; dependencies: readonly string[] }
> = new Map([
  ['@aws-sdk/client-s3', { clients: ['S3Client', 'S3'], dependencies: [] }],
  ['@aws-sdk/client-sns', { clients: ['SNSClient', 'SNS'], dependencies: [] }],
  ['@aws-sdk/client-sqs', { clients: ['SQSClient', 'SQS'], dependencies: [] }],
  ['@aws-sdk/client-lambda', { clients: ['LambdaClient', 'Lambda'], dependencies: [] }],
  ['@aws-sdk/client-dynamodb', { clients: ['DynamoDBClient', 'DynamoDB'], dependencies: [] }],
  ['@aws-sdk/util-dynamodb', { clients: [], dependencies: [] }],
  // The document client wraps a DynamoDBClient the handler creates, and marshalls with util-dynamodb.
  [
    '@aws-sdk/lib-dynamodb',
    { clients: [], dependencies: ['@aws-sdk/client-dynamodb', '@aws-sdk/util-dynamodb'] },
  ],
]);

/** SDK v3 packages the runtime provides, by their npm names. */
export const PROVIDED_SDK_PACKAGES: readonly string[] = [...PACKAGES.keys()];

export function isSdkPackage(name: string): boolean {
  return PACKAGES.has(name);
}

/** The classes of a package that a handler constructs with a client configuration. */
export function sdkClientsOf(name: string): readonly string[] {
  return PACKAGES.get(name)?.clients ?? [];
}

/** The provided packages a package's script takes from the instance instead of bundling them. */
export function sdkDependenciesOf(name: string): string[] {
  return [...(PACKAGES.get(name)?.dependencies ?? [])];
}

const MENTION = /@aws-sdk\/[a-z0-9-]+/g;

/**
 * The provided packages a function's code names, with what they build on, dependencies first: the
 * page sends their scripts with the code. A bundle requires packages by their literal names
 * (src/bundler/workspace-plugin.ts), and code deployed as written names them in `require`/`import`.
 */
export function sdkPackagesIn(code: string): string[] {
  const wanted = new Set<string>();
  const add = (name: string) => {
    if (wanted.has(name) || !PACKAGES.has(name)) return;
    for (const dependency of sdkDependenciesOf(name)) add(dependency);
    wanted.add(name);
  };
  for (const [name] of code.matchAll(MENTION)) add(name);
  return [...wanted];
}
