// The AWS SDK for JavaScript v3 packages a handler can import here. Lambda's Node.js runtimes ship
// the v3 SDK (docs/aws-services.md#the-sdk-in-lambdas-nodejs-runtime); the playground provides the
// clients of the services it simulates, whose calls its services answer (src/services).

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

export const SDK_PACKAGES: readonly string[] = [...PACKAGES.keys()];

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
